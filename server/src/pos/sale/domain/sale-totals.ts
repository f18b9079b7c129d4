import { allocate, divRound, splitVat } from './sale-money.js';

/** A discount as typed at the till: a percentage (basis points: 1000 = 10 %) or an amount in cents. */
export type DiscountSpec = { kind: 'PERCENT'; valueBp: number } | { kind: 'AMOUNT'; cents: number };

export interface LinePricing {
  quantity: number;
  /** Unit price including VAT. */
  unitPriceCents: number;
  vatRateBp: number;
  discount: DiscountSpec | null;
}

export interface LineTotals {
  grossCents: number;
  lineDiscountCents: number;
  /** This line's share of the ticket discount. */
  ticketDiscountCents: number;
  totalInclCents: number;
  totalExclCents: number;
  vatCents: number;
}

export interface VatTotal {
  rateBp: number;
  baseCents: number;
  vatCents: number;
  totalInclCents: number;
}

export interface SaleTotals {
  lines: LineTotals[];
  vatTotals: VatTotal[];
  totalInclCents: number;
  discountCents: number;
}

/** The discount in cents a spec takes off `amountCents` (percentages rounded half-up). */
export function discountCents(amountCents: number, spec: DiscountSpec | null): number {
  if (spec === null) return 0;
  return spec.kind === 'PERCENT' ? divRound(amountCents * spec.valueBp, 10000) : spec.cents;
}

/** Why a discount cannot apply to `amountCents`, in French, or null. */
export function discountProblem(amountCents: number, spec: DiscountSpec): string | null {
  if (spec.kind === 'PERCENT') {
    if (!Number.isInteger(spec.valueBp) || spec.valueBp <= 0 || spec.valueBp > 10000)
      return 'La remise doit être un pourcentage entre 0,01 et 100.';
    return null;
  }
  if (!Number.isInteger(spec.cents) || spec.cents <= 0) return 'La remise doit être un montant positif.';
  if (spec.cents > amountCents) return 'La remise dépasse le montant auquel elle s’applique.';
  return null;
}

/**
 * Totals of a ticket whose prices include VAT.
 * 1. Each line: gross = quantity × unit price; its own discount (percent rounded half-up, or amount).
 * 2. The ticket discount (percent of the lines' sum rounded half-up, or amount) is spread over the
 *    lines in proportion to what they cost after their own discount, by largest remainder: the shares
 *    add up to the ticket discount to the cent.
 * 3. VAT per rate: the TTC of the rate's lines is summed, base = round(TTC × 10000 / (10000 + rate)),
 *    VAT = TTC − base; the base is then spread over that rate's lines (largest remainder) so that the
 *    lines' amounts excluding VAT add up to the rate's base exactly.
 */
export function saleTotals(lines: readonly LinePricing[], ticketDiscount: DiscountSpec | null): SaleTotals {
  const nets = lines.map((l) => {
    const gross = l.quantity * l.unitPriceCents;
    // A line that takes money off (a loyalty reward, quantity −1) gets no discount of its own.
    return { gross, own: gross <= 0 ? 0 : Math.min(discountCents(gross, l.discount), gross) };
  });
  const afterOwn = nets.map((n) => n.gross - n.own);
  const sum = afterOwn.reduce((s, x) => s + x, 0);
  // Nothing to discount below 0 €: a reward above the other lines leaves the total negative (the
  // cart refuses that) instead of a negative "discount" that would raise the other lines' prices.
  const ticketCents = sum <= 0 ? 0 : Math.min(discountCents(sum, ticketDiscount), sum);
  // The ticket discount is shared by the lines that cost something.
  const shares = allocate(
    ticketCents,
    afterOwn.map((x) => Math.max(0, x)),
  );
  const incl = afterOwn.map((x, i) => x - shares[i]);
  const { perLine, vatTotals } = vatBreakdown(
    lines.map((l, i) => ({ vatRateBp: l.vatRateBp, totalInclCents: incl[i] })),
  );
  return {
    lines: lines.map((_, i) => ({
      grossCents: nets[i].gross,
      lineDiscountCents: nets[i].own,
      ticketDiscountCents: shares[i],
      totalInclCents: incl[i],
      totalExclCents: perLine[i].totalExclCents,
      vatCents: perLine[i].vatCents,
    })),
    vatTotals,
    totalInclCents: incl.reduce((s, x) => s + x, 0),
    discountCents: nets.reduce((s, n) => s + n.own, 0) + ticketCents,
  };
}

/** VAT per rate (rates ascending) and each line's share of its rate's base; see `saleTotals`. */
export function vatBreakdown(lines: readonly { vatRateBp: number; totalInclCents: number }[]): {
  perLine: { totalExclCents: number; vatCents: number }[];
  vatTotals: VatTotal[];
} {
  const perLine = lines.map(() => ({ totalExclCents: 0, vatCents: 0 }));
  const rates = [...new Set(lines.map((l) => l.vatRateBp))].sort((a, b) => a - b);
  const vatTotals = rates.map((rateBp) => {
    const idx = lines.flatMap((l, i) => (l.vatRateBp === rateBp ? [i] : []));
    const totalInclCents = idx.reduce((s, i) => s + lines[i].totalInclCents, 0);
    const { baseCents, vatCents } = splitVat(totalInclCents, rateBp);
    const bases = allocate(
      baseCents,
      idx.map((i) => Math.abs(lines[i].totalInclCents)),
    );
    idx.forEach((i, k) => {
      perLine[i] = { totalExclCents: bases[k], vatCents: lines[i].totalInclCents - bases[k] };
    });
    return { rateBp, baseCents, vatCents, totalInclCents };
  });
  return { perLine, vatTotals };
}
