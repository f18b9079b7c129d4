import fc from 'fast-check';
import type { BookingStatus } from '../booking.entities.js';
import { isOpen, outcomeProblem, transitionProblem } from './booking-status.js';

const STATUSES: BookingStatus[] = ['PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'];

/** The life cycle as the product describes it, written out once more by hand. */
const ALLOWED = new Set([
  'PENDING→CONFIRMED',
  'PENDING→CANCELLED',
  'CONFIRMED→COMPLETED',
  'CONFIRMED→CANCELLED',
  'CONFIRMED→NO_SHOW',
]);

const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

describe('transitionProblem', () => {
  it.each(pairs)('%s → %s is allowed exactly when the life cycle says so', (from, to) => {
    const problem = transitionProblem(from, to);
    if (ALLOWED.has(`${from}→${to}`)) expect(problem).toBeNull();
    else expect(problem).toEqual(expect.any(String));
  });

  it('refuses staying in the same status with "déjà"', () => {
    expect(transitionProblem('CONFIRMED', 'CONFIRMED')).toBe('Ce rendez-vous est déjà confirmé.');
    expect(transitionProblem('CANCELLED', 'CANCELLED')).toBe('Ce rendez-vous est déjà annulé.');
    expect(transitionProblem('NO_SHOW', 'NO_SHOW')).toBe('Ce rendez-vous est déjà marqué absent.');
  });

  it('asks for a confirmation first when a pending booking is completed or marked absent', () => {
    expect(transitionProblem('PENDING', 'COMPLETED')).toBe('Ce rendez-vous doit d’abord être confirmé.');
    expect(transitionProblem('PENDING', 'NO_SHOW')).toBe('Ce rendez-vous doit d’abord être confirmé.');
  });

  it('names both states when a finished booking is asked to change', () => {
    expect(transitionProblem('CANCELLED', 'CONFIRMED')).toBe(
      'Ce rendez-vous est annulé : il ne peut plus être confirmé.',
    );
    expect(transitionProblem('COMPLETED', 'NO_SHOW')).toBe(
      'Ce rendez-vous est terminé : il ne peut plus être marqué absent.',
    );
    expect(transitionProblem('NO_SHOW', 'PENDING')).toBe(
      'Ce rendez-vous est marqué absent : il ne peut plus être en attente.',
    );
  });

  it('never leads back to PENDING, and nothing leaves COMPLETED, CANCELLED or NO_SHOW', () => {
    for (const from of STATUSES) expect(transitionProblem(from, 'PENDING')).not.toBeNull();
    for (const from of ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const)
      for (const to of STATUSES) expect(transitionProblem(from, to)).not.toBeNull();
  });

  it('reaches a final status in at most two steps from any walk of allowed transitions', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES), { maxLength: 10 }), (targets) => {
        let status: BookingStatus = 'PENDING';
        let steps = 0;
        for (const to of targets) {
          if (transitionProblem(status, to) === null) {
            status = to;
            steps += 1;
          }
        }
        expect(steps).toBeLessThanOrEqual(2);
        // Once it stops being open, no allowed transition is left.
        if (!isOpen(status))
          expect(STATUSES.every((to) => transitionProblem(status, to) !== null)).toBe(true);
      }),
    );
  });
});

describe('isOpen', () => {
  it.each(STATUSES)('%s is open exactly when it can still be cancelled', (status) => {
    expect(isOpen(status)).toBe(transitionProblem(status, 'CANCELLED') === null);
  });
});

describe('outcomeProblem', () => {
  const start = Date.UTC(2026, 2, 10, 9, 0);

  it.each(['COMPLETED', 'NO_SHOW'] as const)('%s is refused before the start and allowed from it', (to) => {
    expect(outcomeProblem(to, start, start - 1)).toEqual(expect.any(String));
    expect(outcomeProblem(to, start, start)).toBeNull();
    expect(outcomeProblem(to, start, start + 3600_000)).toBeNull();
  });

  it('words each refusal for its outcome', () => {
    expect(outcomeProblem('NO_SHOW', start, start - 60_000)).toBe(
      'Un client ne peut être marqué absent qu’après l’heure du rendez-vous.',
    );
    expect(outcomeProblem('COMPLETED', start, start - 60_000)).toBe(
      'Un rendez-vous ne peut être terminé qu’après son début.',
    );
  });

  it('depends only on whether now has reached the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 0, max: 4e12 }), (s, now) => {
        expect(outcomeProblem('COMPLETED', s, now) === null).toBe(now >= s);
        expect(outcomeProblem('NO_SHOW', s, now) === null).toBe(now >= s);
      }),
    );
  });
});
