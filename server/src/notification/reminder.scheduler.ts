import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { JobOptions, Queue } from 'bull';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { QUEUES } from '../jobs/queues.js';
import { reminderJobId, reminderTime } from './domain/reminders.js';
import { channelsOf } from './domain/switches.js';
import { MessageSourceRepository } from './message-source.repository.js';
import { NotificationService, SEND_REMINDER } from './notification.service.js';

export interface ReminderJobData {
  bookingId: string;
  /** The start the reminder is for (ISO): a reminder whose booking has moved since is stale. */
  startsAt: string;
}

/**
 * 24 h reminders are delayed Bull jobs keyed by booking (`reminder:<bookingId>`). `sync` makes
 * Redis match the booking (moved → the job moves; cancelled or less than 24 h ahead → no job); the
 * sweep runs `sync` for every upcoming booking whose job is missing (Redis lost, outage).
 */
@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);

  constructor(
    private readonly sources: MessageSourceRepository,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
    private readonly tx: TransactionRunner,
    private readonly notifications: NotificationService,
  ) {}

  async sync(bookingId: string, now = Date.now()): Promise<'scheduled' | 'kept' | 'none'> {
    const booking = await this.sources.booking(bookingId);
    const at = booking?.status === 'CONFIRMED' ? reminderTime(booking.startsAt.getTime(), now) : null;
    const jobId = reminderJobId(bookingId);
    const existing = await this.queue.getJob(jobId);
    if (existing !== null) {
      const data = existing.data as ReminderJobData;
      if (at !== null && booking !== null && data.startsAt === booking.startsAt.toISOString()) return 'kept';
      if ((await existing.getState()) === 'active') {
        // Being sent right now; it checks the booking itself. Try again once it is done.
        throw new Error(`Reminder ${jobId} is running; sync again later`);
      }
      await existing.remove();
    }
    if (at === null || booking === null) return 'none';
    const data: ReminderJobData = { bookingId, startsAt: booking.startsAt.toISOString() };
    // timestamp + delay = the reminder time exactly (Bull orders delayed jobs by their sum).
    // Bull honours `timestamp` (missing from its typings): timestamp + delay is then exactly the reminder time.
    const options: JobOptions & { timestamp: number } = { jobId, delay: at - now, timestamp: now };
    await this.queue.add(SEND_REMINDER, data, options);
    return 'scheduled';
  }

  /** The delayed job fires: queue the reminder messages if the booking still starts then. */
  async fire(data: ReminderJobData): Promise<number> {
    return this.tx.run(async (uow) => {
      const booking = await this.sources.booking(data.bookingId, uow.manager);
      if (booking?.status !== 'CONFIRMED' || booking.startsAt.toISOString() !== data.startsAt) return 0;
      let queued = 0;
      for (const channel of channelsOf('BOOKING_REMINDER')) {
        const n = await this.notifications.queue(uow, {
          template: 'BOOKING_REMINDER',
          channel,
          bookingId: booking.id,
          dedupeKey: `reminder:${booking.id}:${data.startsAt}:${channel}`,
        });
        if (n !== null) queued += 1;
      }
      return queued;
    });
  }

  /** Re-creates the reminder jobs of upcoming bookings that Redis does not have (or has for another start). */
  async sweep(now = Date.now()): Promise<number> {
    const rows = await this.sources.upcomingConfirmed(new Date(now + 24 * 3600_000));
    let repaired = 0;
    for (const row of rows) {
      const job = await this.queue.getJob(reminderJobId(row.id));
      if (job !== null && (job.data as ReminderJobData).startsAt === row.startsAt.toISOString()) continue;
      if ((await this.sync(row.id, now)) === 'scheduled') repaired += 1;
    }
    if (repaired > 0) this.logger.log({ repaired }, 'Reminder jobs re-created');
    return repaired;
  }
}
