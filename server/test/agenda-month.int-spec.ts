import type { DataSource } from 'typeorm';
import { gql, gqlOk } from '@serenaia/test-support';
import { createCategory, createPractitioner, createService } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';

const MONTH = `query Month($month: String!, $practitionerIds: [ID!]) {
  agendaMonth(month: $month, practitionerIds: $practitionerIds) {
    month
    practitioners { id }
    days { day bookings { id start status clientName practitionerIds color } }
  }
}`;

interface MonthBooking {
  id: string;
  start: string;
  status: string;
  clientName: string;
  practitionerIds: string[];
  color: string;
}
interface MonthResult {
  agendaMonth: {
    month: string;
    practitioners: { id: string }[];
    days: { day: string; bookings: MonthBooking[] }[];
  };
}

describe('agendaMonth', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let serviceId: string;
  let camille: string;
  let lea: string;
  let clientId: string;

  /** A one-item booking starting at a UTC instant. */
  async function book(startsAt: string, practitionerId = camille, status = 'CONFIRMED'): Promise<string> {
    const [booking] = await db.query<{ id: string }[]>(
      `INSERT INTO booking (reference, client_id, status, source, starts_at, ends_at)
       VALUES (substr(md5(random()::text), 1, 8), $1, $2, 'STAFF', $3, $3::timestamptz + interval '30 minutes')
       RETURNING id`,
      [clientId, status, startsAt],
    );
    await db.query(
      `INSERT INTO booking_item (booking_id, position, service_id, practitioner_id, starts_at, ends_at, service_name,
                                 duration_minutes, price_cents, vat_rate_bp, buffer_before_minutes, buffer_after_minutes)
       VALUES ($1, 0, $2, $3, $4, $4::timestamptz + interval '30 minutes', 'Soin éclat', 30, 4500, 2000, 0, 0)`,
      [booking.id, serviceId, practitionerId, startsAt],
    );
    return booking.id;
  }

  const month = async (variables: Record<string, unknown>) =>
    (await gqlOk<MonthResult>(t.url, MONTH, variables, staff)).agendaMonth;
  const counts = (days: { day: string; bookings: unknown[] }[]) =>
    Object.fromEntries(days.filter((d) => d.bookings.length > 0).map((d) => [d.day, d.bookings.length]));

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    await insertInstitute(db);
    const user = await createUser(db, 'STAFF');
    staff = (await loginAs(t.url, user)).accessToken;
    serviceId = await createService(db, await createCategory(db, '#123456'));
    camille = await createPractitioner(db, [serviceId], 'Camille');
    lea = await createPractitioner(db, [serviceId], 'Léa');
    const [client] = await db.query<{ id: string }[]>(
      `INSERT INTO client (first_name, last_name, email) VALUES ('Julie', 'martin', 'julie.m@exemple.fr') RETURNING id`,
    );
    clientId = client.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('sums up each Paris day of the weeks a DST month spans, cancelled bookings included', async () => {
    // March 2027: Monday 1st to Wednesday 31st, so Monday 1 March to Sunday 4 April; summer time from 28 March.
    await book('2027-02-28T22:30:00Z'); // 23:30 on Sunday 28 February in Paris: before the grid
    const first = await book('2027-02-28T23:30:00Z'); // 00:30 on 1 March in Paris (UTC+1)
    await book('2027-03-15T09:00:00Z', camille, 'CANCELLED');
    await book('2027-03-15T10:00:00Z', lea);
    await book('2027-03-28T21:30:00Z'); // 23:30 on 28 March in Paris (UTC+2 since 03:00 that day)
    await book('2027-03-28T22:30:00Z'); // 00:30 on 29 March in Paris
    await book('2027-04-04T21:30:00Z'); // 23:30 on Sunday 4 April in Paris: the grid's last day
    await book('2027-04-04T22:30:00Z'); // 00:30 on Monday 5 April: after the grid

    const result = await month({ month: '2027-03' });
    expect(result.month).toBe('2027-03');
    expect(result.days).toHaveLength(35);
    expect(result.days[0]?.day).toBe('2027-03-01');
    expect(result.days[34]?.day).toBe('2027-04-04');
    expect(counts(result.days)).toEqual({
      '2027-03-01': 1,
      '2027-03-15': 2,
      '2027-03-28': 1,
      '2027-03-29': 1,
      '2027-04-04': 1,
    });
    expect(result.days[0]?.bookings[0]).toEqual({
      id: first,
      start: '2027-02-28T23:30:00.000Z',
      status: 'CONFIRMED',
      clientName: 'Julie M.',
      practitionerIds: [camille],
      color: '#123456',
    });
    expect(result.days[14]?.bookings.map((b) => b.status)).toEqual(['CANCELLED', 'CONFIRMED']);
    expect(result.practitioners.map((p) => p.id)).toEqual(expect.arrayContaining([camille, lea]));

    const leaOnly = await month({ month: '2027-03', practitionerIds: [lea] });
    expect(counts(leaOnly.days)).toEqual({ '2027-03-15': 1 });
    expect(leaOnly.practitioners.map((p) => p.id)).toEqual([lea]);
  });

  it('spans whole weeks across the October change back to winter time', async () => {
    // October 2027: Friday 1st to Sunday 31st (winter time from 03:00 on the 31st): 27 September to 31 October.
    await book('2027-09-26T21:30:00Z'); // 23:30 on Sunday 26 September in Paris: before the grid
    await book('2027-09-26T22:30:00Z'); // 00:30 on Monday 27 September
    await book('2027-10-31T22:30:00Z'); // 23:30 on 31 October in Paris (UTC+1)
    await book('2027-10-31T23:30:00Z'); // 00:30 on 1 November: after the grid
    const result = await month({ month: '2027-10' });
    expect(result.days).toHaveLength(35);
    expect(counts(result.days)).toEqual({ '2027-09-27': 1, '2027-10-31': 1 });
  });

  it('refuses a malformed month, naming the field', async () => {
    const res = await gql(t.url, MONTH, { month: '2027-13' }, { token: staff });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Mois invalide (AAAA-MM attendu).',
      extensions: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'month' })] },
    });
  });
});
