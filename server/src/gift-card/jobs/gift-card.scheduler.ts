import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import {
  DELIVER_GIFT_CARDS,
  EXPIRE_GIFT_CARD_ORDERS,
  EXPIRE_GIFT_CARDS,
  REMIND_EXPIRING_GIFT_CARDS,
} from './gift-card.jobs.js';

/** Repeating jobs, Paris time (Bull keeps one schedule for all processes). */
const SCHEDULE: [string, string][] = [
  [EXPIRE_GIFT_CARDS, '5 0 * * *'],
  [REMIND_EXPIRING_GIFT_CARDS, '0 9 * * *'],
  [DELIVER_GIFT_CARDS, '*/10 * * * *'],
  [EXPIRE_GIFT_CARD_ORDERS, '*/10 * * * *'],
];

/**
 * Expiry just after midnight, reminders at 09:00, scheduled deliveries and the pending orders' sweep
 * every 10 minutes.
 */
@Injectable()
export class GiftCardScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(GiftCardScheduler.name);

  constructor(@InjectQueue(QUEUES.giftCards) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    for (const [name, cron] of SCHEDULE) {
      this.queue
        .add(name, {}, { repeat: { cron, tz: 'Europe/Paris' }, jobId: name })
        .catch((error: Error) => this.logger.warn(`Could not schedule ${name}: ${error.message}`));
    }
  }
}
