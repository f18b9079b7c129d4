import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { GIFT_CARD_ORDER_PAID_JOB } from '../../payment/index.js';
import { GiftCardOrderPaymentService } from '../gift-card-order-payment.service.js';

/** Listens to the payment ledger (through the outbox): a paid gift-card order gets its card, once. */
@Processor(QUEUES.payments)
export class GiftCardOrderPaidProcessor {
  constructor(private readonly orders: GiftCardOrderPaymentService) {}

  @Process(GIFT_CARD_ORDER_PAID_JOB)
  async onPaid(job: Job<{ paymentId: string; giftCardOrderId: string }>): Promise<{ outcome: string }> {
    return { outcome: await this.orders.onPaid(job.data.giftCardOrderId, job.data.paymentId) };
  }
}
