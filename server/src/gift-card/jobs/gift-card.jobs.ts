/** Job names of the `gift-cards` queue. */
export const EXPIRE_GIFT_CARDS = 'expire-gift-cards';

/** A card expired with money left (through the outbox, in the expiring transaction): the books write it off. */
export const GIFT_CARD_EXPIRED_JOB = 'gift-card.expired';
export interface GiftCardExpiredJobData {
  movementId: string;
}
