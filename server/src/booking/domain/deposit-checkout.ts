/** When a client may open the online payment of a booking's deposit, and with what. Pure. */
import type { BookingStatus } from '../booking.entities.js';

export type OnlineDepositMethod = 'CARD_ONLINE' | 'PAYPAL';

export interface DepositState {
  status: BookingStatus;
  /** The deposit the booking's items ask for, in cents. */
  depositCents: number;
  /** A deposit payment succeeded (even if the job that confirms the booking has not run yet). */
  depositTaken: boolean;
  /** Epoch ms, or null when the booking holds no slot waiting for payment. */
  holdExpiresAt: number | null;
}

/** Null when a checkout may open, else the French reason (a CONFLICT: the booking's state refuses it). */
export function depositCheckoutRefusal(state: DepositState, now: number): string | null {
  // Checked on the payments, not the status: between a deposit succeeding and the job that confirms
  // the booking, the booking is still PENDING, and a second checkout then would charge twice.
  if (state.depositTaken) return 'L’acompte de ce rendez-vous est déjà réglé.';
  if (state.status !== 'PENDING' || state.depositCents === 0)
    return 'Aucun acompte n’est attendu pour ce rendez-vous.';
  if (state.holdExpiresAt !== null && state.holdExpiresAt <= now)
    return 'Le délai pour régler l’acompte est dépassé : le créneau a été libéré. Choisissez un nouveau créneau.';
  return null;
}

/**
 * The method a checkout uses: the one asked for; without one, cards when they are taken, else PayPal
 * (so a PayPal-only institute works too). PayPal asked for but not offered is refused.
 */
export function depositMethod(
  asked: OnlineDepositMethod | null | undefined,
  available: readonly OnlineDepositMethod[],
): { method: OnlineDepositMethod } | { refusal: string } {
  const method = asked ?? (available[0] === 'PAYPAL' ? 'PAYPAL' : 'CARD_ONLINE');
  if (method === 'PAYPAL' && !available.includes('PAYPAL'))
    return { refusal: 'Le paiement par PayPal n’est pas proposé par l’institut.' };
  return { method };
}

/** A payment as the deposit rules read it. */
export interface DepositPaymentLike {
  kind: string;
  provider: string;
  status: string;
  amountCents: number;
  refundedCents: number;
}

/**
 * What gift cards already put towards the deposit: their parts waiting for the rest (PENDING) and
 * those collected, net of refunds. The rest is what a provider is asked for.
 */
export function giftCardPartCents(payments: readonly DepositPaymentLike[]): number {
  return payments
    .filter((p) => p.kind === 'DEPOSIT' && p.provider === 'GIFT_CARD')
    .filter((p) => p.status === 'PENDING' || p.status === 'SUCCEEDED' || p.status === 'PARTIALLY_REFUNDED')
    .reduce((sum, p) => sum + p.amountCents - p.refundedCents, 0);
}
