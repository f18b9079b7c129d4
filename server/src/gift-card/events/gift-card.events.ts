/** A card was issued (sold at the till or paid online); its id only — the code is never in an event. */
export class GiftCardIssuedEvent {
  static readonly eventName = 'gift-card.issued';
  readonly eventName = GiftCardIssuedEvent.eventName;
  constructor(readonly giftCardId: string) {}
}

/** Money moved on a card (redeemed, refunded, expired, cancelled). */
export class GiftCardBalanceChangedEvent {
  static readonly eventName = 'gift-card.balance-changed';
  readonly eventName = GiftCardBalanceChangedEvent.eventName;
  constructor(
    readonly giftCardId: string,
    readonly kind: string,
    readonly amountCents: number,
  ) {}
}

export type GiftCardMailTemplate = 'GIFT_CARD' | 'GIFT_CARD_EXPIRY_REMINDER';

/**
 * One e-mail about a card to send (the card itself, a copy to its buyer, a resend, the expiry
 * reminder), emitted inside the transaction that decided it; Notification plans it in that
 * transaction. Ids and the address only: the code is read (unsealed) when the message is rendered.
 */
export class GiftCardMailRequestedEvent {
  static readonly eventName = 'gift-card.mail-requested';
  readonly eventName = GiftCardMailRequestedEvent.eventName;
  constructor(
    readonly giftCardId: string,
    readonly template: GiftCardMailTemplate,
    readonly to: string,
    /** Makes the same message planned twice one row. */
    readonly dedupeKey: string | null,
  ) {}
}
