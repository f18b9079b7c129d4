import type { DataSource } from 'typeorm';
import { TIME_ZONE, addDays, instantAt, localDateOf } from '@serenaia/shared/paris-time';
import { createCategory, createPractitioner, createService } from './support/catalog-factory.js';
import { insertInstitute } from './support/factories.js';
import { gqlOk, TestSmtpServer } from '@serenaia/test-support';
import { startServerProcess, startTestApp, type TestApp } from './support/app.js';
import { PrivateRedis } from './support/redis-server.js';
import { waitFor } from './support/wait.js';

const PARIS = TIME_ZONE;
const CREATE = `mutation Create($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } } }`;

async function catalogue(db: DataSource): Promise<{ service: string; practitioner: string }> {
  await insertInstitute(db);
  await db.query(`UPDATE institute SET email = NULL`);
  await db.query(
    'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60, booking_horizon_days = 120',
  );
  const category = await createCategory(db);
  const service = await createService(db, category, { minutes: 30 });
  return { service, practitioner: await createPractitioner(db, [service]) };
}

/** Slots from 09:00, 30 minutes apart, on days from `firstDay` ahead (20 a day). */
function slot(index: number, firstDay: number): Date {
  const date = addDays(localDateOf(Date.now(), PARIS), firstDay + Math.floor(index / 20));
  const minutes = 9 * 60 + (index % 20) * 30;
  return new Date(
    instantAt(
      date,
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      PARIS,
    ),
  );
}

const email = (prefix: string, i: number) => `${prefix}${i}@exemple.fr`;

async function book(t: TestApp, c: { service: string; practitioner: string }, start: Date, address: string) {
  return gqlOk<{ createBooking: { booking: { id: string } } }>(t.url, CREATE, {
    input: {
      serviceIds: [c.service],
      practitionerId: c.practitioner,
      start: start.toISOString(),
      client: { firstName: 'Léa', lastName: address.split('@')[0], email: address, phone: '+33611223344' },
    },
  });
}

describe('notifications when Redis is down', () => {
  let redis: PrivateRedis;
  let smtp: TestSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: { REDIS_URL: redis.url, SMTP_URL: smtp.url, MAIL_FROM: 'Institut <rdv@institut.test>' },
    });
  });

  afterAll(async () => {
    await t.close();
    await redis.stop();
    await smtp.stop();
  });

  it('takes bookings while Redis is unreachable, keeps their e-mails in the outbox, and delivers each exactly once when Redis is back', async () => {
    const c = await catalogue(t.dataSource);
    await redis.stop();
    const count = 5;
    for (let i = 0; i < count; i++) await book(t, c, slot(i, 3), email('panne', i));
    const waiting = await waitFor(async () => {
      const rows: { n: number; tried: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE attempts > 0)::int AS tried
           FROM outbox WHERE queue = 'notifications' AND name = 'send' AND relayed_at IS NULL`,
      );
      return rows[0].tried >= 1 ? rows[0] : false;
    }, 'the outbox to try and wait');
    expect(waiting.n).toBe(count);
    expect(smtp.received).toHaveLength(0);

    await redis.resume();
    await waitFor(() => smtp.received.length >= count, 'the e-mails after Redis is back', 90_000);
    await waitFor(async () => {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE channel = 'EMAIL' AND status = 'SENT'`,
      );
      return row.n === count;
    }, 'every e-mail SENT');
    for (let i = 0; i < count; i++) expect(smtp.to(email('panne', i))).toHaveLength(1);
    expect(smtp.received).toHaveLength(count);
  });
});

describe('a worker killed in the middle of a batch', () => {
  let smtp: TestSmtpServer;
  let api: TestApp;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    // The API runs no processors: only the WORKER_ONLY processes send.
    api = await startTestApp({
      env: { RUN_WORKER: '0', SMTP_URL: smtp.url, MAIL_FROM: 'Institut <rdv@institut.test>' },
    });
  });

  afterAll(async () => {
    await api.close();
    await smtp.stop();
  });

  it('loses no e-mail, and the ones sent again carry the same Message-ID', async () => {
    const c = await catalogue(api.dataSource);
    const count = 30;
    for (let i = 0; i < count; i++) await book(api, c, slot(i, 5), email('lot', i));
    const expected: { message_id: string; recipient: string }[] = await api.dataSource.query(
      `SELECT message_id, recipient FROM notification WHERE channel = 'EMAIL' AND status = 'QUEUED'`,
    );
    expect(expected).toHaveLength(count);

    smtp.delayMs = 150;
    const first = await startServerProcess({ ...api.env, WORKER_ONLY: '1' }, { waitForHttp: false });
    try {
      await waitFor(() => smtp.received.length >= 8, 'part of the batch', 60_000);
      await first.kill();
    } finally {
      await first.kill();
    }
    const beforeCrash = smtp.received.length;
    expect(beforeCrash).toBeLessThan(count);

    smtp.delayMs = 0;
    const second = await startServerProcess({ ...api.env, WORKER_ONLY: '1' }, { waitForHttp: false });
    try {
      await waitFor(
        async () => {
          const [row] = await api.dataSource.query(
            `SELECT count(*)::int AS n FROM notification WHERE channel = 'EMAIL' AND status = 'SENT'`,
          );
          return row.n === count;
        },
        'every e-mail SENT after the crash',
        120_000,
      );
    } finally {
      await second.stop();
    }
    // Every message arrived, each under its own notification's Message-ID, to the right person.
    const byId = new Map<string, number>();
    for (const mail of smtp.received) byId.set(mail.messageId, (byId.get(mail.messageId) ?? 0) + 1);
    for (const { message_id, recipient } of expected) {
      expect(byId.get(message_id) ?? 0).toBeGreaterThanOrEqual(1);
      expect(
        smtp.received.filter((m) => m.messageId === message_id).every((m) => m.to.includes(recipient)),
      ).toBe(true);
    }
    expect([...byId.keys()].sort()).toEqual(expected.map((e) => e.message_id).sort());
    const resent = smtp.received.length - byId.size;
    // Sent again after the crash: at most the jobs the killed worker had in flight. Bull runs as many
    // jobs at once as the queue's handlers' concurrencies add up to: send 5 + 3 others = 8.
    expect(resent).toBeLessThanOrEqual(8);
    process.stdout.write(
      `worker crash: ${count} e-mails, ${beforeCrash} received before the kill, ${resent} sent twice (same Message-ID)\n`,
    );
  }, 300_000); // a ceiling, not a timing assertion: the killed worker's jobs come back once their lock expires (~30 s)
});
