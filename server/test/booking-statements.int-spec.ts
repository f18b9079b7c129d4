import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { gqlOk } from '@serenaia/test-support';
import { CreateBookingService } from '../src/booking/create-booking.service.js';
import {
  createCabin,
  createCabinType,
  createCategory,
  createPractitioner,
  createService,
  inDays,
} from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';

/**
 * The booking path's round trips (issue 10: a successful `createBooking` sends at most 8 SQL statements).
 * Every statement the pg driver sends is attributed, through AsyncLocalStorage, to the call that issued
 * it: a count, not a time.
 */
const statements = new AsyncLocalStorage<string[]>();
const originalQuery = pg.Client.prototype.query;

async function sqlOf(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  await statements.run(sent, work);
  // What the call sent before it answered (background work it started is not its own).
  return [...sent];
}

const VIEW = `id reference status source start end totalCents depositCents holdExpiresAt createdAt createdByName
  clientNote contactEmail contactPhone clientMatch possibleDuplicate paidCents cancelReason cancelledAt cancelledBy
  client { id firstName lastName email phone notes marketingConsent serviceEmailOptOut serviceSmsOptOut }
  payments { id }
  items { id serviceId serviceName color practitionerId practitionerName cabinId cabinName start end
          durationMinutes priceCents }`;

describe('createBooking round trips', () => {
  let t: TestApp;
  let db: DataSource;
  let simple: string;
  let cabinService: string;
  let nina: string;
  let staffToken: string;
  let n = 0;

  const online = { userId: null, staff: false };
  const contact = () => {
    n++;
    return {
      firstName: 'Compte',
      lastName: `Requêtes${n}`,
      email: `compte.${n}@exemple.fr`,
      phone: `06 45 ${String(10 + (n % 90)).padStart(2, '0')} 12 34`,
    };
  };

  beforeAll(async () => {
    pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
      const first = args[0] as string | { text?: string };
      statements.getStore()?.push(typeof first === 'string' ? first : (first?.text ?? '?'));
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof pg.Client.prototype.query;
    t = await startTestApp();
    db = t.dataSource;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60',
    );
    const category = await createCategory(db, '#336699');
    simple = await createService(db, category, { minutes: 60, bufferAfter: 10 });
    const type = await createCabinType(db);
    await createCabin(db, type);
    cabinService = await createService(db, category, { minutes: 45, cabinTypeId: type });
    nina = await createPractitioner(db, [simple, cabinService], 'Nina');
    staffToken = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
  });

  afterAll(async () => {
    pg.Client.prototype.query = originalQuery;
    await t.close();
  });

  it('books online in at most 8 statements: version, busy time, begin, client, booking, messages (read, write), commit', async () => {
    const bookings = t.get(CreateBookingService);
    // Warm: the first search loads the catalogue into the process cache.
    await bookings.create(
      { serviceIds: [simple], practitionerId: nina, start: inDays(3, '09:00'), client: contact() },
      online,
    );
    const booked = await sqlOf(() =>
      bookings.create(
        {
          serviceIds: [simple, cabinService],
          practitionerId: null,
          start: inDays(3, '11:00'),
          client: contact(),
        },
        online,
      ),
    );
    expect(booked.length).toBeGreaterThan(0);
    expect(booked.length).toBeLessThanOrEqual(8);
    expect(booked.filter((s) => /^\s*COMMIT/i.test(s))).toHaveLength(1);

    const [row] = await db.query(
      `SELECT count(*)::int AS items, count(r.id)::int AS reservations
         FROM booking b JOIN booking_item i ON i.booking_id = b.id LEFT JOIN reservation r ON r.booking_item_id = i.id
        WHERE b.starts_at = $1`,
      [inDays(3, '11:00')],
    );
    expect(row).toEqual({ items: 2, reservations: 2 });
  });

  it('answers a staff booking with exactly what reading it back shows', async () => {
    const created = await gqlOk<{ createBooking: { booking: Record<string, unknown> } }>(
      t.url,
      `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking { ${VIEW} } } }`,
      {
        input: {
          serviceIds: [simple, cabinService],
          practitionerId: nina,
          start: inDays(4, '14:00').toISOString(),
          client: contact(),
          note: '  Allergie au latex  ',
        },
      },
      staffToken,
    );
    const booking = created.createBooking.booking;
    const read = await gqlOk<{ booking: Record<string, unknown> }>(
      t.url,
      `query($id: ID!) { booking(id: $id) { ${VIEW} } }`,
      { id: booking.id },
      staffToken,
    );
    expect(booking).toEqual(read.booking);
    expect(booking.createdByName).not.toBeNull();
    expect((booking.items as { color: string; cabinName: string | null }[]).map((i) => i.color)).toEqual([
      '#336699',
      '#336699',
    ]);
  });
});
