/** Job names of the `gift-cards` queue. */
export const EXPIRE_GIFT_CARDS = 'expire-gift-cards';
