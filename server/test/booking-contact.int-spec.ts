/**
 * Whose address a booking's messages go to. An online booking joins an existing client when the
 * e-mail is the client's, or when phone and name are (a family often shares a phone). In the second
 * case the e-mail typed may be another one: the person who booked must get the confirmation there,
 * the client record keeps its own address, and staff see a possible duplicate to check.
 * Real SMTP server; the booking days are counted from today at 10:00 Paris (every day is open).
 */
import type { DataSource } from 'typeorm';
import { TIME_ZONE, addDays, instantAt, localDateOf } from '@serenaia/shared/paris-time';
import { createCategory, createPractitioner, createService } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gqlOk, TestSmtpServer } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const PARIS = TIME_ZONE;
const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking {
  id client { id email phone } contactEmail contactPhone clientMatch possibleDuplicate } } }`;
const BOOKING = `query($id: ID!) { booking(id: $id) {
  id client { id email phone } contactEmail contactPhone clientMatch possibleDuplicate } }`;
const UPSERT = `mutation($input: UpsertClientInput!) { upsertClient(input: $input) { id email phone } }`;
const CLIENT = `query($id: ID!) { client(id: $id) { id firstName lastName email phone } }`;
const LOG = `query($filter: NotificationsFilter) { notifications(filter: $filter) {
  items { channel template recipient status skipReason } } }`;

type BookingRow = {
  id: string;
  client: { id: string; email: string | null; phone: string | null };
  contactEmail: string | null;
  contactPhone: string | null;
  clientMatch: string | null;
  possibleDuplicate: boolean | null;
};
type LogRow = { channel: string; template: string; recipient: string; status: string; skipReason: string };

describe('booking contact: the person who booked gets the messages at the address they typed', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let db: DataSource;
  let service: string;
  let practitioner: string;
  let staff: string;
  let day = 3;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Institut Test <rdv@institut-test.fr>',
        NOTIFICATION_BACKOFF_MS: '100',
        PUBLIC_URL: 'https://rdv.institut-test.fr',
      },
    });
    db = t.dataSource;
    await insertInstitute(db);
    await db.query(`UPDATE institute SET email = 'contact@institut-test.fr'`);
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60, booking_horizon_days = 500',
    );
    service = await createService(db, await createCategory(db), { minutes: 60 });
    practitioner = await createPractitioner(db, [service], 'Nina');
    staff = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /** A booking at 10:00 Paris on a day of its own; online unless a token is given. */
  const book = async (input: Record<string, unknown>, token?: string) => {
    day += 1;
    const start = new Date(instantAt(addDays(localDateOf(Date.now(), PARIS), day), '10:00', PARIS));
    return (
      await gqlOk<{ createBooking: { booking: BookingRow } }>(
        t.url,
        CREATE,
        {
          input: {
            serviceIds: [service],
            practitionerId: practitioner,
            start: start.toISOString(),
            ...input,
          },
        },
        token,
      )
    ).createBooking.booking;
  };
  const staffView = async (id: string) =>
    (await gqlOk<{ booking: BookingRow }>(t.url, BOOKING, { id }, staff)).booking;
  const client = async (id: string) =>
    (await gqlOk<{ client: Record<string, unknown> }>(t.url, CLIENT, { id }, staff)).client;
  const existingClient = async (input: Record<string, unknown>) =>
    (await gqlOk<{ upsertClient: { id: string } }>(t.url, UPSERT, { input }, staff)).upsertClient.id;
  /** The booking's messages once none is waiting any more. */
  const settled = (bookingId: string) =>
    waitFor(async () => {
      const rows = (
        await gqlOk<{ notifications: { items: LogRow[] } }>(t.url, LOG, { filter: { bookingId } }, staff)
      ).notifications.items;
      return rows.length > 0 && rows.every((r) => r.status !== 'QUEUED') ? rows : false;
    }, 'the booking’s messages to settle');

  it('matched by phone and name with another e-mail: confirmation to the typed address, record untouched, flagged for staff', async () => {
    const clientId = await existingClient({
      firstName: 'Maëlle',
      lastName: 'Durand',
      email: 'maelle.a@exemple.fr',
      phone: '06 41 00 00 01',
    });

    // The same person (or a relative on the same phone) books online with another address.
    const created = await book({
      client: {
        firstName: 'maelle',
        lastName: 'DURAND',
        email: 'Maelle.B@Exemple.fr',
        phone: '+33641000001',
      },
    });

    const rows = await settled(created.id);
    expect(rows.find((r) => r.template === 'BOOKING_CONFIRMED' && r.channel === 'EMAIL')).toMatchObject({
      status: 'SENT',
      recipient: 'maelle.b@exemple.fr',
    });
    const confirmation = await waitFor(
      () => smtp.to('maelle.b@exemple.fr').find((m) => m.subject.startsWith('Rendez-vous confirmé')) ?? false,
      'the confirmation at the typed address',
    );
    expect(confirmation.text).toContain('Bonjour Maëlle');
    // Nothing about this booking went to the address on file.
    expect(smtp.to('maelle.a@exemple.fr')).toEqual([]);
    expect(rows.filter((r) => r.recipient === 'maelle.a@exemple.fr')).toEqual([]);

    // The booking joined the existing client, whose record keeps its own address.
    expect(await client(clientId)).toMatchObject({ email: 'maelle.a@exemple.fr', phone: '+33641000001' });
    expect(await staffView(created.id)).toEqual({
      id: created.id,
      client: { id: clientId, email: 'maelle.a@exemple.fr', phone: '+33641000001' },
      contactEmail: 'maelle.b@exemple.fr',
      contactPhone: '+33641000001',
      clientMatch: 'PHONE_AND_NAME',
      possibleDuplicate: true,
    });
    // The institute's alert says so, and replies go to the person who booked.
    const alert = await waitFor(
      () => smtp.to('contact@institut-test.fr').find((m) => m.text.includes('Durand')) ?? false,
      'the institute’s alert',
    );
    expect(alert.text).toContain('À vérifier');
    expect(alert.text).toContain('maelle.b@exemple.fr');
    expect(alert.parsed.replyTo?.value[0]?.address).toBe('maelle.b@exemple.fr');

    // The online booker sees back what they typed, and nothing about the record or the match.
    expect(created).toMatchObject({
      client: { email: 'maelle.b@exemple.fr' },
      contactEmail: 'maelle.b@exemple.fr',
      clientMatch: null,
      possibleDuplicate: null,
    });

    // Once staff put the typed address on the record (same person), the question is settled.
    await gqlOk(
      t.url,
      UPSERT,
      { input: { id: clientId, firstName: 'Maëlle', lastName: 'Durand', email: 'maelle.b@exemple.fr' } },
      staff,
    );
    expect(await staffView(created.id)).toMatchObject({ possibleDuplicate: false });
  });

  it('matched by e-mail: the same client, no question, messages to that address', async () => {
    const clientId = await existingClient({
      firstName: 'Inès',
      lastName: 'Bernard',
      email: 'ines.bernard@exemple.fr',
      phone: '06 41 00 00 02',
    });
    const created = await book({
      client: {
        firstName: 'Inès',
        lastName: 'Bernard',
        email: 'ines.bernard@exemple.fr',
        phone: '0641000099',
      },
    });
    expect(await staffView(created.id)).toMatchObject({
      client: { id: clientId, phone: '+33641000002' },
      contactEmail: 'ines.bernard@exemple.fr',
      contactPhone: '+33641000099',
      clientMatch: 'EMAIL',
      possibleDuplicate: false,
    });
    const rows = await settled(created.id);
    expect(rows.find((r) => r.template === 'BOOKING_CONFIRMED' && r.channel === 'EMAIL')).toMatchObject({
      status: 'SENT',
      recipient: 'ines.bernard@exemple.fr',
    });
  });

  it('matched by phone and name when the record had no e-mail: the address is filled in, no question', async () => {
    const clientId = await existingClient({ firstName: 'Zoé', lastName: 'Petit', phone: '06 41 00 00 03' });
    const created = await book({
      client: { firstName: 'Zoé', lastName: 'Petit', email: 'zoe.petit@exemple.fr', phone: '06 41 00 00 03' },
    });
    expect(await client(clientId)).toMatchObject({ email: 'zoe.petit@exemple.fr' });
    expect(await staffView(created.id)).toMatchObject({
      client: { id: clientId },
      clientMatch: 'PHONE_AND_NAME',
      possibleDuplicate: false,
    });
  });

  it('staff picking a client: no contact of its own, messages to the client’s stored address', async () => {
    const clientId = await existingClient({
      firstName: 'Léa',
      lastName: 'Moreau',
      email: 'lea.moreau@exemple.fr',
      phone: '06 41 00 00 04',
    });
    const created = await book({ clientId }, staff);
    expect(created).toMatchObject({
      contactEmail: null,
      contactPhone: null,
      clientMatch: 'CHOSEN_BY_STAFF',
      possibleDuplicate: false,
    });
    const rows = await settled(created.id);
    expect(rows.find((r) => r.template === 'BOOKING_CONFIRMED' && r.channel === 'EMAIL')).toMatchObject({
      status: 'SENT',
      recipient: 'lea.moreau@exemple.fr',
    });
  });
});
