/** Job names of the `gift-cards` queue. */
export const EXPIRE_GIFT_CARDS = 'expire-gift-cards';

/** A card expired with money left (through the outbox, in the expiring transaction): the books write it off. */
export const GIFT_CARD_EXPIRED_JOB = 'gift-card.expired';
export interface GiftCardExpiredJobData {
  movementId: string;
}

/** An ADMIN extension gave an expired card back what expiry wrote off: the books reverse the write-off. */
export const GIFT_CARD_REVIVED_JOB = 'gift-card.revived';
export interface GiftCardRevivedJobData {
  /** The EXTEND movement that gave the money back. */
  movementId: string;
}

/**
 * An online order's card was issued (paid by card online, PayPal, the demo checkout or a transfer marked
 * received), through the outbox in the issuing transaction: the books record the sale (cases 9a, 9a').
 */
export const GIFT_CARD_SOLD_ONLINE_JOB = 'gift-card.sold-online';
export interface GiftCardSoldOnlineJobData {
  orderId: string;
}

/** Every 10 minutes: cards whose scheduled delivery date has come are e-mailed. */
export const DELIVER_GIFT_CARDS = 'deliver-gift-cards';
/** Nightly: holders of cards expiring within 30 days are reminded, once per expiry date. */
export const REMIND_EXPIRING_GIFT_CARDS = 'remind-expiring-gift-cards';
/** Pending online orders past their date stop waiting for their payment. */
export const EXPIRE_GIFT_CARD_ORDERS = 'expire-gift-card-orders';
