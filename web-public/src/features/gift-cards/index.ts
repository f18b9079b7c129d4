export { GiftCardBalancePage } from './GiftCardBalancePage';
export { GiftCardsPage } from './GiftCardsPage';
export { GiftCardOrderPage } from './GiftCardOrderPage';
