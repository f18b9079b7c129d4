/**
 * Seeds what the baselines point at — catalogue, clients, bookings (one per state-changing
 * operation), payments, a terminal checkout, a notification, a closure, a block — through the
 * factories and the API itself, and returns their ids.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  createCabin,
  createCabinType,
  createCategory,
  createPractitioner,
  createService,
  inDays,
  parisDate,
} from '../catalog-factory.js';
import { createUser, insertInstitute, loginAs } from '../factories.js';
import { gqlOk } from '@serenaia/test-support';
import type { Fixture } from './baseline.js';
import type { RoleName } from './cases.js';

const CREATE = `mutation C($input: CreateBookingInput!) { createBooking(input: $input) { manageToken booking { id } } }`;

type Created = { createBooking: { manageToken: string | null; booking: { id: string } } };

export interface SeededFixture {
  fixture: Fixture;
  tokens: Record<RoleName, string | undefined>;
}

export async function seedFixture(url: string, db: DataSource): Promise<SeededFixture> {
  await insertInstitute(db);
  const login = async (role: 'ADMIN' | 'STAFF' | 'ACCOUNTANT' | 'CLIENT') => {
    const user = await createUser(db, role);
    return { user, token: (await loginAs(url, user)).accessToken };
  };
  const admin = await login('ADMIN');
  const staff = await login('STAFF');
  const client = await login('CLIENT');
  const accountant = await login('ACCOUNTANT');
  // Own users and sessions for login, logout and refreshToken, so that they do not end each other's.
  const loginUser = await createUser(db, 'STAFF');
  const logoutSession = await loginAs(url, await createUser(db, 'STAFF'));
  const refreshSession = await loginAs(url, await createUser(db, 'STAFF'));
  const ok = <T>(query: string, variables: Record<string, unknown> = {}, token = admin.token) =>
    gqlOk<T>(url, query, variables, token);

  const categoryId = await createCategory(db);
  const cabinTypeId = await createCabinType(db);
  const cabinId = await createCabin(db, cabinTypeId);
  const serviceId = await createService(db, categoryId);
  const depositServiceId = await createService(db, categoryId, { deposit: ['FIXED', 1000] });
  const practitionerId = await createPractitioner(db, [serviceId, depositServiceId]);
  const otherPractitionerId = await createPractitioner(db, [serviceId]);
  const { upsertClient } = await ok<{ upsertClient: { id: string } }>(
    `mutation U($input: UpsertClientInput!) { upsertClient(input: $input) { id } }`,
    { input: { firstName: 'Hélène', lastName: 'Durand', email: 'helene@exemple.fr', phone: '0612345678' } },
  );
  const clientId = upsertClient.id;

  let day = 3;
  const book = async (online: boolean, service = serviceId): Promise<Created['createBooking']> => {
    day += 1;
    const input = {
      serviceIds: [service],
      practitionerId,
      start: inDays(day, '10:00').toISOString(),
      ...(online
        ? {
            client: {
              firstName: 'Inès',
              lastName: `Martin${day}`,
              email: `ines${day}@exemple.fr`,
              phone: '0698765432',
            },
          }
        : { clientId }),
    };
    const res = await gqlOk<Created>(url, CREATE, { input }, online ? undefined : admin.token);
    return res.createBooking;
  };
  const bookings: Record<string, string> = {};
  for (const op of ['shared', 'cancelBooking', 'completeBooking', 'markNoShow', 'rescheduleBooking']) {
    bookings[op] = (await book(false)).booking.id;
  }
  bookings.confirmBooking = (await book(true, depositServiceId)).booking.id;
  const tokens: Record<string, string> = {};
  for (const op of ['shared', 'cancelBookingByToken', 'rescheduleBookingByToken']) {
    tokens[op] = (await book(true)).manageToken ?? '';
  }
  for (const op of ['createDepositPayment', 'completeSimulatedPayment']) {
    tokens[op] = (await book(true, depositServiceId)).manageToken ?? '';
  }
  const { createDepositPayment } = await ok<{ createDepositPayment: { paymentId: string } }>(
    `mutation D($input: CreateDepositPaymentInput!) { createDepositPayment(input: $input) { paymentId } }`,
    { input: { token: tokens.completeSimulatedPayment } },
    '',
  );
  const { recordPayment } = await ok<{ recordPayment: { id: string } }>(
    `mutation P($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`,
    { input: { bookingId: bookings.shared, amountCents: 3000, kind: 'BALANCE', method: 'CASH' } },
  );
  const { readers } = await ok<{ readers: { id: string }[] }>('{ readers { id } }');
  const readerId = readers[0]?.id ?? randomUUID();
  const { startTerminalCheckout } = await ok<{ startTerminalCheckout: { id: string } }>(
    `mutation S($input: StartTerminalCheckoutInput!) { startTerminalCheckout(input: $input) { id } }`,
    { input: { readerId, amountCents: 500 } },
  );
  const { notifications } = await ok<{ notifications: { items: { id: string }[] } }>(
    '{ notifications { items { id } } }',
  );
  const { upsertAvailabilityException } = await ok<{ upsertAvailabilityException: { id: string } }>(
    `mutation E($input: UpsertAvailabilityExceptionInput!) { upsertAvailabilityException(input: $input) { id } }`,
    { input: { date: parisDate(inDays(40, '10:00')), kind: 'CLOSED', practitionerId: otherPractitionerId } },
  );
  const { upsertAvailabilityException: doomed } = await ok<{ upsertAvailabilityException: { id: string } }>(
    `mutation E($input: UpsertAvailabilityExceptionInput!) { upsertAvailabilityException(input: $input) { id } }`,
    { input: { date: parisDate(inDays(42, '10:00')), kind: 'CLOSED', practitionerId: otherPractitionerId } },
  );
  const { blockSlot } = await ok<{ blockSlot: { id: string } }>(
    `mutation B($input: BlockSlotInput!) { blockSlot(input: $input) { id } }`,
    {
      input: {
        practitionerId,
        start: inDays(41, '10:00').toISOString(),
        end: inDays(41, '11:00').toISOString(),
      },
    },
  );
  return {
    fixture: {
      categoryId,
      cabinTypeId,
      cabinId,
      serviceId,
      practitionerId,
      otherPractitionerId,
      clientId,
      staffUserId: staff.user.id,
      readerId,
      checkoutId: startTerminalCheckout.id,
      paymentId: recordPayment.id,
      simulatedPaymentId: createDepositPayment.paymentId,
      notificationId: notifications.items[0]?.id ?? randomUUID(),
      exceptionId: upsertAvailabilityException.id,
      exceptionToDeleteId: doomed.id,
      login: { email: loginUser.email, password: loginUser.password },
      blockId: blockSlot.id,
      logoutToken: logoutSession.refreshToken,
      refreshToken: refreshSession.refreshToken,
      bookings,
      tokens,
      freeStarts: Array.from({ length: 8 }, (_, i) => inDays(20 + i, '14:00').toISOString()),
      day: parisDate(inDays(4, '10:00')),
    },
    tokens: {
      anonymous: undefined,
      CLIENT: client.token,
      ACCOUNTANT: accountant.token,
      STAFF: staff.token,
      ADMIN: admin.token,
    },
  };
}
