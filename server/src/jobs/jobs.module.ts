import { BullModule } from '@nestjs/bull';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Config } from '../config/config.js';
import { QueueErrorLogger } from './queue-error-logger.js';
import { QUEUES } from './queues.js';

/**
 * Bull on Redis. Every queue shares these defaults: retries with exponential backoff, completed
 * jobs kept a week (so a job id re-added by the outbox relay is recognised, not run twice), failed
 * jobs kept for inspection.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(config: Config, queues: string[]): DynamicModule {
    const defaults = {
      removeOnComplete: { age: 7 * 24 * 3600 },
      removeOnFail: { age: 30 * 24 * 3600 },
    };
    const registered = BullModule.registerQueue(
      ...queues.map((name) =>
        name === QUEUES.notifications
          ? {
              name,
              // Messages: their own retry budget (NOTIFICATION_ATTEMPTS, NOTIFICATION_BACKOFF_MS doubling);
              // a worker killed mid-send gives its jobs back after the lock expires, several times if need be.
              defaultJobOptions: {
                ...defaults,
                attempts: config.notificationAttempts,
                backoff: { type: 'exponential', delay: config.notificationBackoffMs },
              },
              settings: { maxStalledCount: 5 },
            }
          : { name },
      ),
    );
    return {
      module: JobsModule,
      imports: [
        BullModule.forRoot({
          url: config.redisUrl,
          prefix: `${config.redisPrefix}:bull`,
          defaultJobOptions: {
            attempts: 8,
            backoff: { type: 'exponential', delay: 2000 },
            ...defaults,
          },
        }),
        registered,
      ],
      providers: [QueueErrorLogger],
      exports: [registered],
    };
  }
}
