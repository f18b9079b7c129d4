import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { GiftCardDeliveryService } from '../gift-card-delivery.service.js';
import { GiftCardExpiryService } from '../gift-card-expiry.service.js';
import { GiftCardOrderPaymentService } from '../gift-card-order-payment.service.js';
import {
  DELIVER_GIFT_CARDS,
  EXPIRE_GIFT_CARD_ORDERS,
  EXPIRE_GIFT_CARDS,
  REMIND_EXPIRING_GIFT_CARDS,
} from './gift-card.jobs.js';

/** `now` in a job's data only in tests. */
function nowOf(job: Job<{ now?: string }>): number {
  return job.data.now ? Date.parse(job.data.now) : Date.now();
}

@Processor(QUEUES.giftCards)
export class GiftCardProcessor {
  constructor(
    private readonly expiry: GiftCardExpiryService,
    private readonly delivery: GiftCardDeliveryService,
    private readonly orders: GiftCardOrderPaymentService,
  ) {}

  /** Nightly (and on demand): cards past their date are marked expired, once. */
  @Process(EXPIRE_GIFT_CARDS)
  expire(job: Job<{ now?: string }>): Promise<{ expired: number; writtenOffCents: number }> {
    return this.expiry.expireDue(nowOf(job));
  }

  /** Every 10 minutes: scheduled cards whose date has come are e-mailed, once. */
  @Process(DELIVER_GIFT_CARDS)
  deliver(job: Job<{ now?: string }>): Promise<number> {
    return this.delivery.deliverDue(nowOf(job));
  }

  /** Nightly: the 30-day expiry reminder, once per card and expiry date. */
  @Process(REMIND_EXPIRING_GIFT_CARDS)
  remind(job: Job<{ now?: string }>): Promise<number> {
    return this.expiry.remindExpiring(nowOf(job));
  }

  /** Every 10 minutes: online orders not paid in time are marked EXPIRED. */
  @Process(EXPIRE_GIFT_CARD_ORDERS)
  expireOrders(job: Job<{ now?: string }>): Promise<{ expired: number }> {
    return this.orders.expireDue(nowOf(job));
  }
}
