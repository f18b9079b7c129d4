/** Ledger rows for the payments tests. */
import type { LedgerPayment } from './payment-summary';

export function payment(overrides: Partial<LedgerPayment> & { id: string }): LedgerPayment {
  return {
    kind: 'BALANCE',
    method: 'CASH',
    provider: 'MANUAL',
    status: 'SUCCEEDED',
    amountCents: 4500,
    refundedCents: 0,
    currency: 'EUR',
    bookingId: 'b1',
    providerReference: null,
    failureReason: null,
    createdAt: '2026-11-26T09:04:05.000Z',
    succeededAt: '2026-11-26T09:04:05.000Z',
    ...overrides,
  };
}
