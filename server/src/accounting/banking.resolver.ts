import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { NotFoundError } from '../common/errors.js';
import { CashBankingService } from './cash-banking.service.js';
import {
  BankingListInput,
  RecordCashBankingCreditInput,
  RecordCashBankingInput,
  RecordOpeningEntryInput,
  RecordPayoutInput,
  SyncProviderPayoutsInput,
} from './dto/banking.inputs.js';
import {
  CashBankingType,
  PayoutProviderEnum,
  PayoutSyncResultType,
  PayoutType,
} from './dto/banking.types.js';
import { AccountingEntryType } from './dto/accounting.types.js';
import { EntriesQueryService } from './entries-query.service.js';
import { OpeningEntryService } from './opening-entry.service.js';
import { PayoutService } from './payout.service.js';
import { PayoutSyncService } from './payout-sync.service.js';
import type { PayoutRow } from './banking.repository.js';

/**
 * Money between the institute's own accounts and the opening balances: payouts and the opening entry are
 * the books' (ADMIN, ACCOUNTANT); a cash banking is a cash-office action (STAFF too).
 */
@Resolver()
export class BankingResolver {
  constructor(
    private readonly payoutService: PayoutService,
    private readonly payoutSync: PayoutSyncService,
    private readonly cash: CashBankingService,
    private readonly opening: OpeningEntryService,
    private readonly queries: EntriesQueryService,
  ) {}

  @Roles('ADMIN', 'ACCOUNTANT')
  @Mutation(() => PayoutType, {
    description: "A provider's payout from its statement: 512 net + 6278 fees / 467x or 5115 gross (BQ).",
  })
  async recordPayout(
    @Args('input') input: RecordPayoutInput,
    @CurrentUser() user: AuthUser,
  ): Promise<PayoutType> {
    return toPayout(
      await this.payoutService.record(
        {
          provider: input.provider,
          providerPayoutId: input.providerPayoutId ?? null,
          paidOn: input.paidOn,
          grossCents: input.grossCents,
          feeCents: input.feeCents,
          netCents: input.netCents,
        },
        user.id,
        new Date(),
      ),
    );
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Mutation(() => PayoutSyncResultType, {
    description:
      "The provider's paid payouts read through its API (Stripe, SumUp) and recorded as recordPayout does; " +
      'a payout id already recorded is skipped, so syncing again records nothing twice.',
  })
  async syncProviderPayouts(
    @Args('input') input: SyncProviderPayoutsInput,
    @CurrentUser() user: AuthUser,
  ): Promise<PayoutSyncResultType> {
    const result = await this.payoutSync.sync(input.provider, input.from ?? null, user.id, new Date());
    return { ...result, provider: input.provider, recorded: result.recorded.map(toPayout) };
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Query(() => [PayoutType], { description: 'Payouts recorded, latest first (at most 200).' })
  async payouts(
    @Args('filter', { type: () => BankingListInput, nullable: true }) filter: BankingListInput | null,
  ): Promise<PayoutType[]> {
    const rows = await this.payoutService.list({ from: filter?.from ?? null, to: filter?.to ?? null });
    return rows.map(toPayout);
  }

  @Roles('STAFF', 'ADMIN', 'ACCOUNTANT')
  @Mutation(() => CashBankingType, {
    description:
      "Cash taken from a till to the bank (580 / 531), and the bank's credit if known (512 / 580).",
  })
  recordCashBanking(
    @Args('input') input: RecordCashBankingInput,
    @CurrentUser() user: AuthUser,
  ): Promise<CashBankingType> {
    return this.cash.record(
      {
        tillId: input.tillId,
        amountCents: input.amountCents,
        depositedOn: input.depositedOn,
        creditedOn: input.creditedOn ?? null,
        slipRef: input.slipRef ?? null,
      },
      user.id,
      new Date(),
    );
  }

  @Roles('STAFF', 'ADMIN', 'ACCOUNTANT')
  @Mutation(() => CashBankingType, {
    description: 'The bank credited a cash deposit: 512 / 580 on that day.',
  })
  recordCashBankingCredit(@Args('input') input: RecordCashBankingCreditInput): Promise<CashBankingType> {
    return this.cash.credit({ id: input.id, creditedOn: input.creditedOn }, new Date());
  }

  @Roles('STAFF', 'ADMIN', 'ACCOUNTANT')
  @Query(() => [CashBankingType], { description: 'Cash bankings, latest first (at most 200).' })
  cashBankings(
    @Args('filter', { type: () => BankingListInput, nullable: true }) filter: BankingListInput | null,
  ): Promise<CashBankingType[]> {
    return this.cash.list({ from: filter?.from ?? null, to: filter?.to ?? null });
  }

  @Roles('ADMIN', 'ACCOUNTANT')
  @Mutation(() => AccountingEntryType, {
    description:
      "A fiscal year's opening balances (AN journal, its first day): once per fiscal year, balanced.",
  })
  async recordOpeningEntry(@Args('input') input: RecordOpeningEntryInput): Promise<AccountingEntryType> {
    const { id, firstDay } = await this.opening.record({
      fiscalYear: input.fiscalYear,
      lines: input.lines.map((l) => ({ ...l, accountLabel: l.accountLabel ?? null })),
    });
    const { items } = await this.queries.entries(
      { from: firstDay, to: firstDay, journalCode: null, validated: null, accountNumber: null },
      { offset: 0, limit: 500 },
    );
    const entry = items.find((e) => e.id === id);
    if (entry === undefined) throw new NotFoundError('Écriture introuvable.');
    return entry;
  }
}

function toPayout(p: PayoutRow): PayoutType {
  return { ...p, provider: p.provider as PayoutProviderEnum };
}
