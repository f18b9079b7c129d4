import type { DataSource } from 'typeorm';
import { TransactionRunner } from '../src/common/transaction/unit-of-work.js';
import { PURGE_AUTH_TOKENS } from '../src/jobs/maintenance.processor.js';
import { QUEUES } from '../src/jobs/queues.js';
import { OutboxService } from '../src/outbox/outbox.service.js';
import { createUser } from './support/factories.js';
import { startServerProcess, startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

describe('worker-only process', () => {
  let api: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    // The API process runs no processors: only the separate WORKER_ONLY=1 process can run the job.
    api = await startTestApp({ env: { RUN_WORKER: '0' } });
    db = api.dataSource;
  });

  afterAll(async () => {
    await api.close();
  });

  it('runs jobs that the API enqueued through the outbox', async () => {
    const user = await createUser(db, 'STAFF');
    await db.query(
      `INSERT INTO refresh_token (user_id, family_id, secret_hash, expires_at)
       VALUES ($1, gen_random_uuid(), '\\x00', now() - interval '30 days'),
              ($1, gen_random_uuid(), '\\x01', now() + interval '30 days')`,
      [user.id],
    );
    const worker = await startServerProcess({ ...api.env, WORKER_ONLY: '1' }, { waitForHttp: false });
    try {
      await api
        .get(TransactionRunner)
        .run((uow) =>
          api
            .get(OutboxService)
            .enqueue(uow, { queue: QUEUES.maintenance, name: PURGE_AUTH_TOKENS, payload: {} }),
        );
      await waitFor(
        async () => {
          const [row] = await db.query('SELECT count(*)::int AS n FROM refresh_token WHERE user_id = $1', [
            user.id,
          ]);
          return row.n === 1;
        },
        'the worker to purge the expired token',
        60_000,
      );
      const [kept] = await db.query(
        'SELECT expires_at > now() AS valid FROM refresh_token WHERE user_id = $1',
        [user.id],
      );
      expect(kept.valid).toBe(true);
      expect(worker.output()).toContain('Sérénaia worker ready');
    } finally {
      await worker.stop();
    }
  });
});
