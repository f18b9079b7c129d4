/**
 * Voucher category of a gift card, fixed at sale (ACCOUNTING.md §2; pure).
 *
 * - SINGLE_PURPOSE (BUU): what the card can buy is known with its VAT rate — a named service, or an
 *   amount when every supply it can buy (active services and retail products) carries one rate. VAT is
 *   due at the sale, at that rate; redeeming it is not taxable.
 * - MULTI_PURPOSE (BUM): every other card. Outside VAT when sold (rate 0); VAT at redemption, on the
 *   price paid.
 * A setting can force either category (the accountant's choice).
 */
export type VoucherCategory = 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
export type GiftCardKind = 'AMOUNT' | 'SERVICE';

export interface CategoryQuestion {
  kind: GiftCardKind;
  /** The named service's VAT rate (SERVICE cards). */
  serviceVatRateBp: number | null;
  /** The distinct VAT rates of what an AMOUNT card can buy. */
  redeemableRatesBp: readonly number[];
  forced: VoucherCategory | null;
}

export interface CategoryAnswer {
  category: VoucherCategory;
  /** The rate the sale carries: the supplies' rate for single-purpose, 0 (outside VAT) for multi-purpose. */
  saleVatRateBp: number;
}

export function voucherCategory(q: CategoryQuestion): CategoryAnswer {
  const rates = [...new Set(q.redeemableRatesBp)];
  const singleRate = q.kind === 'SERVICE' ? q.serviceVatRateBp : rates.length === 1 ? rates[0] : null;
  if (q.forced === 'MULTI_PURPOSE' || (q.forced === null && singleRate === null)) {
    return { category: 'MULTI_PURPOSE', saleVatRateBp: 0 };
  }
  if (singleRate === null) {
    // Forced single-purpose while the supplies have several rates: the highest one (the usual 20 %).
    return { category: 'SINGLE_PURPOSE', saleVatRateBp: rates.length > 0 ? Math.max(...rates) : 2000 };
  }
  return { category: 'SINGLE_PURPOSE', saleVatRateBp: singleRate };
}
