/** What a booking's payments add up to, and what can be done with each payment. Pure. */
import type { BookingStatus, PaymentFieldsFragment, PaymentKind, PaymentStatus } from '../../gql/graphql';

export type LedgerPayment = PaymentFieldsFragment;

/** Statuses whose money was received (part of it may have been given back since). */
const COLLECTED: ReadonlySet<PaymentStatus> = new Set(['SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

/** What is still held of a payment: received minus refunded; 0 for a payment that never succeeded. */
export function netCents(payment: Pick<LedgerPayment, 'status' | 'amountCents' | 'refundedCents'>): number {
  return COLLECTED.has(payment.status) ? payment.amountCents - payment.refundedCents : 0;
}

/** What can still be refunded of a payment (0 when it cannot be refunded at all). */
export function refundableCents(
  payment: Pick<LedgerPayment, 'status' | 'amountCents' | 'refundedCents'>,
): number {
  if (payment.status !== 'SUCCEEDED' && payment.status !== 'PARTIALLY_REFUNDED') return 0;
  return Math.max(0, payment.amountCents - payment.refundedCents);
}

export interface BookingPaymentSummary {
  totalCents: number;
  depositDueCents: number;
  depositPaidCents: number;
  paidCents: number;
  remainingCents: number;
  refundedCents: number;
}

export function summarize(booking: {
  totalCents: number;
  depositCents: number;
  paidCents: number;
  payments: readonly LedgerPayment[];
}): BookingPaymentSummary {
  const depositPaidCents = booking.payments
    .filter((p) => p.kind === 'DEPOSIT')
    .reduce((sum, p) => sum + netCents(p), 0);
  return {
    totalCents: booking.totalCents,
    depositDueCents: booking.depositCents,
    depositPaidCents,
    paidCents: booking.paidCents,
    remainingCents: Math.max(0, booking.totalCents - booking.paidCents),
    refundedCents: booking.payments.reduce((sum, p) => sum + p.refundedCents, 0),
  };
}

/** Money can be taken at the desk for a booking that is not cancelled and is not fully paid. */
export function canCollect(status: BookingStatus, summary: BookingPaymentSummary): boolean {
  return status !== 'CANCELLED' && summary.remainingCents > 0;
}

/**
 * What the desk most likely records: the deposit a pending booking still waits for (paying it
 * confirms the booking), otherwise the balance; and the amount that settles it.
 */
export function suggestedCollection(
  status: BookingStatus,
  summary: BookingPaymentSummary,
): { kind: Extract<PaymentKind, 'DEPOSIT' | 'BALANCE'>; amountCents: number } {
  const depositLeft = Math.max(0, summary.depositDueCents - summary.depositPaidCents);
  if (status === 'PENDING' && depositLeft > 0) {
    return { kind: 'DEPOSIT', amountCents: Math.min(depositLeft, summary.remainingCents) };
  }
  return { kind: 'BALANCE', amountCents: summary.remainingCents };
}
