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
