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
