/** The tender buttons of the checkout, in their order. */
export const TENDER_CHOICES = [
  'CASH',
  'CARD_TERMINAL',
  'CARD_OTHER',
  'CHEQUE',
  'TRANSFER',
  'GIFT_CARD',
  'DEPOSIT',
] as const;
export type TenderChoice = (typeof TENDER_CHOICES)[number];

export const TENDER_LABEL_KEYS = {
  CASH: 'checkout.tender.cash',
  CARD_TERMINAL: 'checkout.tender.card',
  CARD_OTHER: 'checkout.tender.cardOther',
  CHEQUE: 'checkout.tender.cheque',
  TRANSFER: 'checkout.tender.transfer',
  GIFT_CARD: 'checkout.tender.giftCard',
  DEPOSIT: 'checkout.tender.deposit',
} as const;

/** A tender kind's label key (unknown kinds from later issues show as they are). */
export function tenderLabelKey(kind: string): (typeof TENDER_LABEL_KEYS)[TenderChoice] | null {
  return (TENDER_LABEL_KEYS as Record<string, (typeof TENDER_LABEL_KEYS)[TenderChoice]>)[kind] ?? null;
}
