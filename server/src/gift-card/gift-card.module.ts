import { Module } from '@nestjs/common';
import { PaymentModule } from '../payment/index.js';
import { GiftCardAdminService } from './gift-card-admin.service.js';
import { GiftCardAttempts } from './gift-card-attempts.service.js';
import { GiftCardDepositService } from './gift-card-deposit.service.js';
import { GiftCardCodes } from './gift-card-codes.service.js';
import { GiftCardFactsService } from './gift-card-facts.service.js';
import { GiftCardDeliveryResolver } from './gift-card-delivery.resolver.js';
import { GiftCardDeliveryService } from './gift-card-delivery.service.js';
import { GiftCardDocumentService } from './gift-card-document.service.js';
import { GiftCardExpiryService } from './gift-card-expiry.service.js';
import { GiftCardIssueService } from './gift-card-issue.service.js';
import { GiftCardPdfController } from './gift-card-pdf.controller.js';
import { GiftCardOrderRefundService } from './gift-card-order-refund.service.js';
import { GiftCardOrderPaymentService } from './gift-card-order-payment.service.js';
import { GiftCardOrderRepository } from './gift-card-order.repository.js';
import { GiftCardOrderResolver } from './gift-card-order.resolver.js';
import { GiftCardPurchaseService } from './gift-card-purchase.service.js';
import { GiftCardQueryService } from './gift-card-query.service.js';
import { GiftCardRedemptionService } from './gift-card-redemption.service.js';
import { GiftCardLedgerRepository } from './gift-card-ledger.repository.js';
import { GiftCardRepository } from './gift-card.repository.js';
import { GiftCardSettingsRepository } from './gift-card-settings.repository.js';
import { GiftCardResolver } from './gift-card.resolver.js';
import { GiftCardShopSettingsService } from './gift-card-shop-settings.service.js';
import { GiftCardShopResolver } from './gift-card-shop.resolver.js';
import { GiftCardScheduler } from './jobs/gift-card.scheduler.js';

@Module({
  imports: [PaymentModule],
  providers: [
    GiftCardRepository,
    GiftCardLedgerRepository,
    GiftCardSettingsRepository,
    GiftCardCodes,
    GiftCardIssueService,
    GiftCardRedemptionService,
    GiftCardAttempts,
    GiftCardDepositService,
    GiftCardAdminService,
    GiftCardQueryService,
    GiftCardExpiryService,
    GiftCardFactsService,
    GiftCardDeliveryService,
    GiftCardDocumentService,
    GiftCardScheduler,
    GiftCardResolver,
    GiftCardDeliveryResolver,
    GiftCardOrderRepository,
    GiftCardPurchaseService,
    GiftCardOrderPaymentService,
    GiftCardOrderRefundService,
    GiftCardOrderResolver,
    GiftCardShopSettingsService,
    GiftCardShopResolver,
  ],
  controllers: [GiftCardPdfController],
  exports: [
    GiftCardIssueService,
    GiftCardDepositService,
    GiftCardRedemptionService,
    GiftCardAdminService,
    GiftCardExpiryService,
    GiftCardDeliveryService,
    GiftCardDocumentService,
    GiftCardCodes,
    GiftCardFactsService,
    GiftCardOrderPaymentService,
  ],
})
export class GiftCardModule {}
