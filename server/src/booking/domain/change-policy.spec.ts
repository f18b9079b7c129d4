import fc from 'fast-check';
import type { BookingStatus } from '../booking.entities.js';
import { clientChangeDecision, formatDeadlineFr } from './change-policy.js';

const HOUR = 3600_000;
// Tuesday 10 March 2026, 10:00 in Paris (UTC+1).
const start = Date.UTC(2026, 2, 10, 9, 0);
const format = (instant: number) => `<${instant}>`;

describe('clientChangeDecision', () => {
  it('allows a change until the deadline, which is the start minus the policy hours', () => {
    const decision = clientChangeDecision('CONFIRMED', start, start - 25 * HOUR, 24, format);
    expect(decision).toEqual({ allowed: true, deadline: start - 24 * HOUR, reason: null });
  });

  it('refuses from the deadline itself (not one millisecond later) and names it', () => {
    const deadline = start - 24 * HOUR;
    expect(clientChangeDecision('PENDING', start, deadline - 1, 24, format).allowed).toBe(true);
    const refused = clientChangeDecision('PENDING', start, deadline, 24, format);
    expect(refused.allowed).toBe(false);
    expect(refused.deadline).toBe(deadline);
    expect(refused.reason).toBe(
      `Les modifications en ligne ne sont possibles que jusqu’à 24 h avant le rendez-vous, soit avant le <${deadline}>. Appelez l’institut.`,
    );
  });

  it('with no notice required, allows until the start and then says it has begun', () => {
    expect(clientChangeDecision('CONFIRMED', start, start - 1, 0, format).allowed).toBe(true);
    expect(clientChangeDecision('CONFIRMED', start, start, 0, format)).toEqual({
      allowed: false,
      deadline: start,
      reason: 'Ce rendez-vous a déjà commencé : appelez l’institut.',
    });
  });

  it.each([
    ['CANCELLED', 'Ce rendez-vous est déjà annulé.'],
    ['COMPLETED', 'Ce rendez-vous est passé : il ne peut plus être modifié.'],
    ['NO_SHOW', 'Ce rendez-vous est passé : il ne peut plus être modifié.'],
  ] as const)('refuses a %s booking even long before the deadline', (status, reason) => {
    const decision = clientChangeDecision(status, start, start - 1000 * HOUR, 24, format);
    expect(decision).toEqual({ allowed: false, deadline: start - 24 * HOUR, reason });
  });

  it('allows exactly the open bookings before the deadline, whatever the numbers', () => {
    const statuses: BookingStatus[] = ['PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'];
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.integer({ min: 0, max: 4e12 }),
        fc.integer({ min: 0, max: 4e12 }),
        fc.integer({ min: 0, max: 168 }),
        (status, s, now, hours) => {
          const decision = clientChangeDecision(status, s, now, hours, format);
          const open = status === 'PENDING' || status === 'CONFIRMED';
          expect(decision.deadline).toBe(s - hours * HOUR);
          expect(decision.allowed).toBe(open && now < s - hours * HOUR);
          expect(decision.reason === null).toBe(decision.allowed);
        },
      ),
    );
  });
});

describe('formatDeadlineFr', () => {
  it('words the instant on the Paris clock, winter and summer', () => {
    expect(formatDeadlineFr(Date.UTC(2026, 2, 9, 9, 0))).toBe('lundi 9 mars à 10:00');
    expect(formatDeadlineFr(Date.UTC(2026, 6, 14, 16, 30))).toBe('mardi 14 juillet à 18:30');
  });

  it('gives the local day, not the UTC one, just after midnight in Paris', () => {
    // 23:30 UTC on 28 March 2026 is 00:30 on Sunday the 29th in Paris (still UTC+1 then).
    expect(formatDeadlineFr(Date.UTC(2026, 2, 28, 23, 30))).toBe('dimanche 29 mars à 00:30');
  });

  it('says « à » once, whichever way the ICU data words date and time', () => {
    for (const instant of [
      Date.UTC(2026, 0, 1, 0, 0),
      Date.UTC(2026, 9, 25, 0, 59),
      Date.UTC(2026, 9, 25, 1, 0),
    ])
      expect(formatDeadlineFr(instant)).toMatch(/^\p{L}+ \d{1,2} \p{L}+ à \d\d:\d\d$/u);
  });

  it('follows the spring change: 01:30 UTC on 29 March 2026 is 03:30 in Paris', () => {
    expect(formatDeadlineFr(Date.UTC(2026, 2, 29, 1, 30))).toBe('dimanche 29 mars à 03:30');
  });
});
