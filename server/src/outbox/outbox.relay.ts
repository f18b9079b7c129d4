import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AsyncResource } from 'node:async_hooks';
import { getQueueToken } from '@nestjs/bull';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import type { DataSource } from 'typeorm';
import { describeError, nextRetryDelayMs, outboxJobId } from './domain/retry.js';
import { OutboxEntity } from './outbox.entity.js';

const BATCH_SIZE = 100;
const POLL_INTERVAL_MS = 1000;
const ADD_TIMEOUT_MS = 3000;

/**
 * Moves committed outbox rows into their Bull queues. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several relays (API and workers) can run at once. A row whose queue cannot be reached stays,
 * with `attempts`, `last_error` and a later `available_at`; Bull's job id (derived from the row)
 * makes a row relayed twice — e.g. after a crash between `add` and the commit — one job.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  /**
   * The relay's own async context: a nudge comes from a request's after-commit, but the relay's work is
   * not that request's (its log context, its statement accounting in the benches).
   */
  private readonly scope = new AsyncResource('OutboxRelay');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Relay as soon as possible (called after a commit that wrote outbox rows). */
  nudge(): void {
    if (this.stopped) return;
    if (this.running !== undefined) this.again = true;
    else this.schedule(0);
  }

  /** Relays one batch; returns how many rows reached their queue. Exposed for tests and scripts. */
  async relayOnce(): Promise<number> {
    // One clock for `available_at`: the application's, which also writes it (enqueue, retry delays);
    // PostgreSQL's now() could disagree with it.
    const now = new Date();
    return this.db.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(OutboxEntity, 'o')
        .where('o.relayed_at IS NULL AND o.available_at <= :now', { now })
        .orderBy('o.id')
        .limit(BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const relayed: string[] = [];
      for (const [index, row] of rows.entries()) {
        try {
          await withTimeout(
            this.queue(row.queue).add(row.name, row.payload, {
              jobId: outboxJobId(row),
              delay: row.delayMs > 0 ? row.delayMs : undefined,
            }),
            ADD_TIMEOUT_MS,
          );
          relayed.push(row.id);
        } catch (error) {
          // The queue is unreachable: this row and the rest of the batch wait for their next attempt.
          for (const pending of rows.slice(index)) {
            const attempts = pending.attempts + 1;
            await manager.update(
              OutboxEntity,
              { id: pending.id },
              {
                attempts,
                lastError: describeError(error),
                availableAt: new Date(now.getTime() + nextRetryDelayMs(attempts)),
              },
            );
          }
          this.logger.warn(
            { err: describeError(error), waiting: rows.length - index },
            'Outbox relay: queue unreachable, will retry',
          );
          break;
        }
      }
      if (relayed.length > 0) {
        await manager
          .createQueryBuilder()
          .update(OutboxEntity)
          .set({ relayedAt: new Date(), lastError: null })
          .whereInIds(relayed)
          .execute();
      }
      return relayed.length;
    });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () =>
        this.scope.runInAsyncScope(() => {
          this.running = this.loop().finally(() => {
            this.running = undefined;
            this.schedule(this.again ? 0 : POLL_INTERVAL_MS);
            this.again = false;
          });
        }),
      delayMs,
    );
  }

  private async loop(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayOnce()) === BATCH_SIZE) {
        // A full batch: there may be more.
      }
    } catch (error) {
      if (!this.stopped) this.logger.error({ err: describeError(error) }, 'Outbox relay failed');
    }
  }

  private queue(name: string): Queue {
    try {
      return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
    } catch {
      throw new Error(`Unknown queue "${name}"`);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
