export { GiftCardModule } from './gift-card.module.js';
export * from './gift-card.entities.js';
export { GiftCardIssueService, type GiftCardQuote } from './gift-card-issue.service.js';
export { GiftCardRedemptionService, type Redemption } from './gift-card-redemption.service.js';
export { GiftCardAdminService } from './gift-card-admin.service.js';
export {
  GiftCardFactsService,
  type GiftCardExpiryFacts,
  type GiftCardTenderPart,
} from './gift-card-facts.service.js';
export { GiftCardExpiryService } from './gift-card-expiry.service.js';
export { GiftCardCodes } from './gift-card-codes.service.js';
export { GiftCardProcessor } from './jobs/gift-card.processor.js';
export {
  EXPIRE_GIFT_CARDS,
  GIFT_CARD_EXPIRED_JOB,
  type GiftCardExpiredJobData,
} from './jobs/gift-card.jobs.js';
export * from './events/gift-card.events.js';
export { formatCode, parseCode } from './domain/gift-card-code.js';
