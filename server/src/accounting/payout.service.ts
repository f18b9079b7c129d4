import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors.js';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../common/time.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { AccountingRepository } from './accounting.repository.js';
import type { PayoutProvider } from './banking.entities.js';
import { BankingRepository, type PayoutRow } from './banking.repository.js';
import { payoutEntry } from './domain/bank-entry.js';
import { payoutProblems } from './domain/bank-input.js';
import { mergeSettings } from './domain/chart.js';
import { storeTypedEntry } from './entry-store.js';

export interface PayoutInput {
  provider: PayoutProvider;
  providerPayoutId: string | null;
  paidOn: string;
  grossCents: number;
  feeCents: number;
  netCents: number;
}

/**
 * `recordPayout` (cases 8 and 8b): a provider's payout typed from its statement, and its bank entry, in
 * one transaction. Idempotent per provider payout id: the same id again answers the payout recorded.
 */
@Injectable()
export class PayoutService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly banking: BankingRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async record(input: PayoutInput, by: string | null, now: Date): Promise<PayoutRow> {
    return (await this.recordOnce(input, by, now)).payout;
  }

  /** `record`, telling whether this call wrote it (false: the provider payout id was recorded before). */
  async recordOnce(
    input: PayoutInput,
    by: string | null,
    now: Date,
  ): Promise<{ payout: PayoutRow; created: boolean }> {
    const providerPayoutId = input.providerPayoutId?.trim() || null;
    const problems = payoutProblems(
      { ...input, providerPayoutId },
      localDateOf(now.getTime(), INSTITUTE_TIME_ZONE),
    );
    if (problems.length > 0)
      throw new BadUserInputError(problems[0].message, [problems[0], ...problems.slice(1)]);
    return this.tx.run(async ({ manager }) => {
      const id = await this.banking.insertPayout(manager, { ...input, providerPayoutId, recordedBy: by });
      if (id === null) {
        // Recorded before (a retried request, a second sync, or the same line of the statement typed twice).
        const payout = (await this.banking.payoutByProviderId(manager, input.provider, providerPayoutId!))!;
        return { payout, created: false };
      }
      const settings = mergeSettings(await this.repo.settings(manager));
      const entry = payoutEntry({ ...input, id, providerPayoutId }, settings);
      await storeTypedEntry(this.repo, manager, entry, { kind: 'PAYOUT', id }, 'input.paidOn');
      return { payout: (await this.banking.payout(manager, id))!, created: true };
    });
  }

  list(filter: { from: string | null; to: string | null }): Promise<PayoutRow[]> {
    return this.banking.payouts(filter.from, filter.to, 200);
  }
}
