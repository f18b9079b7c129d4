/**
 * Integer-cent arithmetic of the till. Every division rounds half away from zero ("half-up" on the
 * amount's absolute value), so a credit note's negative amounts mirror the ticket's exactly.
 */

/** round(numerator / denominator), half away from zero; denominator > 0. */
export function divRound(numerator: number, denominator: number): number {
  if (denominator <= 0 || !Number.isInteger(denominator))
    throw new Error('denominator must be a positive integer');
  const sign = numerator < 0 ? -1 : 1;
  const abs = Math.abs(numerator);
  const q = Math.floor(abs / denominator);
  const r = abs - q * denominator;
  return sign * (2 * r >= denominator ? q + 1 : q) || 0;
}

/** `total` split in proportion to `weights` (largest remainder): the parts add up to `total` exactly. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sumWeights = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) return [];
  if (sumWeights === 0) return weights.map(() => 0);
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const exact = weights.map((w) => (abs * w) / sumWeights);
  const parts = exact.map((x) => Math.floor(x));
  let left = abs - parts.reduce((s, p) => s + p, 0);
  // Ties go to the earliest line, so the result does not depend on sort stability.
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts.map((p) => sign * p || 0);
}

/**
 * The amount excluding VAT of an amount including it, the French way for prices shown TTC:
 * base = round(TTC × 10000 / (10000 + rate)), VAT = TTC − base (rate in basis points: 2000 = 20 %).
 */
export function splitVat(inclCents: number, rateBp: number): { baseCents: number; vatCents: number } {
  const baseCents = divRound(inclCents * 10000, 10000 + rateBp);
  return { baseCents, vatCents: inclCents - baseCents };
}
