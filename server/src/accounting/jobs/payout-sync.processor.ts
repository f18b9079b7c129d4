import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { BadUserInputError, DomainError } from '../../common/errors.js';
import { QUEUES } from '../../jobs/queues.js';
import { PAYOUT_SOURCES } from '../../payment/index.js';
import { PayoutSyncService } from '../payout-sync.service.js';

/** Repeating job (queue `payments`): the providers' payouts of the last 90 days, every morning. */
export const SYNC_PROVIDER_PAYOUTS_JOB = 'accounting.sync-provider-payouts';
const CRON = '30 6 * * *';

/**
 * `syncProviderPayouts` for every provider whose API gives payouts, as the job's clock says: a provider
 * not configured is skipped, one that does not answer is logged and tried again the next morning.
 */
@Processor(QUEUES.payments)
export class PayoutSyncProcessor {
  private readonly logger = new Logger(PayoutSyncProcessor.name);

  constructor(private readonly payouts: PayoutSyncService) {}

  @Process(SYNC_PROVIDER_PAYOUTS_JOB)
  async onSync(job: Job): Promise<Record<string, string>> {
    const outcome: Record<string, string> = {};
    for (const provider of PAYOUT_SOURCES) {
      try {
        const r = await this.payouts.sync(provider, null, null, new Date(job.timestamp));
        outcome[provider] =
          `${r.recorded.length} recorded, ${r.alreadyRecorded} already, ${r.failures.length} not booked`;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcome[provider] = error instanceof BadUserInputError ? 'not configured' : 'unavailable';
        if (!(error instanceof BadUserInputError)) this.logger.warn(`${provider} payouts: ${error.message}`);
      }
    }
    return outcome;
  }
}

/** Schedules the daily sync at 06:30 Paris time (Bull keeps one schedule for all processes). */
@Injectable()
export class PayoutSyncScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(PayoutSyncScheduler.name);

  constructor(@InjectQueue(QUEUES.payments) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    this.queue
      .add(
        SYNC_PROVIDER_PAYOUTS_JOB,
        {},
        { repeat: { cron: CRON, tz: 'Europe/Paris' }, jobId: SYNC_PROVIDER_PAYOUTS_JOB },
      )
      .catch((error: Error) => this.logger.warn(`Could not schedule the payout sync: ${error.message}`));
  }
}
