/**
 * Bad input at the root (issue: NUL bytes, explicit nulls, impossible dates, blank names, English
 * messages): each answer is a French BAD_USER_INPUT naming the field, and nothing is written.
 */
import type { DataSource } from 'typeorm';
import { createCategory, createPractitioner, createService, inDays } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gql, gqlOk, type GqlResponse } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/app.js';

const CREATE = `mutation C($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } } }`;
const UPSERT_CLIENT = `mutation U($input: UpsertClientInput!) { upsertClient(input: $input) { id firstName email } }`;
const UPDATE_INSTITUTE = `mutation I($input: UpdateInstituteInput!) { updateInstitute(input: $input) { name siret vatNumber } }`;
const UPDATE_BOOKING_SETTINGS = `mutation B($input: UpdateBookingSettingsInput!) {
  updateBookingSettings(input: $input) { bookingHorizonDays } }`;
const UPSERT_SERVICE = `mutation S($input: UpsertServiceInput!) { upsertService(input: $input) { id } }`;
const UPSERT_CABIN_TYPE = `mutation T($input: UpsertCabinTypeInput!) { upsertCabinType(input: $input) { id } }`;
const SET_HOURS = `mutation H($input: SetWorkingHoursInput!) { setWorkingHours(input: $input) { weekday } }`;
const PAYMENT_SETTINGS = `mutation P($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { staffCanRefund } }`;

/** Words graphql-js and class-validator use in their English messages. */
const ENGLISH = /\b(must|should|cannot|expected|invalid value|not provided|shorter|longer|elements)\b/i;

function expectBadInput(res: GqlResponse<unknown>, field: string): void {
  expect(res.status).toBeLessThan(500);
  const error = res.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error?.message).not.toMatch(ENGLISH);
  const fields = (error?.extensions?.fields ?? []) as { field: string; message: string }[];
  expect(fields.map((f) => f.field)).toContain(field);
  for (const f of fields) expect(f.message).not.toMatch(ENGLISH);
}

describe('bad input is refused at the root, in French, and writes nothing', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let serviceId: string;
  let categoryId: string;
  let practitionerId: string;

  const count = async (table: string): Promise<number> =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    db = t.dataSource;
    await insertInstitute(db);
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    categoryId = await createCategory(db);
    serviceId = await createService(db, categoryId);
    practitionerId = await createPractitioner(db, [serviceId]);
  });

  afterAll(async () => {
    await t.close();
  });

  const booking = (overrides: Record<string, unknown> = {}, client: Record<string, unknown> = {}) => ({
    serviceIds: [serviceId],
    practitionerId,
    start: inDays(3, '10:00').toISOString(),
    client: {
      firstName: 'Hélène',
      lastName: 'Durand',
      email: 'helene@exemple.fr',
      phone: '0612345678',
      ...client,
    },
    ...overrides,
  });

  it('refuses a NUL or another control character in any text, anonymously, naming the field', async () => {
    for (const [input, field] of [
      [booking({ note: 'Allergie\u0000' }), 'input.note'],
      [booking({}, { lastName: 'Du\u0000rand' }), 'input.client.lastName'],
      [booking({}, { firstName: 'Hé\u001blène' }), 'input.client.firstName'],
      // C1 controls: what Windows-1252 text decoded as Latin-1 leaves (here a mangled apostrophe).
      [booking({ note: 'Pas d\u0092huile' }), 'input.note'],
    ] as const) {
      expectBadInput(await gql(t.url, CREATE, { input }), field);
    }
    expect(await count('booking')).toBe(0);
    expect(await count('client')).toBe(0);
  });

  it('keeps line breaks in a note and trims names', async () => {
    const data = await gqlOk<{ createBooking: { booking: { id: string } } }>(t.url, CREATE, {
      input: booking({ note: '  Peau sensible.\nArrivera en avance.  ' }, { firstName: '  Hélène ' }),
    });
    const [row] = await db.query(
      'SELECT b.client_note AS note, c.first_name FROM booking b JOIN client c ON c.id = b.client_id WHERE b.id = $1',
      [data.createBooking.booking.id],
    );
    expect(row).toEqual({ note: 'Peau sensible.\nArrivera en avance.', first_name: 'Hélène' });
  });

  it('refuses instants that are out of range, impossible or without an offset', async () => {
    const before = await count('booking');
    for (const start of [
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2027-02-31T10:00:00.000Z',
      '2027-01-05T10:00:00',
      '05/01/2027 10:00',
    ]) {
      const res = await gql(t.url, CREATE, { input: booking({ start }) });
      expectBadInput(res, 'input.start');
      expect(res.errors?.[0]?.message).toMatch(/^(Date et heure invalides|La date doit être comprise)/);
    }
    expect(await count('booking')).toBe(before);
  });

  it('refuses blank names everywhere they are required', async () => {
    expectBadInput(
      await gql(t.url, CREATE, { input: booking({}, { firstName: '   ' }) }),
      'input.client.firstName',
    );
    expectBadInput(
      await gql(t.url, UPSERT_CLIENT, { input: { firstName: ' ', lastName: 'Durand' } }, { token: admin }),
      'input.firstName',
    );
    expectBadInput(
      await gql(t.url, UPSERT_CABIN_TYPE, { input: { name: '\t ' } }, { token: admin }),
      'input.name',
    );
    expectBadInput(
      await gql(
        t.url,
        UPSERT_SERVICE,
        { input: { categoryId, name: '  ', durationMinutes: 30, priceCents: 1000 } },
        { token: admin },
      ),
      'input.name',
    );
    expectBadInput(
      await gql(t.url, UPDATE_INSTITUTE, { input: { city: '   ' } }, { token: admin }),
      'input.city',
    );
  });

  it('caps text that declares no length', async () => {
    expectBadInput(
      await gql(t.url, UPSERT_CABIN_TYPE, { input: { name: 'x'.repeat(100_000) } }, { token: admin }),
      'input.name',
    );
  });

  it('decides what an explicit null means: clears a nullable value, else a French error naming the field', async () => {
    expectBadInput(
      await gql(
        t.url,
        UPSERT_CLIENT,
        { input: { id: null, firstName: 'A', lastName: 'B' } },
        { token: admin },
      ),
      'input.id',
    );
    expectBadInput(
      await gql(t.url, UPDATE_INSTITUTE, { input: { siret: null } }, { token: admin }),
      'input.siret',
    );
    expectBadInput(
      await gql(t.url, UPDATE_BOOKING_SETTINGS, { input: { bookingHorizonDays: null } }, { token: admin }),
      'input.bookingHorizonDays',
    );
    const cleared = await gqlOk<{ updateInstitute: { vatNumber: string | null } }>(
      t.url,
      UPDATE_INSTITUTE,
      { input: { vatNumber: null } },
      admin,
    );
    expect(cleared.updateInstitute.vatNumber).toBeNull();
  });

  it('speaks French about numbers, lengths and list sizes, naming the field', async () => {
    expectBadInput(
      await gql(
        t.url,
        UPSERT_SERVICE,
        { input: { categoryId, name: 'Soin', durationMinutes: 30, priceCents: 1000, position: -1 } },
        { token: admin },
      ),
      'input.position',
    );
    expectBadInput(
      await gql(
        t.url,
        PAYMENT_SETTINGS,
        { input: { stripeSecretKey: `sk_test_${'x'.repeat(400)}` } },
        { token: admin },
      ),
      'input.stripeSecretKey',
    );
    const rules = Array.from({ length: 71 }, (_, i) => ({
      weekday: (i % 7) + 1,
      start: '09:00',
      end: '10:00',
    }));
    expectBadInput(
      await gql(t.url, SET_HOURS, { input: { practitionerId, rules } }, { token: admin }),
      'input.rules',
    );
    // graphql-js's own coercion errors, mapped at the root:
    expectBadInput(
      await gql(t.url, UPDATE_BOOKING_SETTINGS, { input: { bookingHorizonDays: 1.5 } }, { token: admin }),
      'input.bookingHorizonDays',
    );
    expectBadInput(
      await gql(
        t.url,
        UPDATE_BOOKING_SETTINGS,
        { input: { bookingHorizonDays: 'soixante' } },
        { token: admin },
      ),
      'input.bookingHorizonDays',
    );
    expectBadInput(await gql(t.url, CREATE, { input: { serviceIds: [serviceId] } }), 'input.start');
  });
});
