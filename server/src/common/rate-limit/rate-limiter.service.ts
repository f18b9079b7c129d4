import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { REDIS } from '../../redis/redis.module.js';

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

// INCRBY then set the window on the first hit; returns the new count and the window's remaining ms.
const CONSUME = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  ttl = tonumber(ARGV[2])
end
return {count, ttl}
`;

/**
 * Fixed-window counters in Redis, shared by every server process. When Redis cannot be reached the
 * limiter lets requests through (availability first) rather than refusing every client.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async consume(key: string, cost: number, limit: number, windowSeconds: number): Promise<RateLimitResult> {
    try {
      const [count, ttl] = (await this.redis.eval(
        CONSUME,
        1,
        this.key(key),
        String(cost),
        String(windowSeconds * 1000),
      )) as [number, number];
      return { allowed: count <= limit, count, retryAfterSeconds: Math.ceil(ttl / 1000) };
    } catch {
      return { allowed: true, count: 0, retryAfterSeconds: 0 };
    }
  }

  /** Current count without adding to it. */
  async peek(key: string): Promise<{ count: number; retryAfterSeconds: number }> {
    try {
      const [count, ttl] = await Promise.all([this.redis.get(this.key(key)), this.redis.pttl(this.key(key))]);
      return { count: Number(count ?? 0), retryAfterSeconds: Math.max(0, Math.ceil(ttl / 1000)) };
    } catch {
      return { count: 0, retryAfterSeconds: 0 };
    }
  }

  async reset(key: string): Promise<void> {
    try {
      await this.redis.del(this.key(key));
    } catch {
      // A counter that could not be cleared simply expires with its window.
    }
  }

  private key(key: string): string {
    return `${this.config.redisPrefix}:rl:${key}`;
  }
}
