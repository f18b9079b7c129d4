import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';

export const REDIS = Symbol('REDIS');

/** Creates ioredis connections to REDIS_URL and closes them all at shutdown. */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly clients = new Set<Redis>();
  private lastErrorLog = 0;

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  create(name: string, options: RedisOptions = {}): Redis {
    const client = new Redis(this.config.redisUrl, {
      connectionName: `serenaia:${name}`,
      retryStrategy: (attempt) => Math.min(200 * attempt, 2000),
      ...options,
    });
    client.on('error', (error: Error) => {
      // Reconnection errors repeat every retry: log at most one line every 10 s.
      if (Date.now() - this.lastErrorLog > 10_000) {
        this.lastErrorLog = Date.now();
        this.logger.warn(`Redis connection "${name}": ${error.message}`);
      }
    });
    this.clients.add(client);
    return client;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [...this.clients].map(async (client) => {
        try {
          await client.quit();
        } catch {
          client.disconnect();
        }
      }),
    );
  }
}

@Global()
@Module({
  providers: [
    RedisConnections,
    {
      provide: REDIS,
      inject: [RedisConnections],
      // Commands fail fast when Redis is down instead of queueing in memory.
      useFactory: (connections: RedisConnections) =>
        connections.create('commands', { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
    },
  ],
  exports: [RedisConnections, REDIS],
})
export class RedisModule {}
