import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { QUEUES } from '../jobs/queues.js';
import { SWEEP_REMINDERS } from './notification.service.js';

/** The reminder sweep: every 30 minutes and once at start-up (Bull keeps one schedule for all processes). */
@Injectable()
export class NotificationScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationScheduler.name);

  constructor(@InjectQueue(QUEUES.notifications) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    const warn = (error: Error) =>
      this.logger.warn(`Could not schedule ${SWEEP_REMINDERS}: ${error.message}`);
    this.queue
      .add(
        SWEEP_REMINDERS,
        {},
        { repeat: { cron: '*/30 * * * *', tz: 'Europe/Paris' }, jobId: SWEEP_REMINDERS },
      )
      .catch(warn);
    this.queue.add(SWEEP_REMINDERS, {}, { removeOnComplete: true, removeOnFail: true }).catch(warn);
  }
}
