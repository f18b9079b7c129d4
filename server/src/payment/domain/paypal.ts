/** PayPal's amounts and states, read into the ledger's terms. Pure. */
import type { PaymentStatus } from '../payment.entities.js';

/** 2700 → "27.00": integer arithmetic only (PayPal wants a string with two decimals for EUR). */
export function toPayPalValue(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`not an amount in cents: ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** "27.00" (or "27", "27.5") → 2700; throws for anything else (never a float round trip). */
export function fromPayPalValue(value: string): number {
  const match = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(value);
  if (match === null) throw new RangeError(`not a PayPal amount: ${JSON.stringify(value)}`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * An order (intent CAPTURE) and its capture → ledger status. Money counts as taken only once the
 * capture is COMPLETED (or later refunded: refunds are applied separately, by amount); an order
 * approved but not captured is still pending.
 */
export function paypalLedgerStatus(orderStatus: string, captureStatus: string | null): PaymentStatus {
  if (captureStatus === null) return orderStatus === 'VOIDED' ? 'CANCELLED' : 'PENDING';
  if (['COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(captureStatus)) return 'SUCCEEDED';
  if (captureStatus === 'DECLINED' || captureStatus === 'FAILED') return 'FAILED';
  return 'PENDING'; // PENDING (e.g. under review), or a status PayPal may add later
}

/** Whether our server should capture this order now (the buyer approved it, nothing captured yet). */
export function paypalNeedsCapture(orderStatus: string, captureStatus: string | null): boolean {
  return orderStatus === 'APPROVED' && captureStatus === null;
}

/** What PayPal has given back so far: completed refunds only (a pending one is not money back yet). */
export function paypalRefundedCents(refunds: { status: string; value: string }[]): number {
  return refunds
    .filter((r) => r.status === 'COMPLETED')
    .reduce((sum, r) => sum + fromPayPalValue(r.value), 0);
}

/**
 * Is the order the one we opened for this payment? Same custom id (our payment id), same amount and
 * currency: anything else is somebody else's order and is never captured on our behalf.
 */
export function paypalOrderMismatch(
  order: { customId: string | null; amountCents: number | null; currency: string | null },
  payment: { id: string; amountCents: number; currency: string },
): string | null {
  if (order.customId !== payment.id) return 'custom_id';
  if (order.currency !== payment.currency) return 'currency';
  if (order.amountCents !== payment.amountCents) return 'amount';
  return null;
}

/** The id at the end of a HATEOAS link (`rel: "up"` of a capture → its order, of a refund → its capture). */
export function linkedId(links: { rel: string; href: string }[] | undefined, rel: string): string | null {
  const href = links?.find((l) => l.rel === rel)?.href;
  if (href === undefined) return null;
  const last = new URL(href).pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : null;
}
