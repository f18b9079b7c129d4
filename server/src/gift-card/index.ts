export { GiftCardModule } from './gift-card.module.js';
export * from './gift-card.entities.js';
export { GiftCardIssueService, type GiftCardFor, type GiftCardQuote } from './gift-card-issue.service.js';
export { GiftCardRedemptionService, type Redemption } from './gift-card-redemption.service.js';
export { GiftCardDepositService, type DepositSpend } from './gift-card-deposit.service.js';
export { GiftCardAdminService } from './gift-card-admin.service.js';
export {
  GiftCardFactsService,
  type GiftCardExpiryFacts,
  type GiftCardTenderPart,
} from './gift-card-facts.service.js';
export { GiftCardExpiryService } from './gift-card-expiry.service.js';
export { GiftCardCodes } from './gift-card-codes.service.js';
export { GiftCardDeliveryService } from './gift-card-delivery.service.js';
export { GiftCardDocumentService, type GiftCardPrintout } from './gift-card-document.service.js';
export { formatCardEuros, lastValidDay } from './pdf/gift-card-face.js';
export { GiftCardProcessor } from './jobs/gift-card.processor.js';
export {
  DELIVER_GIFT_CARDS,
  EXPIRE_GIFT_CARDS,
  EXPIRE_GIFT_CARD_ORDERS,
  GIFT_CARD_EXPIRED_JOB,
  GIFT_CARD_REVIVED_JOB,
  REMIND_EXPIRING_GIFT_CARDS,
  type GiftCardExpiredJobData,
  type GiftCardRevivedJobData,
  GIFT_CARD_SOLD_ONLINE_JOB,
  type GiftCardSoldOnlineJobData,
} from './jobs/gift-card.jobs.js';
export { GiftCardOrderPaidProcessor } from './jobs/gift-card-order-paid.processor.js';
export { GiftCardOrderEntity } from './gift-card-order.entity.js';
export { GiftCardOrderPaymentService } from './gift-card-order-payment.service.js';
export * from './events/gift-card.events.js';
export { formatCode, parseCode } from './domain/gift-card-code.js';
