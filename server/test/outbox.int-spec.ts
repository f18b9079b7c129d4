import Bull from 'bull';
import type { DataSource } from 'typeorm';
import { TransactionRunner } from '../src/common/transaction/unit-of-work.js';
import { QUEUES } from '../src/jobs/queues.js';
import { OutboxRelay } from '../src/outbox/outbox.relay.js';
import { OutboxService } from '../src/outbox/outbox.service.js';
import { PrivateRedis } from './support/redis-server.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

describe('outbox relay', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let db: DataSource;
  let queue: Bull.Queue;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    // No worker in this process: relayed jobs stay in the queue where the test can count them.
    t = await startTestApp({ env: { REDIS_URL: redis.url, RUN_WORKER: '0' } });
    db = t.dataSource;
    queue = new Bull(QUEUES.maintenance, redis.url, { prefix: `${t.config.redisPrefix}:bull` });
  });

  afterAll(async () => {
    await queue.close();
    await t.close();
    await redis.stop();
  });

  const jobsNamed = async (name: string) =>
    (await queue.getJobs(['waiting', 'delayed', 'active', 'completed'])).filter((j) => j?.name === name);

  it('relays a committed row once, and never a rolled-back one', async () => {
    const tx = t.get(TransactionRunner);
    const outbox = t.get(OutboxService);
    await tx.run(async (uow) => {
      await outbox.enqueue(uow, { queue: QUEUES.maintenance, name: 'committed-job', payload: { n: 1 } });
    });
    await expect(
      tx.run(async (uow) => {
        await outbox.enqueue(uow, { queue: QUEUES.maintenance, name: 'rolled-back-job', payload: { n: 2 } });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    await waitFor(async () => (await jobsNamed('committed-job')).length === 1, 'the committed job in Bull');
    expect(await jobsNamed('rolled-back-job')).toHaveLength(0);
    // The relay adds the job, then commits `relayed_at`: wait for that commit.
    const rows = await waitFor(async () => {
      const found: { name: string; relayed: boolean }[] = await db.query(
        `SELECT name, relayed_at IS NOT NULL AS relayed FROM outbox ORDER BY id`,
      );
      return found.every((r) => r.relayed) ? found : false;
    }, 'the row marked relayed');
    expect(rows).toEqual([{ name: 'committed-job', relayed: true }]);
  });

  it('keeps the row while Redis is unreachable and delivers it exactly once when Redis is back', async () => {
    await redis.stop();
    const tx = t.get(TransactionRunner);
    const outbox = t.get(OutboxService);
    const id = await tx.run((uow) =>
      outbox.enqueue(uow, { queue: QUEUES.maintenance, name: 'while-down', payload: { bookingId: 'b-1' } }),
    );
    // The business transaction succeeded without Redis; the relay records its failed attempts.
    const pending = await waitFor(async () => {
      const [row]: { attempts: number; last_error: string | null; relayed_at: Date | null }[] =
        await db.query('SELECT attempts, last_error, relayed_at FROM outbox WHERE id = $1', [id]);
      return row.attempts >= 1 ? row : false;
    }, 'a failed relay attempt');
    expect(pending.relayed_at).toBeNull();
    expect(pending.last_error).toEqual(expect.any(String));

    await redis.resume();
    await waitFor(
      async () => {
        const [row] = await db.query('SELECT relayed_at FROM outbox WHERE id = $1', [id]);
        return row.relayed_at !== null;
      },
      'the row to be relayed after Redis is back',
      60_000,
    );
    const jobs = await jobsNamed('while-down');
    expect(jobs).toHaveLength(1);
    expect(jobs[0].data).toEqual({ bookingId: 'b-1' });
    expect(jobs[0].id).toBe(`outbox:${id}`);

    // A relay that crashed after `add` but before its commit would add the row again: still one job.
    await db.query('UPDATE outbox SET relayed_at = NULL WHERE id = $1', [id]);
    await t.get(OutboxRelay).relayOnce();
    expect(await jobsNamed('while-down')).toHaveLength(1);
  });
});
