/** The euro notes and coins of a cash count, and the sums the till screens show. Pure. */

/** Notes then coins, largest first, in cents (the server accepts exactly these). */
export const EURO_DENOMINATIONS = [
  50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1,
] as const;

export type Denomination = (typeof EURO_DENOMINATIONS)[number];

/** The largest count the server accepts for one denomination. */
export const MAX_COUNT = 100_000;

/** How many of each note or coin, by value in cents (absent = 0). */
export type CashCount = Partial<Record<Denomination, number>>;

/** 500 € to 5 € are notes, 2 € to 1 cent are coins. */
export function isNote(cents: Denomination): boolean {
  return cents >= 500;
}

/** The total of a count, in cents. */
export function countTotal(count: CashCount): number {
  return EURO_DENOMINATIONS.reduce((sum, d) => sum + d * (count[d] ?? 0), 0);
}

/** One denomination's subtotal, in cents. */
export function lineTotal(count: CashCount, d: Denomination): number {
  return d * (count[d] ?? 0);
}

/** The count with `d` set to `n`, kept a whole number between 0 and MAX_COUNT. */
export function withCount(count: CashCount, d: Denomination, n: number): CashCount {
  const clamped = Number.isFinite(n) ? Math.min(MAX_COUNT, Math.max(0, Math.trunc(n))) : 0;
  return { ...count, [d]: clamped };
}

/** A typed count ("12", " 3 ", ""): a whole number, empty as 0, or null when it is not one. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n > MAX_COUNT ? null : n;
}

/** What the server takes: the denominations counted at least once, largest first. */
export function countInput(count: CashCount): { denominationCents: number; count: number }[] {
  return EURO_DENOMINATIONS.filter((d) => (count[d] ?? 0) > 0).map((d) => ({
    denominationCents: d,
    count: count[d] ?? 0,
  }));
}

/** A count as the server returns it, back into a CashCount (unknown denominations ignored). */
export function countFrom(list: readonly { denominationCents: number; count: number }[]): CashCount {
  const count: CashCount = {};
  for (const item of list) {
    const d = EURO_DENOMINATIONS.find((x) => x === item.denominationCents);
    if (d !== undefined) count[d] = item.count;
  }
  return count;
}

export type VarianceTone = 'balanced' | 'over' | 'short';

/** Counted − expected, in words: nothing missing, money over, or money short. */
export function varianceTone(varianceCents: number): VarianceTone {
  if (varianceCents === 0) return 'balanced';
  return varianceCents > 0 ? 'over' : 'short';
}

/** Counted − expected, in cents. */
export function variance(countedCents: number, expectedCents: number): number {
  return countedCents - expectedCents;
}
