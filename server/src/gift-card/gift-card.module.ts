import { Module } from '@nestjs/common';
import { GiftCardAdminService } from './gift-card-admin.service.js';
import { GiftCardCodes } from './gift-card-codes.service.js';
import { GiftCardFactsService } from './gift-card-facts.service.js';
import { GiftCardExpiryService } from './gift-card-expiry.service.js';
import { GiftCardIssueService } from './gift-card-issue.service.js';
import { GiftCardQueryService } from './gift-card-query.service.js';
import { GiftCardRedemptionService } from './gift-card-redemption.service.js';
import { GiftCardRepository } from './gift-card.repository.js';
import { GiftCardResolver } from './gift-card.resolver.js';
import { GiftCardScheduler } from './jobs/gift-card.scheduler.js';

@Module({
  providers: [
    GiftCardRepository,
    GiftCardCodes,
    GiftCardIssueService,
    GiftCardRedemptionService,
    GiftCardAdminService,
    GiftCardQueryService,
    GiftCardExpiryService,
    GiftCardFactsService,
    GiftCardScheduler,
    GiftCardResolver,
  ],
  exports: [
    GiftCardIssueService,
    GiftCardRedemptionService,
    GiftCardAdminService,
    GiftCardExpiryService,
    GiftCardCodes,
    GiftCardFactsService,
  ],
})
export class GiftCardModule {}
