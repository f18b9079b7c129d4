/**
 * Statuses say what happened. In development without OVH, an SMS is only written to the server log:
 * the message log says CAPTURED (never SENT, no sending time) and the settings say the SMS stay on
 * this machine. The app runs with NODE_ENV=development and no processors; the test hands the real
 * Bull job to the sender with a clock set at noon in Paris (SMS wait for the morning at night).
 */
import Bull from 'bull';
import type { DataSource } from 'typeorm';
import { TIME_ZONE, addDays, instantAt, localDateOf } from '@serenaia/shared/paris-time';
import { QUEUES } from '../src/jobs/queues.js';
import { NotificationSender } from '../src/notification/notification.sender.js';
import { createCategory, createPractitioner, createService } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gqlOk, TestSmtpServer } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const PARIS = TIME_ZONE;
const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } } }`;
const LOG = `query($filter: NotificationsFilter) { notifications(filter: $filter) {
  items { id channel template recipient status sentAt providerMessageId } } }`;
const SETTINGS = `{ notificationSettings { emailDelivery smsDelivery } }`;

type LogRow = {
  id: string;
  channel: string;
  template: string;
  recipient: string;
  status: string;
  sentAt: string | null;
  providerMessageId: string | null;
};

describe('notifications in development without OVH', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let db: DataSource;
  let queue: Bull.Queue;
  let admin: string;
  let service: string;
  let practitioner: string;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: {
        NODE_ENV: 'development',
        RUN_WORKER: '0',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Institut Test <rdv@institut-test.fr>',
        PUBLIC_URL: 'https://rdv.institut-test.fr',
      },
    });
    db = t.dataSource;
    await insertInstitute(db);
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60, booking_horizon_days = 500',
    );
    service = await createService(db, await createCategory(db), { minutes: 60 });
    practitioner = await createPractitioner(db, [service], 'Nina');
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    queue = new Bull(QUEUES.notifications, t.config.redisUrl, { prefix: `${t.config.redisPrefix}:bull` });
  });

  afterAll(async () => {
    await queue.close();
    await t.close();
    await smtp.stop();
  });

  it('the settings say SMS stay in the server log, and e-mails leave through the SMTP server', async () => {
    const settings = (
      await gqlOk<{ notificationSettings: { emailDelivery: string; smsDelivery: string } }>(
        t.url,
        SETTINGS,
        {},
        admin,
      )
    ).notificationSettings;
    expect(settings).toEqual({ emailDelivery: 'PROVIDER', smsDelivery: 'DEVELOPMENT' });
  });

  it('an SMS written to the log is CAPTURED, not SENT, and its text keeps the accents GSM-7 has', async () => {
    const start = new Date(instantAt(addDays(localDateOf(Date.now(), PARIS), 5), '10:00', PARIS));
    const { id: bookingId } = (
      await gqlOk<{ createBooking: { booking: { id: string } } }>(t.url, CREATE, {
        input: {
          serviceIds: [service],
          practitionerId: practitioner,
          start: start.toISOString(),
          client: {
            firstName: 'Anaïs',
            lastName: 'Roche',
            email: 'anais@exemple.fr',
            phone: '06 42 00 00 01',
          },
        },
      })
    ).createBooking.booking;
    const log = async () =>
      (await gqlOk<{ notifications: { items: LogRow[] } }>(t.url, LOG, { filter: { bookingId } }, admin))
        .notifications.items;
    const sms = (await log()).find((r) => r.channel === 'SMS' && r.template === 'BOOKING_CONFIRMED');
    expect(sms).toMatchObject({ status: 'QUEUED', recipient: '+33642000001' });

    // The job the outbox relayed to Bull, handed to the real sender at noon in Paris.
    const job = await waitFor(
      () => queue.getJob(`notification:${sms?.id}`),
      'the SMS job in the notifications queue',
    );
    const noon = instantAt(localDateOf(Date.now(), PARIS), '12:00', PARIS);
    expect(await t.get(NotificationSender).send(job, noon)).toBe('captured');

    const after = (await log()).find((r) => r.id === sms?.id);
    expect(after).toMatchObject({ status: 'CAPTURED', sentAt: null });
    expect(after?.providerMessageId).toMatch(/^log-/);
    const line = t.logs.find((l) => l.includes('SMS (not sent, development)'));
    expect(line).toContain('RDV confirmé');
    expect(line).toContain('Gérer : https://rdv.institut-test.fr/rendez-vous/');
  });
});
