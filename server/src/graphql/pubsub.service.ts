import { Inject, Injectable } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { RedisConnections } from '../redis/redis.module.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * GraphQL subscription events through Redis, so that a subscriber connected to one server process
 * receives what another process publishes. Triggers are prefixed with REDIS_PREFIX.
 */
@Injectable()
export class PubSubService {
  private readonly pubsub: RedisPubSub;

  constructor(
    connections: RedisConnections,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.pubsub = new RedisPubSub({
      // Live updates are best effort: with Redis down a publish fails at once (the after-commit listener
      // logs it) instead of holding the request that committed until Redis comes back.
      publisher: connections.create('pubsub-publisher', {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
      }),
      subscriber: connections.create('pubsub-subscriber'),
      // Payloads cross Redis as JSON: bring instants back as Dates for the DateTime scalar.
      reviver: (_key: string, value: unknown): unknown =>
        typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value,
    });
  }

  async publish(trigger: string, payload: Record<string, unknown>): Promise<void> {
    await this.pubsub.publish(this.channel(trigger), payload);
  }

  subscribe<T>(trigger: string): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator(this.channel(trigger)) as AsyncIterableIterator<T>;
  }

  private channel(trigger: string): string {
    return `${this.config.redisPrefix}:gql:${trigger}`;
  }
}
