/**
 * Whether a booking's deposit is really covered when its online rest succeeds, and how a gift card's
 * part released meanwhile (hold expired, rest declined) is taken again. Pure.
 */
import type { DepositPaymentLike } from './deposit-checkout.js';

export interface DepositPartLike extends DepositPaymentLike {
  id: string;
}

const collected = (p: DepositPaymentLike) =>
  p.kind === 'DEPOSIT' && (p.status === 'SUCCEEDED' || p.status === 'PARTIALLY_REFUNDED');

/** What the deposit still lacks once its collected payments are counted (net of refunds), in cents. */
export function depositShortfall(depositCents: number, payments: readonly DepositPaymentLike[]): number {
  const paid = payments.filter(collected).reduce((sum, p) => sum + p.amountCents - p.refundedCents, 0);
  return Math.max(0, depositCents - paid);
}

/**
 * The released (CANCELLED) gift-card parts to take from their cards again, in the order given, each
 * for what is still lacking, until the shortfall is covered.
 */
export function retakePlan(
  shortfallCents: number,
  payments: readonly DepositPartLike[],
): { paymentId: string; amountCents: number }[] {
  const plan: { paymentId: string; amountCents: number }[] = [];
  let lacking = shortfallCents;
  for (const p of payments) {
    if (lacking <= 0) break;
    if (p.kind !== 'DEPOSIT' || p.provider !== 'GIFT_CARD' || p.status !== 'CANCELLED') continue;
    const amountCents = Math.min(p.amountCents, lacking);
    if (amountCents <= 0) continue;
    plan.push({ paymentId: p.id, amountCents });
    lacking -= amountCents;
  }
  return plan;
}
