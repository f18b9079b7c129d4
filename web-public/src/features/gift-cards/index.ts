export { GiftCardsPage } from './GiftCardsPage';
export { GiftCardOrderPage } from './GiftCardOrderPage';
