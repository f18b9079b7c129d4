/**
 * What staff and administrators do with notifications, end to end: the client's refusal of service
 * messages (kept apart from marketing consent), the per-template switches, the preview and the test
 * message, and an SMS going through the outbox and the Bull queue to the (fake) OVH API.
 *
 * SMS never leave between 21:00 and 08:00 Paris. So that this suite means the same at any hour, the
 * process's `Date` (and only `Date`: every timer stays real) runs from 12:00 Paris today once the app
 * has started; the app, Bull's delays and the JWTs all read that clock.
 */
import { jest } from '@jest/globals';
import https from 'node:https';
import type { DataSource } from 'typeorm';
import { TIME_ZONE, addDays, instantAt, localDateOf } from '@serenaia/shared/paris-time';
import { smsSendTime } from '../src/notification/domain/quiet-hours.js';
import { startOvhFake, type OvhFake } from './fakes/ovh-fake.js';
import { createCategory, createPractitioner, createService } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gql, gqlOk, TestSmtpServer } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const PARIS = TIME_ZONE;
const OVH = {
  appKey: 'ak-admin',
  appSecret: 'as-admin-secret',
  consumerKey: 'ck-admin',
  service: 'sms-te1-1',
};

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { id reference start client { id } } }
}`;
const UPSERT = `mutation($input: UpsertClientInput!) { upsertClient(input: $input) {
  id firstName lastName email phone marketingConsent serviceEmailOptOut serviceSmsOptOut } }`;
const CLIENT = `query($id: ID!) { client(id: $id) { id marketingConsent serviceEmailOptOut serviceSmsOptOut } }`;
const LOG = `query($filter: NotificationsFilter) { notifications(filter: $filter) {
  total items { id channel template recipient status skipReason isTest providerMessageId bookingReference clientName } } }`;
const SETTINGS = `{ notificationSettings { smsSender emailDelivery smsDelivery
  templates { template email sms smsAvailable } } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $input) { smsSender templates { template email sms smsAvailable } } }`;
const PREVIEW = `query($template: NotificationTemplate!, $bookingId: ID!, $channel: NotificationChannel) {
  previewNotification(template: $template, bookingId: $bookingId, channel: $channel) {
    channel subject html text segments encoding } }`;
const SEND_TEST = `mutation($input: SendTestNotificationInput!) {
  sendTestNotification(input: $input) { id status isTest recipient template channel } }`;

type LogRow = {
  id: string;
  channel: string;
  template: string;
  recipient: string;
  status: string;
  skipReason: string | null;
  isTest: boolean;
  providerMessageId: string | null;
  bookingReference: string | null;
  clientName: string | null;
};
type Settings = {
  smsSender: string | null;
  emailDelivery?: string;
  smsDelivery?: string;
  templates: { template: string; email: boolean; sms: boolean; smsAvailable: boolean }[];
};

let n = 0;
const contact = () => {
  n += 1;
  return {
    firstName: 'Camille',
    lastName: `Réglage${n}`,
    email: `camille.reglage${n}@exemple.fr`,
    phone: `+336${String(40000000 + n)}`,
  };
};

describe('notifications: opt-outs, settings, preview, test message, SMS through the queue', () => {
  let smtp: TestSmtpServer;
  let ovh: OvhFake;
  let t: TestApp;
  let db: DataSource;
  let service: string;
  let practitioner: string;
  let staffToken: string;
  let adminToken: string;
  let today: string;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    ovh = await startOvhFake(OVH);
    https.globalAgent.options.ca = [ovh.certificate];
    t = await startTestApp({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Institut Test <rdv@institut-test.fr>',
        NOTIFICATION_ATTEMPTS: '2',
        NOTIFICATION_BACKOFF_MS: '100',
        OVH_ENDPOINT: ovh.endpoint,
        OVH_APP_KEY: OVH.appKey,
        OVH_APP_SECRET: OVH.appSecret,
        OVH_CONSUMER_KEY: OVH.consumerKey,
        OVH_SMS_SERVICE: OVH.service,
        PUBLIC_URL: 'https://rdv.institut-test.fr',
      },
    });
    db = t.dataSource;
    await insertInstitute(db);
    await db.query(`UPDATE institute SET email = 'contact@institut-test.fr', phone = '01 23 45 67 89'`);
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60, booking_horizon_days = 500',
    );
    const category = await createCategory(db);
    service = await createService(db, category, { minutes: 60 });
    practitioner = await createPractitioner(db, [service], 'Lou');
    // After the app's start: Nest and TypeORM compare reflected types with the global `Date`.
    const noon = instantAt(localDateOf(Date.now(), PARIS), '12:00', PARIS);
    jest.useFakeTimers({
      now: noon,
      advanceTimers: true,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    // The clock really is daytime in Paris now: an SMS may leave at once.
    expect(smsSendTime(Date.now(), PARIS)).toBe(Date.now());
    today = localDateOf(Date.now(), PARIS);

    staffToken = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    adminToken = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
    await ovh.close();
    jest.useRealTimers();
  });

  let day = 2;
  /** A public booking at 10:00 Paris on a day of its own. */
  const book = async (who = contact()) => {
    day += 1;
    const start = new Date(instantAt(addDays(today, day), '10:00', PARIS));
    const data = await gqlOk<{
      createBooking: {
        manageToken: string;
        booking: { id: string; reference: string; client: { id: string } };
      };
    }>(t.url, CREATE, {
      input: { serviceIds: [service], practitionerId: practitioner, start: start.toISOString(), client: who },
    });
    return { ...data.createBooking, who };
  };
  const log = async (filter: Record<string, unknown>) =>
    (await gqlOk<{ notifications: { total: number; items: LogRow[] } }>(t.url, LOG, { filter }, staffToken))
      .notifications.items;
  /** The rows of a booking once none is QUEUED any more. */
  const settled = (bookingId: string) =>
    waitFor(async () => {
      const rows = await log({ bookingId });
      return rows.length > 0 && rows.every((r) => r.status !== 'QUEUED') ? rows : false;
    }, 'the messages of the booking to settle');
  const find = (rows: LogRow[], template: string, channel: string) =>
    rows.filter((r) => r.template === template && r.channel === channel);

  it('stores the service opt-outs on the client, apart from marketing consent, and honours them per channel', async () => {
    const who = contact();
    const created = (
      await gqlOk<{ upsertClient: Record<string, unknown> & { id: string } }>(
        t.url,
        UPSERT,
        { input: { ...who, marketingConsent: true, serviceSmsOptOut: true } },
        staffToken,
      )
    ).upsertClient;
    expect(created).toMatchObject({
      email: who.email,
      marketingConsent: true,
      serviceEmailOptOut: false,
      serviceSmsOptOut: true,
    });
    // Withdrawing marketing consent leaves the service choices as they are, and the other way round.
    await gqlOk(
      t.url,
      UPSERT,
      {
        input: { id: created.id, firstName: who.firstName, lastName: who.lastName, marketingConsent: false },
      },
      staffToken,
    );
    const read = await gqlOk<{ client: Record<string, unknown> }>(
      t.url,
      CLIENT,
      { id: created.id },
      staffToken,
    );
    expect(read.client).toEqual({
      id: created.id,
      marketingConsent: false,
      serviceEmailOptOut: false,
      serviceSmsOptOut: true,
    });

    // The client books online (matched by e-mail): the e-mail goes, the SMS does not.
    const booking = await book(who);
    expect(booking.booking.client.id).toBe(created.id);
    const rows = await settled(booking.booking.id);
    expect(find(rows, 'BOOKING_CONFIRMED', 'EMAIL')).toEqual([
      expect.objectContaining({ status: 'SENT', recipient: who.email }),
    ]);
    expect(find(rows, 'BOOKING_CONFIRMED', 'SMS')).toEqual([
      expect.objectContaining({ status: 'SKIPPED', skipReason: 'La cliente ou le client a refusé les SMS.' }),
    ]);
    // The log names the booking and the client.
    expect(find(rows, 'BOOKING_CONFIRMED', 'EMAIL')[0]).toMatchObject({
      bookingReference: booking.booking.reference,
      clientName: `${who.firstName} ${who.lastName}`,
    });
    // An online booker never learns what the institute has on file.
    const again = await gql<{ createBooking: { booking: { client: Record<string, unknown> } } }>(
      t.url,
      `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking { client { serviceSmsOptOut marketingConsent } } } }`,
      {
        input: {
          serviceIds: [service],
          practitionerId: practitioner,
          start: new Date(instantAt(addDays(today, 200), '10:00', PARIS)).toISOString(),
          client: who,
        },
      },
    );
    expect(again.data?.createBooking.booking.client).toEqual({
      serviceSmsOptOut: false,
      marketingConsent: false,
    });
    expect(
      (await gqlOk<{ client: Record<string, unknown> }>(t.url, CLIENT, { id: created.id }, staffToken))
        .client,
    ).toMatchObject({ serviceSmsOptOut: true });
  });

  it('sends an SMS confirmation through the outbox and the queue to OVH, with the sender name from the settings', async () => {
    const saved = (
      await gqlOk<{ updateNotificationSettings: Settings }>(
        t.url,
        UPDATE_SETTINGS,
        { input: { smsSender: 'InstitutT' } },
        adminToken,
      )
    ).updateNotificationSettings;
    expect(saved.smsSender).toBe('InstitutT');
    const booking = await book();
    const rows = await settled(booking.booking.id);
    const [sms] = find(rows, 'BOOKING_CONFIRMED', 'SMS');
    expect(sms).toMatchObject({ status: 'SENT', recipient: booking.who.phone });
    const job = ovh.jobs.find((j) => String(j.id) === sms.providerMessageId);
    expect(job).toMatchObject({ receivers: [booking.who.phone], sender: 'InstitutT' });
    expect(job?.message).toContain('Institut Test');
    expect(ovh.jobs.filter((j) => j.receivers.includes(booking.who.phone))).toHaveLength(1);
  });

  it('updateNotificationSettings: a template switched off makes the next booking’s message SKIPPED with its reason', async () => {
    const before = (await gqlOk<{ notificationSettings: Settings }>(t.url, SETTINGS, {}, adminToken))
      .notificationSettings;
    // SMTP and OVH are configured: both channels really leave.
    expect(before).toMatchObject({ emailDelivery: 'PROVIDER', smsDelivery: 'PROVIDER' });
    expect(before.templates.find((r) => r.template === 'BOOKING_CONFIRMED')).toEqual({
      template: 'BOOKING_CONFIRMED',
      email: true,
      sms: true,
      smsAvailable: true,
    });
    expect(before.templates.find((r) => r.template === 'DEPOSIT_RECEIPT')?.smsAvailable).toBe(false);

    const updated = (
      await gqlOk<{ updateNotificationSettings: Settings }>(
        t.url,
        UPDATE_SETTINGS,
        { input: { templates: [{ template: 'BOOKING_CONFIRMED', email: false, sms: true }] } },
        adminToken,
      )
    ).updateNotificationSettings;
    expect(updated.templates.find((r) => r.template === 'BOOKING_CONFIRMED')).toMatchObject({
      email: false,
      sms: true,
    });
    // Saved, not only echoed; the sender set earlier is kept.
    const read = (await gqlOk<{ notificationSettings: Settings }>(t.url, SETTINGS, {}, adminToken))
      .notificationSettings;
    expect(read.templates).toEqual(updated.templates);
    expect(read.smsSender).toBe('InstitutT');

    const booking = await book();
    const rows = await settled(booking.booking.id);
    expect(find(rows, 'BOOKING_CONFIRMED', 'EMAIL')).toEqual([
      expect.objectContaining({ status: 'SKIPPED', skipReason: 'Modèle désactivé pour ce canal.' }),
    ]);
    expect(find(rows, 'BOOKING_CONFIRMED', 'SMS')).toEqual([expect.objectContaining({ status: 'SENT' })]);
    // The institute's alert for the same booking still went: only that template is off.
    expect(find(rows, 'INSTITUTE_NEW_BOOKING', 'EMAIL')).toEqual([
      expect.objectContaining({ status: 'SENT' }),
    ]);
    expect(smtp.to(booking.who.email)).toEqual([]);

    // A sender name that OVH would refuse is refused here, in French, and nothing changes.
    const bad = await gql(
      t.url,
      UPDATE_SETTINGS,
      { input: { smsSender: 'Élégance!' } },
      { token: adminToken },
    );
    expect(bad.errors?.[0]).toMatchObject({
      message: expect.stringContaining('L’expéditeur SMS'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await gqlOk(
      t.url,
      UPDATE_SETTINGS,
      { input: { smsSender: null, templates: [{ template: 'BOOKING_CONFIRMED', email: true, sms: true }] } },
      adminToken,
    );
    const restored = (await gqlOk<{ notificationSettings: Settings }>(t.url, SETTINGS, {}, adminToken))
      .notificationSettings;
    expect(restored.smsSender).toBeNull();
    expect(restored.templates.every((r) => r.email && (r.sms || !r.smsAvailable))).toBe(true);
  });

  it('previewNotification renders a template in French for a real booking, and sends nothing', async () => {
    const booking = await book();
    const rowsBefore = await settled(booking.booking.id);
    const mailsBefore = smtp.received.length;
    const smsBefore = ovh.jobs.length;

    const email = (
      await gqlOk<{
        previewNotification: {
          channel: string;
          subject: string;
          html: string;
          text: string;
          segments: number | null;
        };
      }>(t.url, PREVIEW, { template: 'BOOKING_REMINDER', bookingId: booking.booking.id }, adminToken)
    ).previewNotification;
    const start = Date.parse(
      (await db.query('SELECT starts_at FROM booking WHERE id = $1', [booking.booking.id]))[0].starts_at,
    );
    const dayText = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, dateStyle: 'full' }).format(start);
    expect(email.channel).toBe('EMAIL');
    expect(email.subject).toMatch(/^Rappel/);
    expect(email.subject).toContain('Institut Test');
    expect(email.html).toMatch(/^<!doctype html>/i);
    expect(email.html).toContain('Camille');
    expect(email.text).toContain(dayText);
    expect(email.text).toContain('10:00');
    expect(email.text).toContain('https://rdv.institut-test.fr/rendez-vous/');
    expect(email.segments).toBeNull();

    const sms = (
      await gqlOk<{
        previewNotification: { subject: string | null; text: string; segments: number; encoding: string };
      }>(
        t.url,
        PREVIEW,
        { template: 'BOOKING_CONFIRMED', bookingId: booking.booking.id, channel: 'SMS' },
        adminToken,
      )
    ).previewNotification;
    expect(sms.subject).toBeNull();
    expect(sms.text).toContain('à 10h00');
    expect(sms).toMatchObject({ segments: 1, encoding: 'GSM7' });

    const noSms = await gql(
      t.url,
      PREVIEW,
      { template: 'DEPOSIT_RECEIPT', bookingId: booking.booking.id, channel: 'SMS' },
      { token: adminToken },
    );
    expect(noSms.errors?.[0]).toMatchObject({
      message: 'Ce modèle n’existe pas en SMS.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await gql(
      t.url,
      PREVIEW,
      { template: 'BOOKING_CONFIRMED', bookingId: '00000000-0000-4000-8000-000000000000' },
      { token: adminToken },
    );
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Rendez-vous introuvable.',
      extensions: { code: 'NOT_FOUND' },
    });

    // Nothing was written or sent.
    expect(await log({ bookingId: booking.booking.id })).toHaveLength(rowsBefore.length);
    expect(smtp.received.length).toBe(mailsBefore);
    expect(ovh.jobs.length).toBe(smsBefore);
  });

  it('sendTestNotification delivers one e-mail to the address given, even with the template switched off', async () => {
    const booking = await book();
    await settled(booking.booking.id);
    await gqlOk(
      t.url,
      UPDATE_SETTINGS,
      { input: { templates: [{ template: 'BOOKING_RESCHEDULED', email: false, sms: false }] } },
      adminToken,
    );
    const sent = (
      await gqlOk<{ sendTestNotification: Record<string, unknown> & { id: string } }>(
        t.url,
        SEND_TEST,
        {
          input: {
            template: 'BOOKING_RESCHEDULED',
            channel: 'EMAIL',
            bookingId: booking.booking.id,
            to: ' essai@institut-test.fr ',
          },
        },
        adminToken,
      )
    ).sendTestNotification;
    expect(sent).toMatchObject({
      status: 'QUEUED',
      isTest: true,
      recipient: 'essai@institut-test.fr',
      template: 'BOOKING_RESCHEDULED',
      channel: 'EMAIL',
    });
    const mail = await waitFor(() => smtp.to('essai@institut-test.fr')[0] ?? false, 'the test e-mail');
    expect(mail.subject).toMatch(/^\[Test\] Rendez-vous déplacé/);
    expect(mail.text).toContain('Camille');
    await waitFor(
      async () =>
        (await log({ bookingId: booking.booking.id })).find((r) => r.id === sent.id)?.status === 'SENT',
      'the test message SENT',
    );
    expect(smtp.to('essai@institut-test.fr')).toHaveLength(1);
    // The client heard nothing about it.
    expect(smtp.to(booking.who.email).filter((m) => m.subject.includes('déplacé'))).toEqual([]);

    const invalid = await gql(
      t.url,
      SEND_TEST,
      {
        input: {
          template: 'BOOKING_CONFIRMED',
          channel: 'EMAIL',
          bookingId: booking.booking.id,
          to: 'pas-une-adresse',
        },
      },
      { token: adminToken },
    );
    expect(invalid.errors?.[0]).toMatchObject({
      message: 'Adresse e-mail invalide.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await gqlOk(
      t.url,
      UPDATE_SETTINGS,
      { input: { templates: [{ template: 'BOOKING_RESCHEDULED', email: true, sms: true }] } },
      adminToken,
    );
  });
});
