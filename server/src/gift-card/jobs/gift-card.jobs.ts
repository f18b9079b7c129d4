/** Job names of the `gift-cards` queue. */
export const EXPIRE_GIFT_CARDS = 'expire-gift-cards';
/** Pending online orders past their date stop waiting for their payment. */
export const EXPIRE_GIFT_CARD_ORDERS = 'expire-gift-card-orders';
