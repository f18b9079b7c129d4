/**
 * Whether `today` (a Paris calendar date, YYYY-MM-DD) is the birthday of someone born on `birthday`
 * (YYYY-MM-DD). Born on 29 February: the 28th in years without a 29th.
 */
export function isBirthday(birthday: string, today: string): boolean {
  const born = birthday.slice(5);
  const day = today.slice(5);
  if (born === day) return true;
  const year = Number(today.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return born === '02-29' && !leap && day === '02-28';
}
