import { Module } from '@nestjs/common';
import { GiftCardModule } from '../gift-card/index.js';
import { PaymentModule } from '../payment/index.js';
import { PosModule } from '../pos/index.js';
import { SettingsModule } from '../settings/index.js';
import { AccountingSettingsService } from './accounting-settings.service.js';
import { AccountingRepository } from './accounting.repository.js';
import { BooksRepository } from './books.repository.js';
import { AccountingResolver } from './accounting.resolver.js';
import { BankingRepository } from './banking.repository.js';
import { BankingResolver } from './banking.resolver.js';
import { CashBankingService } from './cash-banking.service.js';
import { GiftCardRevivalPosting } from './gift-card-revival.posting.js';
import { OpeningEntryService } from './opening-entry.service.js';
import { PayoutService } from './payout.service.js';
import { PayoutSyncService } from './payout-sync.service.js';
import { PayoutSyncScheduler } from './jobs/payout-sync.processor.js';
import { EntriesQueryService } from './entries-query.service.js';
import { FecExportService } from './fec-export.service.js';
import { EntriesCsvController } from './entries-csv.controller.js';
import { EntriesCsvRepository } from './entries-csv.repository.js';
import { EntriesCsvService } from './entries-csv.service.js';
import { FecController } from './fec.controller.js';
import { EntryStore } from './entry-store.service.js';
import { OnlinePostingService } from './online-posting.service.js';
import { PostingService } from './posting.service.js';
import { ZTenderSources } from './z-tender-sources.service.js';
import { ValidationService } from './validation.service.js';
import { VatReportRepository } from './vat-report.repository.js';
import { VatReportService } from './vat-report.service.js';

/** Double-entry books from the other modules' facts, validation, period locks and the FEC. */
@Module({
  imports: [PosModule, GiftCardModule, PaymentModule, SettingsModule],
  controllers: [FecController, EntriesCsvController],
  providers: [
    AccountingRepository,
    BooksRepository,
    AccountingSettingsService,
    EntryStore,
    PostingService,
    ZTenderSources,
    OnlinePostingService,
    ValidationService,
    EntriesQueryService,
    FecExportService,
    VatReportRepository,
    EntriesCsvRepository,
    EntriesCsvService,
    VatReportService,
    AccountingResolver,
    BankingRepository,
    PayoutService,
    PayoutSyncService,
    PayoutSyncScheduler,
    CashBankingService,
    OpeningEntryService,
    BankingResolver,
    GiftCardRevivalPosting,
  ],
  exports: [
    PostingService,
    OnlinePostingService,
    AccountingSettingsService,
    GiftCardRevivalPosting,
    PayoutSyncService,
  ],
})
export class AccountingModule {}
