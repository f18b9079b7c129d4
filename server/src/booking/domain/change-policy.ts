/** When a client may still cancel or move a booking online. Pure. */
import { INSTITUTE_TIME_ZONE } from '../../common/time.js';
import type { BookingStatus } from '../booking.entities.js';

export interface ChangeDecision {
  allowed: boolean;
  /** Until when (epoch ms) the client may change it online. */
  deadline: number;
  /** French reason when refused. */
  reason: string | null;
}

export function clientChangeDecision(
  status: BookingStatus,
  start: number,
  now: number,
  deadlineHours: number,
  formatDeadline: (instant: number) => string,
): ChangeDecision {
  const deadline = start - deadlineHours * 3600_000;
  if (status === 'CANCELLED') return { allowed: false, deadline, reason: 'Ce rendez-vous est déjà annulé.' };
  if (status !== 'PENDING' && status !== 'CONFIRMED') {
    return { allowed: false, deadline, reason: 'Ce rendez-vous est passé : il ne peut plus être modifié.' };
  }
  if (now >= deadline) {
    return {
      allowed: false,
      deadline,
      reason:
        deadlineHours > 0
          ? `Les modifications en ligne ne sont possibles que jusqu’à ${deadlineHours} h avant le rendez-vous, soit avant le ${formatDeadline(deadline)}. Appelez l’institut.`
          : 'Ce rendez-vous a déjà commencé : appelez l’institut.',
    };
  }
  return { allowed: true, deadline, reason: null };
}

const deadlineFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: INSTITUTE_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * A deadline as the refusal words it, on the institute's clock: « mardi 3 mars à 10:00 ». Recent ICU
 * data (Node's ICU 78) already puts the « à » before the time; older data gives « mardi 3 mars 10:00 ».
 */
export function formatDeadlineFr(instant: number): string {
  return deadlineFormat.format(new Date(instant)).replace(/(?<! à) (\d\d:\d\d)$/, ' à $1');
}
