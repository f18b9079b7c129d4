/**
 * Each process keeps the settings, catalogue, working hours and exceptions the slot search reads in a cache
 * checked against `availability_version` (moved by triggers in the writing transaction). Two app processes on
 * one database and one Redis: a change made through one is seen by the other's next search, whoever wrote it,
 * and stopping or restarting Redis leaves no stale copy behind.
 */
import type { DataSource } from 'typeorm';
import {
  createCategory,
  createPractitioner,
  createService,
  inDays,
  parisDate,
} from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { gqlOk } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';
import { PrivateRedis } from './support/redis-server.js';

const SLOTS = `query S($input: AvailableSlotsInput!) { availableSlots(input: $input) { start practitionerId } }`;
const SET_HOURS = `mutation H($input: SetWorkingHoursInput!) { setWorkingHours(input: $input) { weekday } }`;
const UPSERT_EXCEPTION = `mutation E($input: UpsertAvailabilityExceptionInput!) {
  upsertAvailabilityException(input: $input) { id }
}`;

const everyDay = (start: string, end: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));

describe('availability cache across processes', () => {
  let redis: PrivateRedis;
  let a: TestApp;
  let b: TestApp;
  let db: DataSource;
  let adminToken: string;
  let service: string;
  let practitioner: string;

  /** The starts B offers on day +3, as Paris wall times. */
  const startsOnB = async (): Promise<string[]> => {
    const data = await gqlOk<{ availableSlots: { start: string }[] }>(b.url, SLOTS, {
      input: {
        serviceIds: [service],
        practitionerId: practitioner,
        from: inDays(3, '00:00').toISOString(),
        to: inDays(4, '00:00').toISOString(),
      },
    });
    return data.availableSlots.map((s) =>
      new Date(s.start).toLocaleTimeString('fr-FR', {
        timeZone: 'Europe/Paris',
        hour: '2-digit',
        minute: '2-digit',
      }),
    );
  };

  const setHoursThroughA = (start: string, end: string) =>
    gqlOk(
      a.url,
      SET_HOURS,
      { input: { practitionerId: practitioner, rules: everyDay(start, end) } },
      adminToken,
    );

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    a = await startTestApp({ env: { REDIS_URL: redis.url } });
    b = await startTestApp({ db: a.db, env: { REDIS_URL: redis.url } });
    db = a.dataSource;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60, slot_granularity_minutes = 60',
    );
    adminToken = (await loginAs(a.url, await createUser(db, 'ADMIN'))).accessToken;
    service = await createService(db, await createCategory(db), { minutes: 60 });
    practitioner = await createPractitioner(db, [service], 'Alice');
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  it('a change of working hours through A is in the next search on B', async () => {
    // B has searched (and cached) before the change.
    expect(await startsOnB()).toEqual(
      ['08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19'].map((h) => `${h}:00`),
    );
    await setHoursThroughA('10:00', '13:00');
    expect(await startsOnB()).toEqual(['10:00', '11:00', '12:00']);
  });

  it('so is an exception made through A, and a change written with plain SQL', async () => {
    await gqlOk(
      a.url,
      UPSERT_EXCEPTION,
      {
        input: {
          practitionerId: practitioner,
          date: parisDate(inDays(3, '12:00')),
          kind: 'CLOSED',
          start: '11:00',
          end: '12:00',
        },
      },
      adminToken,
    );
    expect(await startsOnB()).toEqual(['10:00', '12:00']);
    await db.query('UPDATE working_hours SET end_minute = 900 WHERE practitioner_id = $1', [practitioner]);
    expect(await startsOnB()).toEqual(['10:00', '12:00', '13:00', '14:00']);
  });

  it('a Redis restart leaves no stale copy: changes made while Redis is down and after it is back are seen', async () => {
    await redis.stop();
    await setHoursThroughA('14:00', '16:00');
    expect(await startsOnB()).toEqual(['14:00', '15:00']);
    await redis.resume();
    await setHoursThroughA('09:00', '10:30');
    expect(await startsOnB()).toEqual(['09:00']);
    await db.query('UPDATE booking_settings SET slot_granularity_minutes = 30');
    expect(await startsOnB()).toEqual(['09:00', '09:30']);
  });
});
