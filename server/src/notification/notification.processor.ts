import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUEUES } from '../jobs/queues.js';
import { NotificationSender, type SendOutcome } from './notification.sender.js';
import { SEND_NOTIFICATION, SEND_REMINDER, SWEEP_REMINDERS, SYNC_REMINDER } from './notification.service.js';
import { ReminderScheduler, type ReminderJobData } from './reminder.scheduler.js';

/** The `notifications` queue: sending (5 at a time per process), reminders, the sweep. All idempotent. */
@Processor(QUEUES.notifications)
export class NotificationProcessor {
  constructor(
    private readonly sender: NotificationSender,
    private readonly reminders: ReminderScheduler,
  ) {}

  @Process({ name: SEND_NOTIFICATION, concurrency: 5 })
  send(job: Job<{ notificationId: string }>): Promise<SendOutcome> {
    return this.sender.send(job);
  }

  @Process(SYNC_REMINDER)
  syncReminder(job: Job<{ bookingId: string }>): Promise<string> {
    return this.reminders.sync(job.data.bookingId);
  }

  @Process(SEND_REMINDER)
  sendReminder(job: Job<ReminderJobData>): Promise<number> {
    return this.reminders.fire(job.data);
  }

  @Process(SWEEP_REMINDERS)
  sweep(): Promise<number> {
    return this.reminders.sweep();
  }
}
