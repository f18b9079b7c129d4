/** Refund rules on the ledger. Pure. */
import type { PaymentStatus } from '../payment.entities.js';

export interface RefundablePayment {
  status: PaymentStatus;
  amountCents: number;
  refundedCents: number;
}

/** Why a payment cannot be refunded at all, in French (its state: a conflict), or null. */
export function refundStateProblem(payment: RefundablePayment): string | null {
  if (payment.status === 'SUCCEEDED' || payment.status === 'PARTIALLY_REFUNDED') return null;
  return payment.status === 'REFUNDED'
    ? 'Ce paiement est déjà entièrement remboursé.'
    : 'Seul un paiement encaissé peut être remboursé.';
}

/** Why this amount cannot be refunded from a refundable payment, in French, or null. `amount` null = everything left. */
export function refundAmountProblem(payment: RefundablePayment, amount: number | null): string | null {
  const left = payment.amountCents - payment.refundedCents;
  if (amount !== null && (!Number.isInteger(amount) || amount <= 0)) {
    return 'Le montant à rembourser doit être un nombre positif de centimes.';
  }
  if ((amount ?? left) > left) {
    return `Impossible de rembourser plus que le reste encaissé (${formatEur(left)}).`;
  }
  return null;
}

export function statusAfterRefunds(amountCents: number, refundedCents: number): PaymentStatus {
  if (refundedCents <= 0) return 'SUCCEEDED';
  return refundedCents >= amountCents ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}

export function formatEur(cents: number): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/**
 * Whether cancelling a booking gives its deposit back. Client cancellations before the deadline and
 * any cancellation by the institute refund it; a client cancelling after the deadline forfeits it
 * (the CGV's acompte rule).
 */
export function depositRefundOnCancel(input: {
  cancelledBy: 'CLIENT' | 'STAFF' | 'SYSTEM';
  cancelledAt: number;
  start: number;
  deadlineHours: number;
}): boolean {
  if (input.cancelledBy !== 'CLIENT') return true;
  return input.cancelledAt < input.start - input.deadlineHours * 3600_000;
}
