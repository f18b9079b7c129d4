import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { QUEUES } from '../../jobs/queues.js';
import { BIRTHDAY_BONUSES, EXPIRE_POINTS, REFRESH_TIERS } from './job-names.js';

/** Nightly expiry then tiers, birthday bonuses in the morning, in Paris time (Bull keeps one schedule however many processes start). */
@Injectable()
export class LoyaltyScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(LoyaltyScheduler.name);

  constructor(@InjectQueue(QUEUES.loyalty) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    for (const [name, cron] of [
      [EXPIRE_POINTS, '5 2 * * *'],
      [REFRESH_TIERS, '25 2 * * *'],
      [BIRTHDAY_BONUSES, '0 8 * * *'],
    ] as const) {
      this.queue
        .add(name, {}, { repeat: { cron, tz: 'Europe/Paris' }, jobId: `loyalty:${name}` })
        .catch((error: Error) => this.logger.warn(`Could not schedule ${name}: ${error.message}`));
    }
  }
}
