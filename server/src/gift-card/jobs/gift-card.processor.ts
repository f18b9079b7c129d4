import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { GiftCardExpiryService } from '../gift-card-expiry.service.js';
import { GiftCardOrderPaymentService } from '../gift-card-order-payment.service.js';
import { EXPIRE_GIFT_CARD_ORDERS, EXPIRE_GIFT_CARDS } from './gift-card.jobs.js';

@Processor(QUEUES.giftCards)
export class GiftCardProcessor {
  constructor(
    private readonly expiry: GiftCardExpiryService,
    private readonly orders: GiftCardOrderPaymentService,
  ) {}

  /** Nightly (and on demand): cards past their date are marked expired, once. `now` only in tests. */
  @Process(EXPIRE_GIFT_CARDS)
  expire(job: Job<{ now?: string }>): Promise<{ expired: number; writtenOffCents: number }> {
    return this.expiry.expireDue(job.data.now ? Date.parse(job.data.now) : Date.now());
  }

  /** Every 10 minutes: online orders not paid in time are marked EXPIRED. `now` only in tests. */
  @Process(EXPIRE_GIFT_CARD_ORDERS)
  expireOrders(job: Job<{ now?: string }>): Promise<{ expired: number }> {
    return this.orders.expireDue(job.data.now ? Date.parse(job.data.now) : Date.now());
  }
}
