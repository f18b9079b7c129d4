import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { GIFT_CARD_SOLD_ONLINE_JOB, type GiftCardSoldOnlineJobData } from '../../gift-card/index.js';
import { QUEUES } from '../../jobs/queues.js';
import type { PostingOutcome } from '../entry-store.service.js';
import { OnlinePostingService } from '../online-posting.service.js';

/** Listens to gift cards issued from paid online orders (through the outbox): each sale becomes an entry. */
@Processor(QUEUES.giftCards)
export class GiftCardSoldOnlineProcessor {
  constructor(private readonly posting: OnlinePostingService) {}

  @Process(GIFT_CARD_SOLD_ONLINE_JOB)
  async onSold(job: Job<GiftCardSoldOnlineJobData>): Promise<{ outcome: PostingOutcome }> {
    return { outcome: await this.posting.postGiftCardOnlineSale(job.data.orderId) };
  }
}
