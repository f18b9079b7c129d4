import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import {
  DEPOSIT_RECEIVED_JOB,
  DEPOSIT_REFUNDED_JOB,
  GIFT_CARD_ORDER_REFUNDED_JOB,
} from '../../payment/index.js';
import type { PostingOutcome } from '../entry-store.service.js';
import { OnlinePostingService } from '../online-posting.service.js';

/**
 * Listens to deposits received and refunded, and gift-card orders refunded (through the outbox): each
 * becomes a bank entry.
 */
@Processor(QUEUES.payments)
export class DepositMoneyProcessor {
  constructor(private readonly posting: OnlinePostingService) {}

  @Process(DEPOSIT_RECEIVED_JOB)
  async onReceived(job: Job<{ paymentId: string }>): Promise<{ outcome: PostingOutcome }> {
    return { outcome: await this.posting.postDepositReceived(job.data.paymentId) };
  }

  @Process(DEPOSIT_REFUNDED_JOB)
  async onRefunded(job: Job<{ refundId: string }>): Promise<{ outcome: PostingOutcome }> {
    return { outcome: await this.posting.postDepositRefunded(job.data.refundId) };
  }

  @Process(GIFT_CARD_ORDER_REFUNDED_JOB)
  async onGiftCardOrderRefunded(job: Job<{ refundId: string }>): Promise<{ outcome: PostingOutcome }> {
    return { outcome: await this.posting.postGiftCardOrderRefunded(job.data.refundId) };
  }
}
