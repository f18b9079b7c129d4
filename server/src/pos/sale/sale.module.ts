import { Module, type Type } from '@nestjs/common';
import { BookingModule } from '../../booking/index.js';
import { GiftCardModule } from '../../gift-card/index.js';
import { InventoryModule } from '../../inventory/index.js';
import { PaymentModule } from '../../payment/index.js';
import { PosModule } from '../pos.module.js';
import { CancelSaleTenderService } from './cancel-sale-tender.service.js';
import { CreditNoteService } from './credit-note.service.js';
import { FreeLineKind } from './line-kinds/free.line-kind.js';
import { GiftCardLineKind } from './line-kinds/gift-card.line-kind.js';
import { LoyaltyRewardLineKind } from './line-kinds/loyalty-reward.line-kind.js';
import { ProductLineKind } from './line-kinds/product.line-kind.js';
import { SALE_LINE_KIND_LIST, type SaleLineKind } from './line-kinds/sale-line-kind.js';
import { SaleLineKindRegistry } from './line-kinds/sale-line-kind.registry.js';
import { ServiceLineKind } from './line-kinds/service.line-kind.js';
import { SaleCartService } from './sale-cart.service.js';
import { SaleCompletionService } from './sale-completion.service.js';
import { SaleJournalAdapter } from './sale-journal.adapter.js';
import { SaleJournal } from './sale-journal.js';
import { SalePaymentService } from './sale-payment.service.js';
import { SalePublisher } from './sale.publisher.js';
import { SaleQueryService } from './sale-query.service.js';
import { SaleRepository } from './sale.repository.js';
import { SaleResolver } from './sale.resolver.js';
import { ReceiptPdfController } from './receipt/receipt-pdf.controller.js';
import { ReceiptRepository } from './receipt/receipt.repository.js';
import { ReceiptResolver } from './receipt/receipt.resolver.js';
import { SaleReceiptService } from './receipt/sale-receipt.service.js';
import { SaleSettingsRepository } from './settings/sale-settings.repository.js';
import { SaleSettingsResolver } from './settings/sale-settings.resolver.js';
import { SaleSettingsService } from './settings/sale-settings.service.js';
import { CardTerminalTender } from './tenders/card-terminal.tender.js';
import { DepositTender } from './tenders/deposit.tender.js';
import { GiftCardTender } from './tenders/gift-card.tender.js';
import { CashTender, ChequeTender, OtherCardTender, TransferTender } from './tenders/desk.tenders.js';
import { TENDER_KIND_LIST, type TenderKind } from './tenders/tender-kind.js';
import { TenderKindRegistry } from './tenders/tender-kind.registry.js';

/** Every kind of sale line: a new kind (gift card, loyalty reward) is one class and one line here. */
const SALE_LINE_KIND_CLASSES: Type<SaleLineKind>[] = [
  ServiceLineKind,
  ProductLineKind,
  FreeLineKind,
  GiftCardLineKind,
  LoyaltyRewardLineKind,
];

/** Every way to pay a ticket: a new tender (gift card, loyalty) is one class and one line here. */
const TENDER_KIND_CLASSES: Type<TenderKind>[] = [
  CashTender,
  CardTerminalTender,
  OtherCardTender,
  ChequeTender,
  TransferTender,
  DepositTender,
  GiftCardTender,
];

@Module({
  imports: [PosModule, PaymentModule, InventoryModule, BookingModule, GiftCardModule],
  controllers: [ReceiptPdfController],
  providers: [
    SaleRepository,
    ...SALE_LINE_KIND_CLASSES,
    { provide: SALE_LINE_KIND_LIST, useFactory: (...k: SaleLineKind[]) => k, inject: SALE_LINE_KIND_CLASSES },
    SaleLineKindRegistry,
    ...TENDER_KIND_CLASSES,
    { provide: TENDER_KIND_LIST, useFactory: (...k: TenderKind[]) => k, inject: TENDER_KIND_CLASSES },
    TenderKindRegistry,
    { provide: SaleJournal, useClass: SaleJournalAdapter },
    SaleQueryService,
    SaleCartService,
    SaleCompletionService,
    SalePaymentService,
    CreditNoteService,
    CancelSaleTenderService,
    SalePublisher,
    SaleResolver,
    SaleSettingsRepository,
    SaleSettingsService,
    SaleSettingsResolver,
    ReceiptRepository,
    SaleReceiptService,
    ReceiptResolver,
  ],
  exports: [SaleReceiptService, SaleCartService],
})
export class SaleModule {}
