import {
  depositRefundOnCancel,
  refundAmountProblem,
  refundStateProblem,
  statusAfterRefunds,
} from './refund-policy.js';

describe('refundStateProblem and refundAmountProblem', () => {
  const paid = { status: 'SUCCEEDED' as const, amountCents: 3000, refundedCents: 0 };

  it('allows a full or partial refund of what is left', () => {
    expect(refundAmountProblem(paid, null)).toBeNull();
    expect(refundAmountProblem(paid, 3000)).toBeNull();
    expect(
      refundAmountProblem({ ...paid, status: 'PARTIALLY_REFUNDED', refundedCents: 1000 }, 2000),
    ).toBeNull();
  });

  it('refuses more than what is left, in French with the amount', () => {
    expect(refundAmountProblem(paid, 3001)).toBe(
      'Impossible de rembourser plus que le reste encaissé (30,00\u00a0€).',
    );
    expect(refundAmountProblem({ ...paid, status: 'PARTIALLY_REFUNDED', refundedCents: 2500 }, 600)).toBe(
      'Impossible de rembourser plus que le reste encaissé (5,00\u00a0€).',
    );
  });

  it('refuses unpaid and fully refunded payments (a state), zero and fractional amounts (an input)', () => {
    expect(refundStateProblem(paid)).toBeNull();
    expect(refundStateProblem({ ...paid, status: 'PENDING' })).toBe(
      'Seul un paiement encaissé peut être remboursé.',
    );
    expect(refundStateProblem({ ...paid, status: 'REFUNDED', refundedCents: 3000 })).toBe(
      'Ce paiement est déjà entièrement remboursé.',
    );
    expect(refundAmountProblem(paid, 0)).not.toBeNull();
    expect(refundAmountProblem(paid, 10.5)).not.toBeNull();
  });
});

describe('statusAfterRefunds', () => {
  it.each([
    [0, 'SUCCEEDED'],
    [1, 'PARTIALLY_REFUNDED'],
    [2999, 'PARTIALLY_REFUNDED'],
    [3000, 'REFUNDED'],
  ])('%i refunded of 3000 → %s', (refunded, status) => {
    expect(statusAfterRefunds(3000, refunded)).toBe(status);
  });
});

describe('depositRefundOnCancel', () => {
  const start = Date.parse('2026-12-10T10:00:00Z');
  const hour = 3600_000;

  it('refunds a client who cancels before the deadline, keeps it after', () => {
    expect(
      depositRefundOnCancel({
        cancelledBy: 'CLIENT',
        cancelledAt: start - 25 * hour,
        start,
        deadlineHours: 24,
      }),
    ).toBe(true);
    expect(
      depositRefundOnCancel({
        cancelledBy: 'CLIENT',
        cancelledAt: start - 24 * hour,
        start,
        deadlineHours: 24,
      }),
    ).toBe(false);
    expect(
      depositRefundOnCancel({
        cancelledBy: 'CLIENT',
        cancelledAt: start - 2 * hour,
        start,
        deadlineHours: 24,
      }),
    ).toBe(false);
  });

  it('always refunds when the institute cancels', () => {
    expect(
      depositRefundOnCancel({ cancelledBy: 'STAFF', cancelledAt: start - hour, start, deadlineHours: 24 }),
    ).toBe(true);
  });
});
