import { getQueueToken } from '@nestjs/bull';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { QUEUES } from './queues.js';

/**
 * A Bull queue re-emits its Redis connection errors; without a listener Node would crash on the
 * first one. Log them instead, at most once every 10 s per queue.
 */
@Injectable()
export class QueueErrorLogger implements OnModuleInit {
  private readonly logger = new Logger('Queues');

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QUEUES)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      let last = 0;
      queue.on('error', (error: Error) => {
        if (Date.now() - last > 10_000) {
          last = Date.now();
          this.logger.warn(`Queue "${name}": ${error.message}`);
        }
      });
      queue.on('failed', (job, error) => {
        this.logger.warn(
          { queue: name, jobId: job.id, job: job.name, attempts: job.attemptsMade, err: error.message },
          'Job failed',
        );
      });
    }
  }
}
