import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { GIFT_CARD_EXPIRED_JOB, type GiftCardExpiredJobData } from '../../gift-card/index.js';
import { PostingService, type PostingOutcome } from '../posting.service.js';

/** Listens to cards expiring with money left (through the outbox): each becomes a write-off entry. */
@Processor(QUEUES.giftCards)
export class GiftCardExpiredProcessor {
  constructor(private readonly posting: PostingService) {}

  @Process(GIFT_CARD_EXPIRED_JOB)
  async onExpired(job: Job<GiftCardExpiredJobData>): Promise<{ outcome: PostingOutcome }> {
    return { outcome: await this.posting.postGiftCardExpiry(job.data.movementId) };
  }
}
