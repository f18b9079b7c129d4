import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { PAYMENT_SUCCEEDED_JOB } from '../../payment/index.js';
import { DepositOutcomeService } from '../deposit-outcome.service.js';

/** Listens to the payment ledger (through the outbox): a paid deposit confirms its booking. */
@Processor(QUEUES.payments)
export class DepositPaidProcessor {
  constructor(private readonly deposits: DepositOutcomeService) {}

  @Process(PAYMENT_SUCCEEDED_JOB)
  async onPaymentSucceeded(
    job: Job<{ paymentId: string; bookingId: string | null; kind: string }>,
  ): Promise<{ outcome: string }> {
    if (job.data.kind !== 'DEPOSIT' || job.data.bookingId === null) return { outcome: 'not a deposit' };
    return { outcome: await this.deposits.onDepositPaid(job.data.bookingId, job.data.paymentId) };
  }
}
