import Bull from 'bull';
import type { DataSource } from 'typeorm';
import { QUEUES } from '../src/jobs/queues.js';
import {
  createCategory,
  createPractitioner,
  createService,
  inDays,
  parisDate,
} from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql, gqlOk, subscribe, wsClient } from '@serenaia/test-support';
import { startServerProcess, startTestApp, waitForSubscribers, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { id reference status start holdExpiresAt } }
}`;
const BY_TOKEN = `query($token: String!) { bookingByToken(token: $token) {
  reference status start canChange changeRefusal changeDeadline clientFirstName items { serviceName practitionerName } } }`;
const CANCEL_BY_TOKEN = `mutation($input: CancelBookingByTokenInput!) { cancelBookingByToken(input: $input) { status canChange } }`;
const MOVE_BY_TOKEN = `mutation($input: RescheduleBookingByTokenInput!) { rescheduleBookingByToken(input: $input) { status start } }`;

type Created = {
  createBooking: {
    manageToken: string;
    booking: { id: string; reference: string; status: string; start: string; holdExpiresAt: string | null };
  };
};

let n = 0;
const contact = () => {
  n += 1;
  return {
    firstName: 'Jeanne',
    lastName: `Test${n}`,
    email: `jeanne${n}@exemple.fr`,
    phone: `+336${String(20000000 + n)}`,
  };
};

describe('booking life cycle', () => {
  let t: TestApp;
  let db: DataSource;
  let quick: string;
  let withDeposit: string;
  let practitioner: string;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60, cancellation_deadline_hours = 24',
    );
    const category = await createCategory(db);
    quick = await createService(db, category, { minutes: 30 });
    withDeposit = await createService(db, category, {
      minutes: 30,
      priceCents: 8000,
      deposit: ['FIXED', 2000],
    });
    practitioner = await createPractitioner(db, [quick, withDeposit], 'Nina');
    adminToken = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
  });

  afterAll(async () => {
    await t.close();
  });

  const book = (serviceId: string, start: Date) =>
    gqlOk<Created>(t.url, CREATE, {
      input: {
        serviceIds: [serviceId],
        practitionerId: practitioner,
        start: start.toISOString(),
        client: contact(),
      },
    });

  it('a pending booking holds its slot; when the hold passes, the delayed job frees it', async () => {
    const start = inDays(4, '10:00');
    const created = (await book(withDeposit, start)).createBooking;
    expect(created.booking.status).toBe('PENDING');
    const holdMs = new Date(created.booking.holdExpiresAt!).getTime() - Date.now();
    expect(holdMs).toBeGreaterThan(19 * 60_000);
    expect(holdMs).toBeLessThanOrEqual(20 * 60_000);

    // The slot is taken while the hold lasts.
    const clash = await gql(t.url, CREATE, {
      input: {
        serviceIds: [quick],
        practitionerId: practitioner,
        start: start.toISOString(),
        client: contact(),
      },
    });
    expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // The expiry job is in Bull, delayed by the hold (relayed through the outbox).
    const queue = new Bull(QUEUES.booking, t.config.redisUrl, { prefix: `${t.config.redisPrefix}:bull` });
    try {
      const job = await waitFor(() => queue.getJob(`expire:${created.booking.id}`), 'the expiry job');
      expect(job.opts.delay).toBeGreaterThan(19 * 60_000);
      expect(await job.getState()).toBe('delayed');
      // Time passes (the hold is moved into the past), then the job runs.
      await db.query(`UPDATE booking SET hold_expires_at = now() - interval '1 second' WHERE id = $1`, [
        created.booking.id,
      ]);
      await job.promote();
      await waitFor(async () => (await job.getState()) === 'completed', 'the expiry job to run');
    } finally {
      await queue.close();
    }
    const [row] = await db.query('SELECT status, cancelled_by, cancel_reason FROM booking WHERE id = $1', [
      created.booking.id,
    ]);
    expect(row).toEqual({
      status: 'CANCELLED',
      cancelled_by: 'SYSTEM',
      cancel_reason: 'Réservation non finalisée à temps.',
    });
    await expect(book(quick, start)).resolves.toMatchObject({
      createBooking: { booking: { status: 'CONFIRMED' } },
    });
  });

  it('shows a booking to the holder of its manage token, and only that', async () => {
    const created = (await book(quick, inDays(5, '11:00'))).createBooking;
    const view = await gqlOk<{ bookingByToken: Record<string, unknown> }>(t.url, BY_TOKEN, {
      token: created.manageToken,
    });
    expect(view.bookingByToken).toMatchObject({
      reference: created.booking.reference,
      status: 'CONFIRMED',
      canChange: true,
      changeRefusal: null,
      clientFirstName: 'Jeanne',
      items: [{ practitionerName: 'Nina', serviceName: expect.any(String) }],
      changeDeadline: new Date(inDays(5, '11:00').getTime() - 24 * 3600_000).toISOString(),
    });
    const forged = `${created.manageToken.slice(0, -1)}${created.manageToken.endsWith('A') ? 'B' : 'A'}`;
    const forgedView = await gql(t.url, BY_TOKEN, { token: forged });
    expect(forgedView.errors?.[0]).toMatchObject({
      message: 'Ce lien de gestion n’est plus valide. Contactez l’institut.',
      extensions: { code: 'NOT_FOUND' },
    });
    const garbage = await gql(t.url, BY_TOKEN, { token: 'abc' });
    expect(garbage.errors?.[0]).toMatchObject({
      message: 'Ce lien de gestion est incomplet ou invalide.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] },
    });
  });

  it('lets the client cancel and move before the deadline', async () => {
    const moved = (await book(quick, inDays(6, '09:00'))).createBooking;
    await expect(
      gqlOk(t.url, MOVE_BY_TOKEN, {
        input: { token: moved.manageToken, start: inDays(6, '16:00').toISOString() },
      }),
    ).resolves.toEqual({
      rescheduleBookingByToken: { status: 'CONFIRMED', start: inDays(6, '16:00').toISOString() },
    });
    const cancelled = (await book(quick, inDays(6, '10:00'))).createBooking;
    await expect(
      gqlOk(t.url, CANCEL_BY_TOKEN, { input: { token: cancelled.manageToken, reason: 'Imprévu' } }),
    ).resolves.toEqual({
      cancelBookingByToken: { status: 'CANCELLED', canChange: false },
    });
    const [row] = await db.query('SELECT cancelled_by, cancel_reason FROM booking WHERE id = $1', [
      cancelled.booking.id,
    ]);
    expect(row).toEqual({ cancelled_by: 'CLIENT', cancel_reason: 'Imprévu' });
  });

  it('refuses cancelling or moving online after the deadline, with a clear French message, and changes nothing', async () => {
    // Booked 3 h ahead: allowed online (lead time 1 h) but inside the 24 h deadline.
    const start = new Date(Math.ceil((Date.now() + 3 * 3600_000) / 900_000) * 900_000);
    await db.query(
      `UPDATE working_hours SET start_minute = 0, end_minute = 1440 WHERE practitioner_id = $1`,
      [practitioner],
    );
    const late = (await book(quick, start)).createBooking;
    const view = await gqlOk<{ bookingByToken: { canChange: boolean; changeRefusal: string } }>(
      t.url,
      BY_TOKEN,
      { token: late.manageToken },
    );
    expect(view.bookingByToken.canChange).toBe(false);
    expect(view.bookingByToken.changeRefusal).toMatch(
      /^Les modifications en ligne ne sont possibles que jusqu’à 24 h avant le rendez-vous, soit avant le .+\. Appelez l’institut\.$/,
    );
    const cancel = await gql(t.url, CANCEL_BY_TOKEN, { input: { token: late.manageToken } });
    expect(cancel.errors?.[0]).toMatchObject({
      message: view.bookingByToken.changeRefusal,
      extensions: { code: 'CONFLICT' },
    });
    const move = await gql(t.url, MOVE_BY_TOKEN, {
      input: { token: late.manageToken, start: inDays(9, '09:00').toISOString() },
    });
    expect(move.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [row] = await db.query('SELECT status, starts_at FROM booking WHERE id = $1', [late.booking.id]);
    expect(row.status).toBe('CONFIRMED');
    expect(row.starts_at.toISOString()).toBe(start.toISOString());
  });

  it('publishes agendaChanged to a subscriber connected to a second server process', async () => {
    const b = await startServerProcess({ ...t.env, RUN_WORKER: '0' });
    const client = wsClient(b.url, adminToken);
    try {
      const start = inDays(7, '14:30');
      const day = parisDate(start);
      const sub = subscribe<{
        agendaChanged: {
          day: string;
          kind: string;
          booking: { start: string; status: string; client: { lastName: string } };
        };
      }>(
        client,
        `subscription($day: LocalDate!) { agendaChanged(day: $day) { day kind booking { start status client { lastName } } } }`,
        { day },
      );
      await waitForSubscribers(t.config, `agendaChanged:${day}`);
      const created = await book(quick, start);
      await expect(sub.next()).resolves.toEqual({
        agendaChanged: {
          day,
          kind: 'CREATED',
          booking: {
            start: start.toISOString(),
            status: 'CONFIRMED',
            client: { lastName: expect.stringMatching(/^Test\d+$/) },
          },
        },
      });
      await gqlOk(
        t.url,
        `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { status } }`,
        { input: { id: created.createBooking.booking.id } },
        adminToken,
      );
      await expect(sub.next()).resolves.toMatchObject({
        agendaChanged: { kind: 'CANCELLED', booking: { status: 'CANCELLED' } },
      });
    } finally {
      await client.dispose();
      await b.stop();
    }
  });
});
