/**
 * The Sérénaia GraphQL API as the booking browser tests use it from the outside: another client
 * taking a slot, a booking made online to get its manage token, an admin opening extra hours.
 */
import { localDateOf, wallClockText } from '@serenaia/shared/paris-time';
import { graphqlData } from './graphql';
import type { TestServer } from './harness';

export { graphql, graphqlData } from './graphql';

export async function serviceIdNamed(server: TestServer, name: string): Promise<string> {
  const data = await graphqlData<{ services: { id: string; name: string }[] }>(
    server,
    '{ services { id name } }',
  );
  const service = data.services.find((s) => s.name === name);
  if (service === undefined) throw new Error(`No online service named ${name}`);
  return service.id;
}

export async function practitionerIdNamed(server: TestServer, name: string): Promise<string> {
  const data = await graphqlData<{ practitioners: { id: string; displayName: string }[] }>(
    server,
    '{ practitioners { id displayName } }',
  );
  const practitioner = data.practitioners.find((p) => p.displayName === name);
  if (practitioner === undefined) throw new Error(`No practitioner named ${name}`);
  return practitioner.id;
}

export interface FreeSlot {
  start: string;
  end: string;
  practitionerId: string;
  practitionerName: string;
}

/** The server searches at most 32 days at a time: longer periods are asked month by month. */
const SEARCH_WINDOW_MS = 31 * 24 * 3600_000;

type SlotSearch = { serviceIds: string[]; practitionerId: string | null } & (
  | { from: Date; to: Date }
  /** One Paris day: only the slots starting that day. */
  | { day: string }
);

/**
 * Free start times for these services (with this practitioner, or anyone when null), over a period or
 * on one Paris day; with a staff token the staff rules apply (no online-booking horizon or notice).
 */
export async function freeSlots(server: TestServer, search: SlotSearch, token?: string): Promise<FreeSlot[]> {
  // 22:00 UTC the day before to 00:00 UTC the day after covers the Paris day in winter and summer.
  const period =
    'day' in search
      ? {
          from: Date.parse(`${search.day}T00:00:00Z`) - 2 * 3600_000,
          to: Date.parse(`${search.day}T00:00:00Z`) + 24 * 3600_000,
        }
      : { from: search.from.getTime(), to: search.to.getTime() };
  const slots: FreeSlot[] = [];
  for (let from = period.from; from < period.to; from += SEARCH_WINDOW_MS) {
    const to = Math.min(from + SEARCH_WINDOW_MS, period.to);
    const data = await graphqlData<{ availableSlots: FreeSlot[] }>(
      server,
      `query ($input: AvailableSlotsInput!) {
        availableSlots(input: $input) { start end practitionerId practitionerName }
      }`,
      {
        input: {
          serviceIds: search.serviceIds,
          practitionerId: search.practitionerId,
          from: new Date(from).toISOString(),
          to: new Date(to).toISOString(),
        },
      },
      token,
    );
    slots.push(...data.availableSlots);
  }
  return 'day' in search ? slots.filter((slot) => localDateOf(slot.start) === search.day) : slots;
}

export const CREATE_BOOKING = `mutation ($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { reference status start end } }
}`;

export interface OnlineBooking {
  manageToken: string;
  booking: { reference: string; status: string; start: string; end: string };
}

let onlineBookings = 0;

/** Books online, as an anonymous client would (the answer carries the manage token). */
export async function bookOnline(
  server: TestServer,
  {
    firstName = 'Claire',
    ...input
  }: { serviceIds: string[]; practitionerId: string | null; start: string; firstName?: string },
): Promise<OnlineBooking> {
  const data = await graphqlData<{ createBooking: OnlineBooking }>(server, CREATE_BOOKING, {
    input: {
      ...input,
      client: {
        firstName,
        lastName: 'Martin',
        email: `claire.martin.${++onlineBookings}@example.com`,
        phone: '+33 6 98 76 54 32',
      },
    },
  });
  return data.createBooking;
}

export async function adminAccessToken(server: TestServer): Promise<string> {
  const data = await graphqlData<{ login: { accessToken: string } }>(
    server,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email: 'admin@serenaia.test', password: 'serenaia-admin' } },
  );
  return data.login.accessToken;
}

/** The Paris wall clock of an instant: `{date: 'YYYY-MM-DD', time: 'HH:MM'}`. */
export function parisWallClock(instant: Date): { date: string; time: string } {
  return wallClockText(instant);
}

/**
 * Opens extra hours (an OPEN exception) for a practitioner over [start, end), both on the same Paris
 * date: the admin's way to make sure a slot exists at a given time, whatever the day of the week.
 */
export async function openExtraHours(
  server: TestServer,
  accessToken: string,
  practitionerId: string,
  start: Date,
  end: Date,
): Promise<void> {
  const from = parisWallClock(start);
  const to = parisWallClock(end);
  if (from.date !== to.date)
    throw new Error(`Extra hours must stay within one day: ${from.date} ≠ ${to.date}`);
  await graphqlData(
    server,
    'mutation ($input: UpsertAvailabilityExceptionInput!) { upsertAvailabilityException(input: $input) { id } }',
    {
      input: {
        practitionerId,
        date: from.date,
        kind: 'OPEN',
        start: from.time,
        end: to.time,
        reason: 'Test : ouverture exceptionnelle',
      },
    },
    accessToken,
  );
}
