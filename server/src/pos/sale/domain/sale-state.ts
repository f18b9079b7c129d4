import type { SaleLineEntity, SaleTenderEntity } from '../sale.entities.js';
import { saleTotals, type DiscountSpec, type SaleTotals } from './sale-totals.js';

export function discountOf(kind: 'PERCENT' | 'AMOUNT' | null, value: number | null): DiscountSpec | null {
  if (kind === null || value === null) return null;
  return kind === 'PERCENT' ? { kind, valueBp: value } : { kind, cents: value };
}

/** Totals of an open ticket from its lines (credit notes keep the totals their lines were given). */
export function totalsOfLines(
  lines: readonly SaleLineEntity[],
  ticketDiscount: DiscountSpec | null,
): SaleTotals {
  return saleTotals(
    lines.map((l) => ({
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      vatRateBp: l.vatRateBp,
      discount: discountOf(l.discountKind, l.discountValue),
    })),
    ticketDiscount,
  );
}

/** What tenders cover: confirmed ones, and those still pending on a reader (they hold their share). */
export function tenderSums(tenders: readonly SaleTenderEntity[]): {
  confirmedCents: number;
  confirmedCount: number;
  pendingCents: number;
  changeCents: number;
} {
  let confirmedCents = 0;
  let confirmedCount = 0;
  let pendingCents = 0;
  let changeCents = 0;
  for (const t of tenders) {
    if (t.status === 'CONFIRMED') {
      confirmedCents += t.amountCents;
      confirmedCount += 1;
      changeCents += t.changeCents;
    } else if (t.status === 'PENDING') pendingCents += t.amountCents;
  }
  return { confirmedCents, confirmedCount, pendingCents, changeCents };
}
