import { Module } from '@nestjs/common';
import { GiftCardAdminService } from './gift-card-admin.service.js';
import { GiftCardCodes } from './gift-card-codes.service.js';
import { GiftCardFactsService } from './gift-card-facts.service.js';
import { GiftCardDeliveryResolver } from './gift-card-delivery.resolver.js';
import { GiftCardDeliveryService } from './gift-card-delivery.service.js';
import { GiftCardDocumentService } from './gift-card-document.service.js';
import { GiftCardExpiryService } from './gift-card-expiry.service.js';
import { GiftCardIssueService } from './gift-card-issue.service.js';
import { GiftCardPdfController } from './gift-card-pdf.controller.js';
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
    GiftCardDeliveryService,
    GiftCardDocumentService,
    GiftCardScheduler,
    GiftCardResolver,
    GiftCardDeliveryResolver,
  ],
  controllers: [GiftCardPdfController],
  exports: [
    GiftCardIssueService,
    GiftCardRedemptionService,
    GiftCardAdminService,
    GiftCardExpiryService,
    GiftCardDeliveryService,
    GiftCardDocumentService,
    GiftCardCodes,
    GiftCardFactsService,
  ],
})
export class GiftCardModule {}
