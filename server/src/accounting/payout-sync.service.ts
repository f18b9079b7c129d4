import { Injectable } from '@nestjs/common';
import { BadUserInputError, DomainError } from '../common/errors.js';
import { INSTITUTE_TIME_ZONE, addDays, isIsoDate, localDateOf } from '../common/time.js';
import { PAYOUT_SOURCES, ProviderPayoutsService, type PayoutSourceName } from '../payment/index.js';
import type { PayoutProvider } from './banking.entities.js';
import type { PayoutRow } from './banking.repository.js';
import { PayoutService } from './payout.service.js';

/** How far back a sync looks when no start is given. */
export const PAYOUT_SYNC_DAYS = 90;

export interface PayoutSyncResult {
  provider: PayoutProvider;
  from: string;
  to: string;
  /** Payouts the provider listed in the window. */
  fetched: number;
  /** Those recorded by this sync, with their bank entries. */
  recorded: PayoutRow[];
  /** Those recorded before (by a previous sync or typed from the statement with the same id). */
  alreadyRecorded: number;
  /** Those not booked, and why (another currency, a locked period…): to be typed from the statement. */
  failures: { providerPayoutId: string; message: string }[];
}

/**
 * `syncProviderPayouts` (case 8 / 8b without typing): the provider's paid payouts read through its SDK
 * and each recorded as `recordPayout` does, idempotent per provider payout id, so syncing twice records
 * nothing twice. Each payout is its own transaction: one refused (locked period…) does not stop the rest.
 */
@Injectable()
export class PayoutSyncService {
  constructor(
    private readonly providers: ProviderPayoutsService,
    private readonly payouts: PayoutService,
  ) {}

  async sync(
    provider: PayoutProvider,
    from: string | null,
    by: string | null,
    now: Date,
  ): Promise<PayoutSyncResult> {
    if (!isSource(provider))
      throw new BadUserInputError(
        'Ce prestataire ne donne pas ses virements par son API : saisissez-les depuis son relevé.',
        'input.provider',
      );
    const to = localDateOf(now.getTime(), INSTITUTE_TIME_ZONE);
    const start = from ?? addDays(to, -PAYOUT_SYNC_DAYS);
    if (!isIsoDate(start) || start > to)
      throw new BadUserInputError('La date de début doit être une date passée (AAAA-MM-JJ).', 'input.from');
    const fetched = await this.providers.paidBetween(provider, start, to);
    const result: PayoutSyncResult = {
      provider,
      from: start,
      to,
      fetched: fetched.payouts.length + fetched.unusable.length,
      recorded: [],
      alreadyRecorded: 0,
      failures: [...fetched.unusable],
    };
    for (const payout of fetched.payouts) {
      try {
        const { payout: row, created } = await this.payouts.recordOnce({ provider, ...payout }, by, now);
        if (created) result.recorded.push(row);
        else result.alreadyRecorded += 1;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        result.failures.push({ providerPayoutId: payout.providerPayoutId, message: error.message });
      }
    }
    return result;
  }
}

const isSource = (provider: PayoutProvider): provider is PayoutSourceName =>
  (PAYOUT_SOURCES as readonly string[]).includes(provider);
