import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../common/transaction/unit-of-work.js';
import { OutboxEntity } from './outbox.entity.js';
import { OutboxRelay } from './outbox.relay.js';

export interface OutboxJob {
  queue: string;
  name: string;
  payload: Record<string, unknown>;
  delayMs?: number;
  jobId?: string;
}

/** Records jobs in the caller's transaction; the relay hands them to Bull once committed. */
@Injectable()
export class OutboxService {
  constructor(private readonly relay: OutboxRelay) {}

  /**
   * Runs `write` (an INSERT … RETURNING id, with its parameters $1…$n) and records the jobs in the same
   * statement: one round trip for rows and their jobs. A job with `onlyIfWritten` is recorded only if
   * `write` returned that id (e.g. a row left out by ON CONFLICT DO NOTHING gets no job).
   */
  async enqueueAlong(
    uow: UnitOfWork,
    write: { sql: string; params: unknown[] },
    jobs: (OutboxJob & { onlyIfWritten?: string })[],
  ): Promise<void> {
    const n = write.params.length;
    await uow.manager.query(
      `WITH written AS (${write.sql})
       INSERT INTO outbox (queue, name, payload, delay_ms, job_id, available_at)
       SELECT j.queue, j.name, j.payload, j.delay_ms, j.job_id, $${n + 7}
         FROM unnest($${n + 1}::text[], $${n + 2}::text[], $${n + 3}::jsonb[], $${n + 4}::int[],
                     $${n + 5}::text[], $${n + 6}::text[])
           WITH ORDINALITY AS j(queue, name, payload, delay_ms, job_id, only_if, position)
        WHERE j.only_if IS NULL OR j.only_if IN (SELECT id::text FROM written)
        ORDER BY j.position`,
      [
        ...write.params,
        jobs.map((j) => j.queue),
        jobs.map((j) => j.name),
        jobs.map((j) => JSON.stringify(j.payload)),
        jobs.map((j) => j.delayMs ?? 0),
        jobs.map((j) => j.jobId ?? null),
        jobs.map((j) => j.onlyIfWritten ?? null),
        // The relay compares it with the application's clock (see OutboxRelay.relayOnce).
        new Date(),
      ],
    );
    if (jobs.length > 0) uow.onCommit(() => this.relay.nudge());
  }

  async enqueue(uow: UnitOfWork, job: OutboxJob): Promise<string> {
    const row = await uow.manager.save(
      uow.manager.create(OutboxEntity, {
        queue: job.queue,
        name: job.name,
        payload: job.payload,
        delayMs: job.delayMs ?? 0,
        jobId: job.jobId ?? null,
        // The relay compares it with the application's clock (see OutboxRelay.relayOnce).
        availableAt: new Date(),
      }),
    );
    uow.onCommit(() => this.relay.nudge());
    return row.id;
  }
}
