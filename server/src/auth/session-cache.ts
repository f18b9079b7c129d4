import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { performance } from 'node:perf_hooks';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { RedisConnections } from '../redis/redis.module.js';

/** Past this many sessions the oldest are dropped (a cache miss only costs one statement). */
const MAX_SESSIONS = 10_000;

/**
 * The sessions this process saw open in the last few seconds (`SESSION_CACHE_MS`, 5 s by default): the per-request session
 * check (`SessionService.isActive`) reads the database once per session every few seconds instead of
 * on every request (one statement of each CRM request, bench/crm). Ending sessions forgets them here
 * and, through a Redis channel, in every other process of the app, once the ending is committed
 * (`SessionEndings`). If that message is lost (Redis down), another process may still accept an ended
 * session's access token for at most that long.
 *
 * A check that read "open" from the database is not remembered when a forget arrived while it ran
 * (`generation`): the ending may have committed after the read but before the answer came back.
 */
@Injectable()
export class SessionCache implements OnModuleInit {
  private readonly logger = new Logger(SessionCache.name);
  private readonly open = new Map<string, number>();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;
  private forgets = 0;
  private subscribed = false;
  private readonly ttlMs: number;

  constructor(connections: RedisConnections, @Inject(CONFIG) config: Config) {
    this.channel = `${config.redisPrefix}:sessions-ended`;
    this.ttlMs = config.sessionCacheMs;
    this.publisher = connections.create('sessions-ended-publisher', {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    this.subscriber = connections.create('sessions-ended-subscriber');
  }

  onModuleInit(): void {
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        const ids: unknown = JSON.parse(message);
        if (Array.isArray(ids)) this.forgetHere(ids.filter((id): id is string => typeof id === 'string'));
      } catch {
        this.logger.warn('Ignored a malformed message on the sessions-ended channel');
      }
    });
    // Not awaited: with Redis down the app still starts (and checks every request in the database
    // until the subscription is made: the cache only remembers once it can be told to forget).
    this.subscriber.subscribe(this.channel).then(
      () => {
        this.subscribed = true;
      },
      (error: Error) => this.logger.warn(`Cannot subscribe to ended sessions: ${error.message}`),
    );
  }

  /** A token to pass to {@link remember}: taken before reading the session from the database. */
  generation(): number {
    return this.forgets;
  }

  isKnownOpen(sessionId: string): boolean {
    const until = this.open.get(sessionId);
    if (until === undefined) return false;
    if (until > performance.now()) return true;
    this.open.delete(sessionId);
    return false;
  }

  /** Remembers a session the database said was open, unless a forget arrived since `generation`. */
  remember(sessionId: string, generation: number): void {
    if (this.ttlMs === 0 || !this.subscribed || generation !== this.forgets) return;
    this.open.delete(sessionId);
    if (this.open.size >= MAX_SESSIONS) {
      const oldest = this.open.keys().next();
      if (oldest.done !== true) this.open.delete(oldest.value);
    }
    this.open.set(sessionId, performance.now() + this.ttlMs);
  }

  /** Forgets ended sessions here and in the other processes (call once the ending is committed). */
  async forget(sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    this.forgetHere(sessionIds);
    try {
      await this.publisher.publish(this.channel, JSON.stringify(sessionIds));
    } catch (error) {
      this.logger.warn(
        `Other processes not told of ${sessionIds.length} ended session(s) (they forget them within ${this.ttlMs} ms): ${(error as Error).message}`,
      );
    }
  }

  private forgetHere(sessionIds: readonly string[]): void {
    this.forgets += 1;
    for (const id of sessionIds) this.open.delete(id);
  }
}
