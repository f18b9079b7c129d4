import type { NotificationFieldsFragment } from '../gql/graphql';

/** A message of the log as the API returns it. */
export function notification(
  overrides: Partial<NotificationFieldsFragment> = {},
): NotificationFieldsFragment & {
  __typename: 'Notification';
} {
  return {
    __typename: 'Notification',
    id: 'n1',
    channel: 'EMAIL',
    template: 'BOOKING_CONFIRMED',
    recipient: 'julie.martin@exemple.fr',
    status: 'SENT',
    skipReason: null,
    attempts: 1,
    lastError: null,
    bookingId: 'b1',
    bookingReference: 'RDV-7K2M',
    bookingStart: '2026-11-26T09:00:00.000Z',
    clientName: 'Julie Martin',
    scheduledFor: '2026-11-25T10:00:00.000Z',
    sentAt: '2026-11-25T10:00:02.000Z',
    resendOfId: null,
    isTest: false,
    createdAt: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}
