import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { PageInput, pageOf } from '../common/pagination.js';
import { AccountingSettingsService } from './accounting-settings.service.js';
import type { AccountingSettings } from './domain/chart.js';
import {
  AccountingEntriesFilterInput,
  AccountingEntriesCsvInput,
  FecExportInput,
  GeneralLedgerInput,
  LockPeriodInput,
  TrialBalanceInput,
  UpdateAccountingSettingsInput,
  ValidateEntriesInput,
} from './dto/accounting.inputs.js';
import {
  AccountingCsvExportType,
  AccountingEntryPageType,
  AccountingSettingsType,
  DepositTreatmentEnum,
  FecEncodingEnum,
  FecExportType,
  GeneralLedgerType,
  PeriodLockType,
  TrialBalanceRowType,
  ValidateEntriesResultType,
} from './dto/accounting.types.js';
import {
  B2cCategoryEnum,
  VatReportPeriodInput,
  VatReportType,
  VatSourceEnum,
} from './dto/vat-report.types.js';
import { EntriesCsvService } from './entries-csv.service.js';
import { EntriesQueryService } from './entries-query.service.js';
import { FecExportService } from './fec-export.service.js';
import { ValidationService } from './validation.service.js';
import { VatReportService } from './vat-report.service.js';

/** Accounting: ADMIN and ACCOUNTANT only (staff and clients are refused everything here). */
@Resolver()
export class AccountingResolver {
  constructor(
    private readonly settings: AccountingSettingsService,
    private readonly queries: EntriesQueryService,
    private readonly validation: ValidationService,
    private readonly fec: FecExportService,
    private readonly vat: VatReportService,
    private readonly csv: EntriesCsvService,
  ) {}

  @Roles('ADMIN', 'ACCOUNTANT')
  @Query(() => AccountingSettingsType, {
    description: 'Chart-of-accounts mapping, journals, fiscal year, FEC.',
  })
  async accountingSettings(): Promise<AccountingSettingsType> {
    return toSettingsType(await this.settings.current());
  }

  // The accountant reads the mapping; changing it is a setting of the institute (ADMIN).
  @Roles('ADMIN')
  @Mutation(() => AccountingSettingsType, {
    description: 'Changes the mapping (entries already posted keep their accounts). ADMIN only.',
  })
  async updateAccountingSettings(
    @Args('input') input: UpdateAccountingSettingsInput,
  ): Promise<AccountingSettingsType> {
    return toSettingsType(await this.settings.update(input));
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Query(() => AccountingEntryPageType, { description: 'Journal entries with their lines.' })
  accountingEntries(
    @Args('filter', { type: () => AccountingEntriesFilterInput, nullable: true })
    filter: AccountingEntriesFilterInput | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<AccountingEntryPageType> {
    return this.queries.entries(
      {
        from: filter?.from ?? null,
        to: filter?.to ?? null,
        journalCode: filter?.journalCode ?? null,
        validated: filter?.validated ?? null,
        accountNumber: filter?.accountNumber ?? null,
      },
      pageOf(page),
    );
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Mutation(() => ValidateEntriesResultType, {
    description: 'Validates drafts up to a day: EcritureNum per journal, ValidDate; then they are final.',
  })
  async validateEntries(
    @Args('input') input: ValidateEntriesInput,
    @CurrentUser() user: AuthUser,
  ): Promise<ValidateEntriesResultType> {
    return {
      validatedCount: await this.validation.validateEntries({
        through: input.through,
        now: new Date(),
        userId: user.id,
      }),
    };
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Mutation(() => [PeriodLockType], {
    description: 'Locks a month or a fiscal year: no new entry dated inside.',
  })
  async lockPeriod(
    @Args('input') input: LockPeriodInput,
    @CurrentUser() user: AuthUser,
  ): Promise<PeriodLockType[]> {
    await this.validation.lockPeriod({
      year: input.year,
      month: input.month ?? null,
      now: new Date(),
      userId: user.id,
    });
    return this.validation.locks();
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Query(() => [PeriodLockType])
  periodLocks(): Promise<PeriodLockType[]> {
    return this.validation.locks();
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Query(() => [TrialBalanceRowType], { description: 'Balance générale: totals per account over a period.' })
  trialBalance(@Args('period') period: TrialBalanceInput): Promise<TrialBalanceRowType[]> {
    return this.queries.trialBalance(period);
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Query(() => GeneralLedgerType, {
    description: "Grand livre: an account's lines over a period, running balance.",
  })
  generalLedger(@Args('input') input: GeneralLedgerInput): Promise<GeneralLedgerType> {
    return this.queries.generalLedger(input);
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Mutation(() => FecExportType, {
    description:
      "The FEC of a period (validated entries): the validator's report and a signed download link.",
  })
  fecExport(@Args('input') input: FecExportInput): Promise<FecExportType> {
    return this.fec.export({ from: input.from, to: input.to, now: new Date() });
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Mutation(() => AccountingCsvExportType, {
    description: 'The entry lines of a period as CSV for accounting software: a signed download link.',
  })
  accountingEntriesCsv(@Args('input') input: AccountingEntriesCsvInput): AccountingCsvExportType {
    return this.csv.link({
      from: input.from,
      to: input.to,
      validatedOnly: input.validatedOnly,
      now: new Date(),
    });
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Query(() => VatReportType, {
    description:
      'VAT due per rate over a month, a quarter or a range (on the day it became due), as the CA3 and CA12 lines, with the B2C daily summary.',
  })
  async vatReport(@Args('period') period: VatReportPeriodInput): Promise<VatReportType> {
    const report = await this.vat.report(period);
    return {
      from: report.from,
      to: report.to,
      rates: report.rates,
      outsideScopeCents: report.outsideScopeCents,
      sources: report.sources.map((s) => ({ ...s, source: s.source as VatSourceEnum })),
      ca3: report.ca3,
      ca12: report.ca12,
      b2cDailySummary: report.daily.map((d) => ({
        ...d,
        lines: d.lines.map((l) => ({ ...l, category: l.category as B2cCategoryEnum })),
      })),
    };
  }
}

function toSettingsType(s: AccountingSettings): AccountingSettingsType {
  return {
    accounts: Object.entries(s.accounts)
      .map(([key, a]) => ({ key, number: a.number, label: a.label }))
      .sort((x, y) => x.key.localeCompare(y.key)),
    journals: Object.entries(s.journals).map(([key, j]) => ({ key, code: j.code, label: j.label })),
    fiscalYearStartMonth: s.fiscalYearStartMonth,
    fecEncoding: s.fecEncoding as FecEncodingEnum,
    depositTreatment: s.depositTreatment as DepositTreatmentEnum,
    depositVatRateBp: s.depositVatRateBp,
  };
}
