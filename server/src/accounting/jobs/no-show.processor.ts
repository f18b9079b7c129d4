import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { BOOKING_NO_SHOW_JOB } from '../../booking/index.js';
import { QUEUES } from '../../jobs/queues.js';
import type { PostingOutcome } from '../entry-store.service.js';
import { OnlinePostingService } from '../online-posting.service.js';

/** Listens to bookings marked no-show (through the outbox): a deposit kept becomes income (case 6b). */
@Processor(QUEUES.booking)
export class NoShowProcessor {
  constructor(private readonly posting: OnlinePostingService) {}

  @Process(BOOKING_NO_SHOW_JOB)
  async onNoShow(job: Job<{ bookingId: string; markedAt: string }>): Promise<{ outcome: PostingOutcome }> {
    const { bookingId, markedAt } = job.data;
    return { outcome: await this.posting.postDepositForfeit(bookingId, new Date(markedAt)) };
  }
}
