/**
 * Closures over a date range (createClosures): one all-day CLOSED exception per date, for the institute or
 * one practitioner; the slot search then offers nothing on those dates. Bad ranges are refused on their
 * field, in French, and nothing is written.
 */
import type { DataSource } from 'typeorm';
import { addDays } from '../src/common/time.js';
import {
  createCategory,
  createPractitioner,
  createService,
  inDays,
  parisDate,
} from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql, gqlOk } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

const SLOTS = `query S($input: AvailableSlotsInput!) { availableSlots(input: $input) { start practitionerId } }`;
const CREATE = `mutation C($input: CreateClosuresInput!) {
  createClosures(input: $input) { id practitionerId date kind start end reason }
}`;

describe('createClosures', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let service: string;
  let alice: string;
  let bruno: string;

  /** The Paris dates on which `practitionerId` is offered a slot, from day +from to day +to. */
  const slotDays = async (practitionerId: string, from: number, to: number): Promise<string[]> => {
    const data = await gqlOk<{ availableSlots: { start: string }[] }>(t.url, SLOTS, {
      input: {
        serviceIds: [service],
        practitionerId,
        from: inDays(from, '00:00').toISOString(),
        to: inDays(to + 1, '00:00').toISOString(),
      },
    });
    return [...new Set(data.availableSlots.map((slot) => parisDate(new Date(slot.start))))];
  };
  const day = (n: number) => parisDate(inDays(n, '12:00'));

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 0, slot_granularity_minutes = 60',
    );
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    service = await createService(db, await createCategory(db), { minutes: 60 });
    alice = await createPractitioner(db, [service], 'Alice');
    bruno = await createPractitioner(db, [service], 'Bruno');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('closes the institute date by date: no slot on those days, the days around untouched', async () => {
    const [d3, d4, d5] = [3, 4, 5].map(day);
    const data = await gqlOk<{ createClosures: { date: string; practitionerId: string | null }[] }>(
      t.url,
      CREATE,
      { input: { from: d3, to: d4, reason: '  Inventaire ' } },
      admin,
    );
    expect(data.createClosures).toEqual([
      expect.objectContaining({
        date: d3,
        practitionerId: null,
        kind: 'CLOSED',
        start: null,
        reason: 'Inventaire',
      }),
      expect.objectContaining({
        date: d4,
        practitionerId: null,
        kind: 'CLOSED',
        start: null,
        reason: 'Inventaire',
      }),
    ]);
    expect(await slotDays(alice, 2, 5)).toEqual([day(2), d5]);
    expect(await slotDays(bruno, 2, 5)).toEqual([day(2), d5]);
  });

  it("a practitioner's leave removes only her slots; closing again adds nothing", async () => {
    const [d6, d7] = [6, 7].map(day);
    const input = { practitionerId: alice, from: d6, to: d7, reason: 'Congés' };
    const first = await gqlOk<{ createClosures: { id: string }[] }>(t.url, CREATE, { input }, admin);
    expect(first.createClosures).toHaveLength(2);
    const again = await gqlOk<{ createClosures: { id: string }[] }>(
      t.url,
      CREATE,
      { input: { ...input, from: addDays(d6, -1) } },
      admin,
    );
    expect(again.createClosures.map((e) => e.id)).toEqual(
      expect.arrayContaining(first.createClosures.map((e) => e.id)),
    );
    expect(again.createClosures).toHaveLength(3);
    expect(await slotDays(alice, 4, 8)).toEqual([day(8)]); // day 4: the institute; day 5 to 7: her leave
    expect(await slotDays(bruno, 4, 8)).toEqual([day(5), d6, d7, day(8)]);
  });

  it.each([
    [
      { from: '2030-01-01', to: '2030-03-04' },
      'input.to',
      'Une fermeture dure au plus 62 jours (ici 63) : découpez-la.',
    ],
    [
      { from: '2030-01-02', to: '2030-01-01' },
      'input.to',
      'La date de fin doit être le même jour ou après la date de début.',
    ],
    [
      { from: '2030-02-30', to: '2030-03-01' },
      'input.from',
      'Date invalide : utilisez le format AAAA-MM-JJ (par exemple 2026-12-24).',
    ],
  ])('refuses %j on its field, in French, writing nothing', async (range, field, message) => {
    const before = await db.query('SELECT count(*)::int AS n FROM availability_exception');
    const res = await gql(t.url, CREATE, { input: range }, { token: admin });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field, message }]);
    expect(await db.query('SELECT count(*)::int AS n FROM availability_exception')).toEqual(before);
  });

  it('an unknown practitioner is NOT_FOUND', async () => {
    const res = await gql(
      t.url,
      CREATE,
      {
        input: {
          practitionerId: '00000000-0000-4000-8000-000000000000',
          from: '2030-01-01',
          to: '2030-01-01',
        },
      },
      { token: admin },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
