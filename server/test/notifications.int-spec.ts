import Bull from 'bull';
import https from 'node:https';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { TIME_ZONE, addDays, instantAt, localDateOf } from '@serenaia/shared/paris-time';
import { TransactionRunner } from '../src/common/transaction/unit-of-work.js';
import { QUEUES } from '../src/jobs/queues.js';
import { smsLength } from '../src/notification/domain/sms-segments.js';
import { NotificationService } from '../src/notification/notification.service.js';
import { OvhSmsProvider } from '../src/notification/transports/sms.provider.js';
import { startOvhFake, type OvhFake } from './fakes/ovh-fake.js';
import { createCategory, createPractitioner, createService } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gqlOk, TestSmtpServer, type ReceivedMail } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const PARIS = TIME_ZONE;
const OVH = {
  appKey: 'ak-test',
  appSecret: 'as-test-secret',
  consumerKey: 'ck-test',
  service: 'sms-te12345-1',
};

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { id reference start } }
}`;
const MOVE_BY_TOKEN = `mutation($input: RescheduleBookingByTokenInput!) { rescheduleBookingByToken(input: $input) { start } }`;
const CANCEL_BY_TOKEN = `mutation($input: CancelBookingByTokenInput!) { cancelBookingByToken(input: $input) { status } }`;
const LOG = `query($filter: NotificationsFilter) { notifications(filter: $filter) {
  total items { id channel template recipient status skipReason attempts lastError messageId resendOfId } } }`;
const RESEND = `mutation($id: ID!) { resendNotification(id: $id) { id status resendOfId messageId } }`;

type Created = {
  createBooking: { manageToken: string; booking: { id: string; reference: string; start: string } };
};
type LogRow = {
  id: string;
  channel: string;
  template: string;
  recipient: string;
  status: string;
  skipReason: string | null;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  resendOfId: string | null;
};

let n = 0;
const contact = () => {
  n += 1;
  return {
    firstName: 'Jeanne',
    lastName: `Avis${n}`,
    email: `jeanne.avis${n}@exemple.fr`,
    phone: `+336${String(30000000 + n)}`,
  };
};

/** 10:00 in Paris on a date. */
const parisAt = (date: string, time = '10:00') => new Date(instantAt(date, time, PARIS));

/** The first date at least `from` days ahead whose UTC offset differs from the day before's (a DST change). */
function nextDstChange(from: number): string {
  const offset = (date: string) => Date.parse(`${date}T12:00:00Z`) - instantAt(date, '12:00', PARIS);
  const today = localDateOf(Date.now(), PARIS);
  for (let d = from; d < from + 400; d++) {
    const date = addDays(today, d);
    if (offset(date) !== offset(addDays(date, -1))) return date;
  }
  throw new Error('no DST change found');
}

/** The iCalendar property line (unfolded), e.g. DTSTART;TZID=Europe/Paris:20270329T100000. */
function icsLine(ics: string, name: string): string | undefined {
  const unfolded = ics.replace(/\r\n /g, '');
  // Properties of the event (the VTIMEZONE has DTSTARTs of its own), or of the calendar.
  const event = unfolded.includes('BEGIN:VEVENT')
    ? unfolded.slice(unfolded.indexOf('BEGIN:VEVENT'))
    : unfolded;
  const scope = name === 'METHOD' ? unfolded : event;
  return scope.split('\r\n').find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}

/** The instant a `DTSTART;TZID=Europe/Paris:YYYYMMDDTHHMMSS` line means. */
function icsInstant(line: string): number {
  const [params, value] = line.split(':');
  expect(params).toMatch(/;TZID=Europe\/Paris$/);
  return DateTime.fromFormat(value, "yyyyMMdd'T'HHmmss", { zone: 'Europe/Paris' }).toMillis();
}

describe('notifications', () => {
  let smtp: TestSmtpServer;
  let ovh: OvhFake;
  let t: TestApp;
  let db: DataSource;
  let queue: Bull.Queue;
  let service: string;
  let practitioner: string;
  let staffToken: string;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    ovh = await startOvhFake(OVH);
    // The official OVH client speaks HTTPS only: trust the fake's self-signed certificate in this process.
    https.globalAgent.options.ca = [ovh.certificate];
    t = await startTestApp({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Institut Test <rdv@institut-test.fr>',
        NOTIFICATION_ATTEMPTS: '3',
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
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60, booking_horizon_days = 500, cancellation_deadline_hours = 24',
    );
    const category = await createCategory(db);
    service = await createService(db, category, { minutes: 60 });
    practitioner = await createPractitioner(db, [service], 'Nina');
    staffToken = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    queue = new Bull(QUEUES.notifications, t.config.redisUrl, { prefix: `${t.config.redisPrefix}:bull` });
  });

  afterAll(async () => {
    await queue.close();
    await t.close();
    await smtp.stop();
    await ovh.close();
  });

  const book = async (start: Date, who = contact()) => {
    const data = await gqlOk<Created>(t.url, CREATE, {
      input: { serviceIds: [service], practitionerId: practitioner, start: start.toISOString(), client: who },
    });
    return { ...data.createBooking, email: who.email };
  };

  const mailsTo = (address: string, subjectStart: string) =>
    smtp.to(address).filter((m) => m.subject.startsWith(subjectStart));

  const oneMail = (address: string, subjectStart: string) =>
    waitFor(() => {
      const found = mailsTo(address, subjectStart);
      return found.length > 0 ? found[0] : false;
    }, `"${subjectStart}" to ${address}`);

  const log = async (filter: Record<string, unknown>) =>
    (await gqlOk<{ notifications: { total: number; items: LogRow[] } }>(t.url, LOG, { filter }, staffToken))
      .notifications.items;

  it('sends one French confirmation with the manage link and a calendar that is right in Paris on both sides of a DST change', async () => {
    const change = nextDstChange(3);
    const before = await book(parisAt(addDays(change, -2)));
    const after = await book(parisAt(addDays(change, 1)));
    for (const booking of [before, after]) {
      const mail: ReceivedMail = await oneMail(booking.email, 'Rendez-vous confirmé');
      const start = Date.parse(booking.booking.start);
      expect(mail.subject).toBe(
        `Rendez-vous confirmé le ${new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, dateStyle: 'full' }).format(start)} à 10:00 – Institut Test`,
      );
      const link = `https://rdv.institut-test.fr/rendez-vous/${booking.manageToken}`;
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(link);
      expect(mail.messageId).toMatch(/^<notification\.[0-9a-f-]{36}@institut-test\.fr>$/);
      const ics = mail.calendar ?? '';
      expect(icsLine(ics, 'METHOD')).toBe('METHOD:REQUEST');
      expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n');
      expect(icsLine(ics, 'UID')).toBe(`UID:${booking.booking.reference}@serenaia`);
      expect(icsLine(ics, 'SEQUENCE')).toBe('SEQUENCE:0');
      expect(icsLine(ics, 'DTSTART')).toMatch(/T100000$/);
      expect(icsInstant(icsLine(ics, 'DTSTART') as string)).toBe(start);
      expect(icsInstant(icsLine(ics, 'DTEND') as string)).toBe(start + 3600_000);
    }
    // The two 10:00 bookings are 3 days minus/plus one hour apart in UTC: the DST change is real.
    expect(Date.parse(after.booking.start) - Date.parse(before.booking.start)).not.toBe(3 * 86_400_000);

    // Exactly one confirmation per booking, even once every job has run; the log says SENT.
    await waitFor(
      async () =>
        (await log({ bookingId: before.booking.id, channel: 'EMAIL' })).every((r) => r.status === 'SENT'),
      'the log',
    );
    expect(mailsTo(before.email, 'Rendez-vous confirmé')).toHaveLength(1);
    const rows = await log({ bookingId: before.booking.id, channel: 'EMAIL', template: 'BOOKING_CONFIRMED' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'SENT', attempts: 1, recipient: before.email });
    expect(rows[0].messageId).toBe(mailsTo(before.email, 'Rendez-vous confirmé')[0].messageId);
    // And the institute hears of each online booking.
    await waitFor(
      () => smtp.to('contact@institut-test.fr').some((m) => m.subject.includes(`Avis${n - 1}`)),
      'the alert to the institute',
    );
  });

  it('moves the reminder with a reschedule, removes it on cancellation; the e-mails follow with SEQUENCE and METHOD:CANCEL', async () => {
    const today = localDateOf(Date.now(), PARIS);
    const first = parisAt(addDays(today, 4), '11:00');
    const booking = await book(first);
    const jobId = `reminder:${booking.booking.id}`;
    const scheduled = await waitFor(() => queue.getJob(jobId), 'the reminder job');
    expect(await scheduled.getState()).toBe('delayed');
    expect(scheduled.timestamp + (scheduled.opts.delay ?? 0)).toBe(first.getTime() - 24 * 3600_000);

    const second = parisAt(addDays(today, 6), '15:00');
    await gqlOk(t.url, MOVE_BY_TOKEN, { input: { token: booking.manageToken, start: second.toISOString() } });
    const moved = await waitFor(async () => {
      const job = await queue.getJob(jobId);
      return job !== null && (job.data as { startsAt: string }).startsAt === second.toISOString()
        ? job
        : false;
    }, 'the reminder to move');
    expect(moved.timestamp + (moved.opts.delay ?? 0)).toBe(second.getTime() - 24 * 3600_000);
    expect(await queue.getDelayed()).toEqual(
      expect.not.arrayContaining([
        expect.objectContaining({ data: { bookingId: booking.booking.id, startsAt: first.toISOString() } }),
      ]),
    );
    const movedMail = await oneMail(booking.email, 'Rendez-vous déplacé');
    expect(icsLine(movedMail.calendar ?? '', 'SEQUENCE')).toBe('SEQUENCE:1');
    expect(icsInstant(icsLine(movedMail.calendar ?? '', 'DTSTART') as string)).toBe(second.getTime());

    await gqlOk(t.url, CANCEL_BY_TOKEN, { input: { token: booking.manageToken } });
    await waitFor(async () => (await queue.getJob(jobId)) === null, 'the reminder to be removed');
    const cancelMail = await oneMail(booking.email, 'Rendez-vous du');
    expect(cancelMail.subject).toContain('annulé');
    expect(icsLine(cancelMail.calendar ?? '', 'METHOD')).toBe('METHOD:CANCEL');
    expect(icsLine(cancelMail.calendar ?? '', 'STATUS')).toBe('STATUS:CANCELLED');
    expect(icsLine(cancelMail.calendar ?? '', 'UID')).toBe(`UID:${booking.booking.reference}@serenaia`);
    expect(mailsTo(booking.email, 'Rendez-vous confirmé')).toHaveLength(1);
  });

  it('gives no reminder to a booking made 3 hours ahead', async () => {
    await db.query(
      'UPDATE working_hours SET start_minute = 0, end_minute = 1440 WHERE practitioner_id = $1',
      [practitioner],
    );
    const quarter = 15 * 60_000;
    const start = new Date(Math.ceil((Date.now() + 3 * 3600_000) / quarter) * quarter);
    const who = contact();
    const created = await gqlOk<{ createBooking: { booking: { id: string } } }>(
      t.url,
      CREATE,
      {
        input: {
          serviceIds: [service],
          practitionerId: practitioner,
          start: start.toISOString(),
          client: who,
        },
      },
      staffToken,
    );
    const id = created.createBooking.booking.id;
    // The sync job for this booking has run (it is the one that would have created the reminder).
    await waitFor(
      async () =>
        (await queue.getCompleted()).some(
          (j) => j.name === 'sync-reminder' && (j.data as { bookingId: string }).bookingId === id,
        ),
      'the reminder sync of the booking',
    );
    expect(await queue.getJob(`reminder:${id}`)).toBeNull();
    await oneMail(who.email, 'Rendez-vous confirmé');
  });

  it('records FAILED with the error when SMTP is down after the last retry, and a resend works once it is back', async () => {
    await smtp.stop();
    const booking = await book(parisAt(addDays(localDateOf(Date.now(), PARIS), 8)));
    const failed = await waitFor(async () => {
      const rows = await log({
        bookingId: booking.booking.id,
        template: 'BOOKING_CONFIRMED',
        channel: 'EMAIL',
      });
      return rows.find((r) => r.status === 'FAILED');
    }, 'the confirmation to fail');
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    expect(mailsTo(booking.email, 'Rendez-vous confirmé')).toHaveLength(0);

    await smtp.resume();
    const resent = (
      await gqlOk<{
        resendNotification: { id: string; status: string; resendOfId: string; messageId: string };
      }>(t.url, RESEND, { id: failed.id }, staffToken)
    ).resendNotification;
    expect(resent).toMatchObject({ status: 'QUEUED', resendOfId: failed.id });
    const mail = await oneMail(booking.email, 'Rendez-vous confirmé');
    expect(mail.messageId).toBe(resent.messageId);
    await waitFor(
      async () =>
        (
          await log({
            bookingId: booking.booking.id,
            status: 'SENT',
            template: 'BOOKING_CONFIRMED',
            channel: 'EMAIL',
          })
        ).length === 1,
      'the resend SENT',
    );
    // The failure stays in the log, visible.
    expect(
      (await log({ bookingId: booking.booking.id, status: 'FAILED', template: 'BOOKING_CONFIRMED' })).map(
        (r) => r.id,
      ),
    ).toEqual([failed.id]);
  });

  it('holds an SMS written at 22:30 until 08:00 the next morning', async () => {
    const booking = await book(parisAt(addDays(localDateOf(Date.now(), PARIS), 10)));
    const evening = addDays(localDateOf(Date.now(), PARIS), 1);
    const now = instantAt(evening, '22:30', PARIS);
    const morning = instantAt(addDays(evening, 1), '08:00', PARIS);
    const row = await t
      .get(TransactionRunner)
      .run((uow) =>
        t
          .get(NotificationService)
          .queue(uow, { template: 'BOOKING_CONFIRMED', channel: 'SMS', bookingId: booking.booking.id }, now),
      );
    expect(row?.status).toBe('QUEUED');
    expect(row?.scheduledFor.getTime()).toBe(morning);
    const job = await waitFor(() => queue.getJob(`notification:${row?.id}`), 'the SMS job');
    expect(await job.getState()).toBe('delayed');
    expect(job.opts.delay).toBe(morning - now);
    expect(morning - now).toBe(9.5 * 3600_000);
  });

  it('respects a client who refused service e-mails (SKIPPED with the reason)', async () => {
    const who = contact();
    await db.query(
      `INSERT INTO client (first_name, last_name, email, phone, service_email_opt_out) VALUES ($1, $2, $3, $4, true)`,
      [who.firstName, who.lastName, who.email, who.phone],
    );
    const booking = await book(parisAt(addDays(localDateOf(Date.now(), PARIS), 9)), who);
    const rows = await log({
      bookingId: booking.booking.id,
      channel: 'EMAIL',
      template: 'BOOKING_CONFIRMED',
    });
    expect(rows).toEqual([
      expect.objectContaining({
        status: 'SKIPPED',
        skipReason: 'La cliente ou le client a refusé les e-mails.',
      }),
    ]);
  });
});

describe('OVH SMS provider against the fake OVH API', () => {
  let ovh: OvhFake;

  beforeAll(async () => {
    ovh = await startOvhFake(OVH);
    https.globalAgent.options.ca = [ovh.certificate];
  });

  afterAll(async () => {
    await ovh.close();
  });

  const provider = (secret = OVH.appSecret) =>
    new OvhSmsProvider({
      endpoint: ovh.endpoint,
      appKey: OVH.appKey,
      appSecret: secret,
      consumerKey: OVH.consumerKey,
      smsService: OVH.service,
    });

  it('sends signed requests that the fake accepts, in 7-bit or 8-bit coding as the text needs', async () => {
    const id = await provider().send({
      to: '+33612345678',
      text: 'Institut Test : RDV confirmé',
      sender: 'InstitutT',
    });
    expect(ovh.jobs).toEqual([
      expect.objectContaining({
        receivers: ['+33612345678'],
        message: 'Institut Test : RDV confirmé',
        sender: 'InstitutT',
        coding: '7bit',
      }),
    ]);
    expect(id).toBe(String(ovh.jobs[0].id));

    const long = 'Votre soin est prévu demain, pensez à la fête : '.padEnd(200, '.');
    expect(smsLength(long)).toMatchObject({ encoding: 'UCS2', segments: 3 });
    await provider().send({ to: '+33612345678', text: long, sender: null });
    expect(ovh.jobs[1]).toMatchObject({ message: long, coding: '8bit' });
  });

  it('is refused with a wrong application secret (the signature is checked)', async () => {
    await expect(
      provider('wrong-secret').send({ to: '+33612345678', text: 'x', sender: null }),
    ).rejects.toThrow('OVH: 400 Invalid signature');
    expect(ovh.refused).toEqual([expect.objectContaining({ message: 'Invalid signature' })]);
  });
});
