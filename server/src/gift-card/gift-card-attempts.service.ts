import { Injectable } from '@nestjs/common';
import { TooManyRequestsError, formatDelayFr } from '../common/errors.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.service.js';
import { codePrefix } from './domain/gift-card-code.js';

/** Codes tried by the public (balance page, deposit paid by card): per client IP and per code prefix, this many a minute. */
export const BALANCE_CHECKS_PER_MINUTE = 10;

/**
 * Brute-force protection of every public place a code is typed: one budget per client IP and per
 * code prefix (the first four symbols), shared by all of them, counted before anything is looked up.
 */
@Injectable()
export class GiftCardAttempts {
  constructor(private readonly limiter: RateLimiter) {}

  async count(typed: string, ip: string): Promise<void> {
    for (const key of [`gift-card-balance:ip:${ip}`, `gift-card-balance:prefix:${codePrefix(typed)}`]) {
      const hit = await this.limiter.consume(key, 1, BALANCE_CHECKS_PER_MINUTE, 60);
      if (!hit.allowed) {
        throw new TooManyRequestsError(
          hit.retryAfterSeconds,
          `Trop de tentatives. Réessayez dans ${formatDelayFr(hit.retryAfterSeconds)}.`,
        );
      }
    }
  }
}
