/**
 * What the browser knows about a deposit it has just paid, carried in the history entry of the
 * manage page (`navigate(path, { state })`): the public booking view does not say whether a
 * deposit was paid, only that the booking is confirmed.
 */
export interface PaidDepositState {
  paidDeposit: { reference: string; amountCents: number };
}

export function paidDepositState(reference: string, amountCents: number): PaidDepositState {
  return { paidDeposit: { reference, amountCents } };
}

/** The amount paid for this booking according to a history entry's state, if it says so. */
export function paidDepositFrom(state: unknown, reference: string): number | null {
  if (typeof state !== 'object' || state === null || !('paidDeposit' in state)) return null;
  const paid: unknown = state.paidDeposit;
  if (typeof paid !== 'object' || paid === null) return null;
  const { reference: paidReference, amountCents } = paid as { reference?: unknown; amountCents?: unknown };
  return paidReference === reference && typeof amountCents === 'number' && amountCents > 0
    ? amountCents
    : null;
}
