export { GiftCardsPage } from './GiftCardsPage';
export { GiftCardDetailPage } from './GiftCardDetailPage';
