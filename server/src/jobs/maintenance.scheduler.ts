import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { PURGE_AUTH_TOKENS } from './maintenance.processor.js';
import { QUEUES } from './queues.js';

/** Registers the repeatable housekeeping jobs (Bull keeps one schedule however many processes start). */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceScheduler.name);

  constructor(@InjectQueue(QUEUES.maintenance) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    this.queue
      .add(
        PURGE_AUTH_TOKENS,
        {},
        { repeat: { cron: '17 3 * * *', tz: 'Europe/Paris' }, jobId: PURGE_AUTH_TOKENS },
      )
      .catch((error: Error) => this.logger.warn(`Could not schedule ${PURGE_AUTH_TOKENS}: ${error.message}`));
  }
}
