import type { LoyaltyProgram, PointsRounding, Tier, TierCode } from './program.js';

/** Which rate a sale line earns at; lines of any other kind (gift cards, free lines) earn nothing. */
export type LineCategory = 'SERVICE' | 'PRODUCT' | 'NONE';

export interface PointsLine {
  category: LineCategory;
  /** The line's total after its discounts and its share of the ticket's discount, VAT included. */
  totalInclCents: number;
}

function rounded(hundredths: number, rounding: PointsRounding): number {
  // hundredths = cents × points per euro: one point per 100.
  if (hundredths <= 0) return 0;
  return rounding === 'DOWN' ? Math.floor(hundredths / 100) : Math.floor((hundredths + 50) / 100);
}

/**
 * Points a completed ticket earns: each eligible line's amount (discounts already taken into account)
 * at its category's rate, rounded once for the ticket. Negative lines (a loyalty reward, a negative
 * free line) reduce what the positive eligible lines earn in proportion, never below zero.
 */
export function pointsForSale(
  lines: readonly PointsLine[],
  program: Pick<LoyaltyProgram, 'servicePointsPerEuro' | 'productPointsPerEuro' | 'rounding'>,
): number {
  const rate = (c: LineCategory) =>
    c === 'SERVICE' ? program.servicePointsPerEuro : c === 'PRODUCT' ? program.productPointsPerEuro : 0;
  let earning = 0;
  let positive = 0;
  let negative = 0;
  for (const l of lines) {
    if (l.totalInclCents >= 0) {
      positive += l.totalInclCents;
      earning += l.totalInclCents * rate(l.category);
    } else negative += -l.totalInclCents;
  }
  if (positive === 0) return 0;
  const kept = Math.max(0, positive - negative);
  // earning × kept / positive, in integers (hundredths of a point stay exact until the rounding).
  return rounded(Math.floor((earning * kept) / positive), program.rounding);
}

/**
 * Points a credit note takes back: the earned points in proportion to the amount credited,
 * rounded half up, never more than what is left of the ticket's points.
 */
export function pointsToReverse(
  earned: number,
  alreadyReversed: number,
  saleTotalCents: number,
  creditedCents: number,
): number {
  if (earned <= 0 || saleTotalCents <= 0 || creditedCents <= 0) return 0;
  const share = Math.floor(
    (earned * Math.min(creditedCents, saleTotalCents) * 2 + saleTotalCents) / (2 * saleTotalCents),
  );
  return Math.max(0, Math.min(share, earned - alreadyReversed));
}

/** The tier a 12-month spend reaches: the highest threshold at or below it (Bronze at worst). */
export function tierForSpend(spendCents: number, tiers: readonly Tier[]): TierCode {
  let best: Tier | undefined;
  for (const t of tiers) {
    if (spendCents >= t.minSpendCents && (best === undefined || t.minSpendCents >= best.minSpendCents))
      best = t;
  }
  return best?.code ?? 'BRONZE';
}
