/** The booking life cycle: PENDING → CONFIRMED → COMPLETED | NO_SHOW, and CANCELLED from either open state. Pure. */
import type { BookingStatus } from '../booking.entities.js';

const NEXT: Record<BookingStatus, readonly BookingStatus[]> = {
  PENDING: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['COMPLETED', 'CANCELLED', 'NO_SHOW'],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

const STATE_FR: Record<BookingStatus, string> = {
  PENDING: 'en attente',
  CONFIRMED: 'confirmé',
  COMPLETED: 'terminé',
  CANCELLED: 'annulé',
  NO_SHOW: 'marqué absent',
};

/** Null when allowed, else the French reason shown to the user. */
export function transitionProblem(from: BookingStatus, to: BookingStatus): string | null {
  if (NEXT[from].includes(to)) return null;
  if (from === to) return `Ce rendez-vous est déjà ${STATE_FR[from]}.`;
  if (to === 'CONFIRMED' || to === 'COMPLETED' || to === 'NO_SHOW') {
    if (from === 'PENDING') return 'Ce rendez-vous doit d’abord être confirmé.';
  }
  return `Ce rendez-vous est ${STATE_FR[from]} : il ne peut plus être ${STATE_FR[to]}.`;
}

/** Statuses whose booking can still be moved. */
export function isOpen(status: BookingStatus): boolean {
  return status === 'PENDING' || status === 'CONFIRMED';
}

/**
 * Outcome checks that depend on time: a client is absent or served only once the appointment has
 * begun.
 */
export function outcomeProblem(to: 'COMPLETED' | 'NO_SHOW', start: number, now: number): string | null {
  if (now >= start) return null;
  return to === 'NO_SHOW'
    ? 'Un client ne peut être marqué absent qu’après l’heure du rendez-vous.'
    : 'Un rendez-vous ne peut être terminé qu’après son début.';
}
