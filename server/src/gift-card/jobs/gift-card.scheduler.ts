import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { EXPIRE_GIFT_CARD_ORDERS, EXPIRE_GIFT_CARDS } from './gift-card.jobs.js';

/**
 * The nightly expiry run, just after midnight Paris, and the pending orders' sweep every 10 minutes
 * (Bull keeps one schedule for all processes).
 */
@Injectable()
export class GiftCardScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(GiftCardScheduler.name);

  constructor(@InjectQueue(QUEUES.giftCards) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    this.queue
      .add(
        EXPIRE_GIFT_CARDS,
        {},
        { repeat: { cron: '5 0 * * *', tz: 'Europe/Paris' }, jobId: EXPIRE_GIFT_CARDS },
      )
      .catch((error: Error) => this.logger.warn(`Could not schedule ${EXPIRE_GIFT_CARDS}: ${error.message}`));
    this.queue
      .add(EXPIRE_GIFT_CARD_ORDERS, {}, { repeat: { cron: '*/10 * * * *' }, jobId: EXPIRE_GIFT_CARD_ORDERS })
      .catch((error: Error) =>
        this.logger.warn(`Could not schedule ${EXPIRE_GIFT_CARD_ORDERS}: ${error.message}`),
      );
  }
}
