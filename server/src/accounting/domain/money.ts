/** Integer-cent helpers of the accounting domain (half away from zero, like the till). */

export function divRound(numerator: number, denominator: number): number {
  const sign = numerator < 0 ? -1 : 1;
  const abs = Math.abs(numerator);
  const q = Math.floor(abs / denominator);
  const r = abs - q * denominator;
  return sign * (2 * r >= denominator ? q + 1 : q) || 0;
}

/** base = round(TTC × 10000 / (10000 + rate)), VAT = TTC − base, as the till computes it. */
export function splitVat(inclCents: number, rateBp: number): { baseCents: number; vatCents: number } {
  const baseCents = divRound(inclCents * 10000, 10000 + rateBp);
  return { baseCents, vatCents: inclCents - baseCents };
}

/**
 * The share of `amountCents` taken after `beforeCents` of the same receipt, split cumulatively: the split
 * of everything so far minus the split of what came before. Several partial refunds of one payment thus
 * add up to the payment's own split to the cent (three 10 € refunds of 30 € → 25 + 5, not 24,99 + 5,01).
 */
export function splitVatShare(
  amountCents: number,
  beforeCents: number,
  rateBp: number,
): { baseCents: number; vatCents: number } {
  const after = splitVat(beforeCents + amountCents, rateBp);
  const before = splitVat(beforeCents, rateBp);
  return { baseCents: after.baseCents - before.baseCents, vatCents: after.vatCents - before.vatCents };
}

/** "1234,56" (FEC: comma decimals, no thousands separator); negative amounts keep their sign. */
export function fecAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** French label of a rate in basis points: 2000 → "20 %", 550 → "5,5 %". */
export function rateLabel(rateBp: number): string {
  return `${String(rateBp / 100).replace('.', ',')} %`;
}
