/**
 * Blocked slots (blockSlot / unblockSlot): a block takes its time out of the slot search like a booking,
 * an overlapping block is refused in French and writes nothing, unblocking gives the time back, and an
 * unknown practitioner, cabin or block is NOT_FOUND.
 */
import type { DataSource } from 'typeorm';
import { createCategory, createPractitioner, createService, inDays } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql, gqlOk } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

const SLOTS = `query S($input: AvailableSlotsInput!) { availableSlots(input: $input) { start } }`;
const BLOCK = `mutation B($input: BlockSlotInput!) {
  blockSlot(input: $input) { id practitionerId cabinId start end reason }
}`;
const UNBLOCK = `mutation U($id: ID!) { unblockSlot(id: $id) { id practitionerId start end } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('blocked slots', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let service: string;
  let alice: string;

  /** The starts (ISO) offered to Alice on day +3. */
  const starts = async (): Promise<string[]> => {
    const data = await gqlOk<{ availableSlots: { start: string }[] }>(
      t.url,
      SLOTS,
      {
        input: {
          serviceIds: [service],
          practitionerId: alice,
          from: inDays(3, '00:00').toISOString(),
          to: inDays(4, '00:00').toISOString(),
        },
      },
      staff,
    );
    return data.availableSlots.map((slot) => new Date(slot.start).toISOString());
  };
  const blocks = async (): Promise<number> =>
    (await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM blocked_slot'))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 0, slot_granularity_minutes = 60',
    );
    staff = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    service = await createService(db, await createCategory(db), { minutes: 60 });
    alice = await createPractitioner(db, [service], 'Alice');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('takes the time out of the search, refuses an overlapping block and gives the time back', async () => {
    const ten = inDays(3, '10:00').toISOString();
    const eleven = inDays(3, '11:00').toISOString();
    const nine = inDays(3, '09:00').toISOString();
    expect(await starts()).toEqual(expect.arrayContaining([nine, ten, eleven]));

    const blocked = await gqlOk<{ blockSlot: { id: string; practitionerId: string; reason: string } }>(
      t.url,
      BLOCK,
      {
        input: {
          practitionerId: alice,
          start: ten,
          end: inDays(3, '12:00').toISOString(),
          reason: '  Formation ',
        },
      },
      staff,
    );
    expect(blocked.blockSlot).toEqual(
      expect.objectContaining({ practitionerId: alice, cabinId: null, reason: 'Formation' }),
    );
    const during = await starts();
    expect(during).toContain(nine);
    expect(during).not.toContain(ten);
    expect(during).not.toContain(eleven);

    const before = await blocks();
    const clash = await gql(
      t.url,
      BLOCK,
      {
        input: {
          practitionerId: alice,
          start: inDays(3, '11:30').toISOString(),
          end: inDays(3, '12:30').toISOString(),
        },
      },
      { token: staff },
    );
    expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(clash.errors?.[0]?.message).toBe(
      'Ce praticien a déjà un rendez-vous ou un blocage sur ce créneau.',
    );
    expect(await blocks()).toBe(before);

    const removed = await gqlOk<{ unblockSlot: { id: string; practitionerId: string } }>(
      t.url,
      UNBLOCK,
      { id: blocked.blockSlot.id },
      staff,
    );
    expect(removed.unblockSlot).toEqual(
      expect.objectContaining({ id: blocked.blockSlot.id, practitionerId: alice }),
    );
    expect(await starts()).toEqual(expect.arrayContaining([nine, ten, eleven]));

    const again = await gql(t.url, UNBLOCK, { id: blocked.blockSlot.id }, { token: staff });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(again.errors?.[0]?.message).toBe('Ce blocage n’existe plus.');
  });

  it.each([
    ['practitionerId', 'Praticien introuvable.'],
    ['cabinId', 'Cabine introuvable.'],
  ])('an unknown %s is NOT_FOUND and writes nothing', async (field, message) => {
    const before = await blocks();
    const res = await gql(
      t.url,
      BLOCK,
      {
        input: {
          [field]: UNKNOWN,
          start: inDays(5, '10:00').toISOString(),
          end: inDays(5, '11:00').toISOString(),
        },
      },
      { token: staff },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toBe(message);
    expect(await blocks()).toBe(before);
  });
});
