/** Euro amounts typed by people ("12,50", "12.5", "1 234,00 €") and written for French spreadsheets. Pure. */

export { eurosInput, parseEuros } from '../../shared/money';

/** "1234,50" / "-3,00": a number a French Excel reads as such (decimal comma, no grouping, no sign). */
export function csvEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
