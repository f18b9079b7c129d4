import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { BookingService } from '../booking.service.js';
import { DepositOutcomeService } from '../deposit-outcome.service.js';
import { EXPIRE_PENDING_BOOKING, REFUND_DEPOSIT_AFTER_CANCEL } from './job-names.js';

@Processor(QUEUES.booking)
export class BookingProcessor {
  constructor(
    private readonly bookings: BookingService,
    private readonly deposits: DepositOutcomeService,
  ) {}

  /** Gives the slot of an unpaid pending booking back once its hold has passed. */
  @Process(EXPIRE_PENDING_BOOKING)
  async expirePending(job: Job<{ bookingId: string }>): Promise<{ outcome: string }> {
    return { outcome: await this.bookings.expireHold(job.data.bookingId) };
  }

  /** After a cancellation: refunds a paid deposit when the policy says so. */
  @Process(REFUND_DEPOSIT_AFTER_CANCEL)
  async refundDeposit(job: Job<{ bookingId: string }>): Promise<{ refunded: number }> {
    return { refunded: await this.deposits.refundDepositsAfterCancel(job.data.bookingId) };
  }
}
