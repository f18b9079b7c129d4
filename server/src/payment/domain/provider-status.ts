/** How provider states map onto the ledger, and which moves are allowed. Pure. */
import type { PaymentStatus } from '../payment.entities.js';

/** Stripe PaymentIntent status (+ whether a payment error is attached) → ledger status. */
export function stripeIntentStatus(status: string, hasError: boolean): PaymentStatus {
  switch (status) {
    case 'succeeded':
      return 'SUCCEEDED';
    case 'canceled':
      return 'CANCELLED';
    case 'requires_payment_method':
      return hasError ? 'FAILED' : 'PENDING';
    default:
      return 'PENDING';
  }
}

/**
 * The status a payment moves to when a provider reports `reported`. Money taken is final: once
 * succeeded (or refunded), a late "failed" or "pending" report changes nothing; a report of success
 * wins over a previous failure or cancellation (the provider took the money after all).
 */
export function convergeStatus(current: PaymentStatus, reported: PaymentStatus): PaymentStatus {
  const settled = current === 'SUCCEEDED' || current === 'REFUNDED' || current === 'PARTIALLY_REFUNDED';
  if (settled) return current;
  if (reported === 'SUCCEEDED') return 'SUCCEEDED';
  if (reported === 'REFUNDED' || reported === 'PARTIALLY_REFUNDED') return current;
  if (current === 'CANCELLED') return current;
  return reported;
}
