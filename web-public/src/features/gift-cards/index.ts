export { GiftCardBalancePage } from './GiftCardBalancePage';
