/** Cash at the till: quick amounts, change, the keypad's typed amount. Pure, integer cents. */

/** "Exact" then the next 5, 10, 20 and 50 € above what is due (distinct, ascending). */
export function quickCashAmounts(dueCents: number): number[] {
  if (dueCents <= 0) return [];
  const amounts = [dueCents];
  for (const step of [500, 1000, 2000, 5000]) {
    const next = Math.ceil(dueCents / step) * step;
    const above = next === dueCents ? next + step : next;
    if (!amounts.includes(above)) amounts.push(above);
  }
  return amounts.sort((a, b) => a - b);
}

/** The change to hand back for `givenCents` against `dueCents` (never negative). */
export function changeFor(dueCents: number, givenCents: number): number {
  return Math.max(0, givenCents - dueCents);
}

/** Keypad keys: digits, the double zero, erase one, clear. */
export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '00' | 'back' | 'clear';

const MAX_CENTS = 9_999_999;

/**
 * The amount after a key, typed as on a till: digits fill from the cents up ("1", "2", "5", "0" →
 * 12,50 €). Never above 99 999,99 €.
 */
export function pressKey(cents: number, key: KeypadKey): number {
  if (key === 'clear') return 0;
  if (key === 'back') return Math.floor(cents / 10);
  const next = key === '00' ? cents * 100 : cents * 10 + Number(key);
  return next > MAX_CENTS ? cents : next;
}
