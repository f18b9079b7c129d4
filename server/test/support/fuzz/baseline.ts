/**
 * A valid argument set per operation, so that a case differs from a valid call only in the field it
 * spoils. Known operations have hand-written baselines over real seeded ids; an operation added later
 * gets one generated from its argument types (and is fuzzed all the same).
 */
import { GraphQLNonNull, type GraphQLSchema } from 'graphql';
import { generatedValue } from './generated-value.js';

export interface Fixture {
  categoryId: string;
  cabinTypeId: string;
  cabinId: string;
  serviceId: string;
  practitionerId: string;
  /** A second practitioner whose hours and record the fuzz may change. */
  otherPractitionerId: string;
  clientId: string;
  staffUserId: string;
  readerId: string;
  checkoutId: string;
  /** A cash payment (refundable). */
  paymentId: string;
  /** A pending payment of the simulated card provider. */
  simulatedPaymentId: string;
  notificationId: string;
  exceptionId: string;
  /** A closure of its own for deleteAvailabilityException. */
  exceptionToDeleteId: string;
  /** A user's credentials for login. */
  login: { email: string; password: string };
  /** A session for logout, another for refreshToken. */
  logoutToken: string;
  blockId: string;
  refreshToken: string;
  /** A booking per state-changing operation (plus `shared` for the read-only ones). */
  bookings: Record<string, string>;
  /** A manage token per operation that takes one (plus `shared`). */
  tokens: Record<string, string>;
  /** Free instants for new bookings and moves, ISO 8601 UTC. */
  freeStarts: string[];
  /** A local date in the bookings' range. */
  day: string;
}

type Baseline = (fx: Fixture) => Record<string, unknown>;

const contact = { firstName: 'Hélène', lastName: 'Durand', email: 'helene@exemple.fr', phone: '0612345678' };
const booking = (fx: Fixture, op: string) => fx.bookings[op] ?? fx.bookings.shared;
const token = (fx: Fixture, op: string) => fx.tokens[op] ?? fx.tokens.shared;
const idOf = (key: string) => (fx: Fixture) => ({ id: booking(fx, key) });

export const BASELINES: Record<string, Baseline> = {
  // Queries
  agenda: (fx) => ({ day: fx.day, practitionerIds: [fx.practitionerId] }),
  availabilityExceptions: (fx) => ({ from: fx.day, to: fx.day }),
  availableSlots: (fx) => ({
    input: {
      from: fx.freeStarts[0],
      to: fx.freeStarts[1],
      serviceIds: [fx.serviceId],
      practitionerId: fx.practitionerId,
    },
  }),
  booking: idOf('shared'),
  bookingByToken: (fx) => ({ token: token(fx, 'shared') }),
  bookings: (fx) => ({
    filter: {
      clientId: fx.clientId,
      practitionerId: fx.practitionerId,
      from: fx.freeStarts[0],
      to: fx.freeStarts[1],
      statuses: ['CONFIRMED'],
      page: { limit: 10, offset: 0 },
    },
  }),
  cabins: () => ({ includeInactive: true }),
  client: (fx) => ({ id: fx.clientId }),
  clients: () => ({ filter: { search: 'Durand', page: { limit: 10, offset: 0 } } }),
  notifications: (fx) => ({
    filter: {
      bookingId: booking(fx, 'shared'),
      channel: 'EMAIL',
      from: fx.freeStarts[0],
      to: fx.freeStarts[1],
    },
    page: { limit: 10, offset: 0 },
  }),
  payments: () => ({ filter: { method: 'CASH', status: 'SUCCEEDED', page: { limit: 10, offset: 0 } } }),
  practitioners: (fx) => ({ includeInactive: false, serviceIds: [fx.serviceId] }),
  previewNotification: (fx) => ({
    bookingId: booking(fx, 'shared'),
    channel: 'SMS',
    template: 'BOOKING_CONFIRMED',
  }),
  serviceCategories: () => ({ includeInactive: true }),
  services: () => ({ includeInactive: true }),
  terminalCheckout: (fx) => ({ id: fx.checkoutId }),
  workingHours: (fx) => ({ practitionerId: fx.practitionerId }),
  // Mutations
  blockSlot: (fx) => ({
    input: {
      practitionerId: fx.practitionerId,
      cabinId: fx.cabinId,
      start: fx.freeStarts[2],
      end: fx.freeStarts[3],
      reason: 'Formation',
    },
  }),
  cancelBooking: (fx) => ({ input: { id: booking(fx, 'cancelBooking'), reason: 'Empêchement' } }),
  cancelBookingByToken: (fx) => ({
    input: { token: token(fx, 'cancelBookingByToken'), reason: 'Empêchement' },
  }),
  cancelTerminalCheckout: (fx) => ({ id: fx.checkoutId }),
  capturePayPalDeposit: (fx) => ({
    input: { token: token(fx, 'createDepositPayment'), orderId: '5O190127TN364715T' },
  }),
  completeBooking: idOf('completeBooking'),
  completeSimulatedPayment: (fx) => ({ input: { paymentId: fx.simulatedPaymentId, approve: false } }),
  confirmBooking: idOf('confirmBooking'),
  createBooking: (fx) => ({
    input: {
      serviceIds: [fx.serviceId],
      practitionerId: fx.practitionerId,
      start: fx.freeStarts[4],
      note: 'Première visite',
      client: contact,
    },
  }),
  createDepositPayment: (fx) => ({
    input: { token: token(fx, 'createDepositPayment'), method: 'CARD_ONLINE' },
  }),
  createClosures: (fx) => ({
    input: { practitionerId: fx.otherPractitionerId, from: fx.day, to: fx.day, reason: 'Congés' },
  }),
  deleteAvailabilityException: (fx) => ({ id: fx.exceptionToDeleteId }),
  login: (fx) => ({ input: fx.login }),
  logout: (fx) => ({ input: { refreshToken: fx.logoutToken } }),
  markNoShow: idOf('markNoShow'),
  pairReader: () => ({ input: { name: 'Accueil', pairingCode: 'ABCD1234' } }),
  recordPayment: (fx) => ({
    input: { bookingId: booking(fx, 'shared'), amountCents: 1000, kind: 'BALANCE', method: 'CASH' },
  }),
  refreshToken: (fx) => ({ input: { refreshToken: fx.refreshToken } }),
  refundPayment: (fx) => ({ input: { id: fx.paymentId, amountCents: 100, reason: 'Geste commercial' } }),
  removeReader: (fx) => ({ id: fx.readerId }),
  renameReader: (fx) => ({ input: { id: fx.readerId, name: 'Caisse' } }),
  rescheduleBooking: (fx) => ({
    input: {
      id: booking(fx, 'rescheduleBooking'),
      start: fx.freeStarts[5],
      practitionerId: fx.practitionerId,
    },
  }),
  rescheduleBookingByToken: (fx) => ({
    input: { token: token(fx, 'rescheduleBookingByToken'), start: fx.freeStarts[6] },
  }),
  resendNotification: (fx) => ({ id: fx.notificationId }),
  sendTestNotification: (fx) => ({
    input: {
      bookingId: booking(fx, 'shared'),
      channel: 'EMAIL',
      template: 'BOOKING_CONFIRMED',
      to: 'test@exemple.fr',
    },
  }),
  setWorkingHours: (fx) => ({
    input: { practitionerId: fx.otherPractitionerId, rules: [{ weekday: 1, start: '09:00', end: '18:00' }] },
  }),
  simulateTerminalOutcome: (fx) => ({ input: { checkoutId: fx.checkoutId, outcome: 'DECLINED' } }),
  startTerminalCheckout: (fx) => ({
    input: {
      readerId: fx.readerId,
      amountCents: 1500,
      bookingId: booking(fx, 'shared'),
      kind: 'BALANCE',
      reference: 'T-1',
    },
  }),
  unblockSlot: (fx) => ({ id: fx.blockId }),
  updateBookingSettings: () => ({ input: { bookingHorizonDays: 90, closedOnPublicHolidays: true } }),
  updateInstitute: () => ({ input: { name: 'Institut Test', city: 'Paris', postalCode: '75002' } }),
  updateNotificationSettings: () => ({
    input: { smsSender: 'Institut', templates: [{ template: 'BOOKING_REMINDER', email: true, sms: true }] },
  }),
  updatePaymentSettings: () => ({ input: { staffCanRefund: true } }),
  upsertAvailabilityException: (fx) => ({
    input: {
      id: fx.exceptionId,
      date: fx.day,
      kind: 'CLOSED',
      practitionerId: fx.otherPractitionerId,
      start: '12:00',
      end: '13:00',
      reason: 'Pause',
    },
  }),
  upsertCabin: (fx) => ({
    input: { id: fx.cabinId, cabinTypeId: fx.cabinTypeId, name: 'Cabine 1', active: true },
  }),
  upsertCabinType: (fx) => ({ input: { id: fx.cabinTypeId, name: 'Hammam' } }),
  upsertClient: (fx) => ({
    input: {
      id: fx.clientId,
      ...contact,
      notes: 'Peau sensible',
      marketingConsent: false,
      serviceEmailOptOut: false,
      serviceSmsOptOut: false,
    },
  }),
  upsertPractitioner: (fx) => ({
    input: {
      id: fx.otherPractitionerId,
      displayName: 'Camille',
      color: '#aa6677',
      position: 2,
      active: true,
      serviceIds: [fx.serviceId],
      userId: fx.staffUserId,
    },
  }),
  upsertService: (fx) => ({
    input: {
      id: fx.serviceId,
      categoryId: fx.categoryId,
      name: 'Soin visage',
      description: 'Un soin',
      durationMinutes: 60,
      priceCents: 6000,
      vatRateBp: 2000,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      depositKind: 'NONE',
      depositValue: 0,
      onlineBookable: true,
      position: 1,
      active: true,
      cabinTypeId: null,
    },
  }),
  upsertServiceCategory: (fx) => ({
    input: {
      id: fx.categoryId,
      name: 'Visage',
      color: '#aa6677',
      description: 'Soins',
      position: 1,
      active: true,
    },
  }),
};

export function baselineFor(
  schema: GraphQLSchema,
  kind: 'query' | 'mutation',
  name: string,
  fx: Fixture,
): Record<string, unknown> {
  const known = BASELINES[name];
  if (known) return known(fx);
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const field = root?.getFields()[name];
  const args = (field?.args ?? []).filter(
    (a) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined,
  );
  return Object.fromEntries(args.map((a) => [a.name, generatedValue(a.type, a.name, fx)]));
}
