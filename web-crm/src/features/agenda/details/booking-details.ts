import type { BookingStatus } from '../../../gql/graphql';
import { toMillis } from '@serenaia/shared/paris-time';
import type { AgendaBooking } from '../data/agenda-state';

export const STATUS_COLORS: Record<BookingStatus, { fg: string; bg: string }> = {
  PENDING: { fg: '#7a4b00', bg: '#fdeccb' },
  CONFIRMED: { fg: '#245c33', bg: '#e3f1e6' },
  COMPLETED: { fg: '#2f4f6b', bg: '#e1ebf4' },
  NO_SHOW: { fg: '#a12a2a', bg: '#fbe1e1' },
  CANCELLED: { fg: '#6b5d63', bg: '#ece6e8' },
};

/** "06 12 34 56 78" from "+33612345678"; other numbers as they are. */
export function displayPhone(phone: string): string {
  const match = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(phone);
  return match ? `0${match.slice(1).join(' ')}` : phone;
}

/** Actions valid for the status; outcomes only once the appointment has begun. */
export function availableActions(booking: Pick<AgendaBooking, 'status' | 'start'>, now: number) {
  const started = now >= toMillis(booking.start);
  return {
    confirm: booking.status === 'PENDING',
    cancel: booking.status === 'PENDING' || booking.status === 'CONFIRMED',
    outcomes: booking.status === 'CONFIRMED',
    started,
  };
}

/** The client file's address in the CRM. */
export function clientFilePath(clientId: string): string {
  return `/clients/${encodeURIComponent(clientId)}`;
}
