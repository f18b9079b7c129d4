import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import {
  GIFT_CARD_EXPIRED_JOB,
  GIFT_CARD_REVIVED_JOB,
  type GiftCardExpiredJobData,
  type GiftCardRevivedJobData,
} from '../../gift-card/index.js';
import { GiftCardRevivalPosting } from '../gift-card-revival.posting.js';
import { PostingService, type PostingOutcome } from '../posting.service.js';

/**
 * Listens to cards expiring with money left (through the outbox): each becomes a write-off entry; and
 * to expired cards an extension revives: the write-off is reversed.
 */
@Processor(QUEUES.giftCards)
export class GiftCardExpiredProcessor {
  constructor(
    private readonly posting: PostingService,
    private readonly revival: GiftCardRevivalPosting,
  ) {}

  @Process(GIFT_CARD_EXPIRED_JOB)
  async onExpired(job: Job<GiftCardExpiredJobData>): Promise<{ outcome: PostingOutcome }> {
    return { outcome: await this.posting.postGiftCardExpiry(job.data.movementId) };
  }

  @Process(GIFT_CARD_REVIVED_JOB)
  async onRevived(job: Job<GiftCardRevivedJobData>): Promise<{ outcome: PostingOutcome }> {
    return { outcome: await this.revival.post(job.data.movementId) };
  }
}
