import type { DomainEvent } from '../../common/transaction/unit-of-work.js';
import type { PaymentKind, PaymentMethod, PaymentStatus } from '../payment.entities.js';

export interface PaymentSnapshot {
  paymentId: string;
  kind: PaymentKind;
  method: PaymentMethod;
  status: PaymentStatus;
  amountCents: number;
  refundedCents: number;
  bookingId: string | null;
  giftCardOrderId: string | null;
}

/** Outbox job (queue `payments`) written with every payment that succeeds: consumers confirm what it paid for. */
export const PAYMENT_SUCCEEDED_JOB = 'payment.succeeded';
/**
 * The same, for a payment owned by an online gift-card order (queue `payments`, payload
 * `{ paymentId, giftCardOrderId }`): the gift-card module issues the card.
 */
export const GIFT_CARD_ORDER_PAID_JOB = 'payment.succeeded.gift-card-order';
/**
 * Outbox job (queue `payments`, payload `{ paymentId }`) written with every DEPOSIT payment that
 * succeeds, whatever its provider: the books record the money received (ACCOUNTING.md case 5a).
 */
export const DEPOSIT_RECEIVED_JOB = 'payment.deposit-received';
/** Outbox job (queue `payments`, payload `{ refundId }`) written with every refund of a deposit that succeeds (case 6). */
export const DEPOSIT_REFUNDED_JOB = 'payment.deposit-refunded';
/** Outbox job (queue `payments`, payload `{ refundId }`) written with every refund of a gift-card order that succeeds. */
export const GIFT_CARD_ORDER_REFUNDED_JOB = 'payment.gift-card-order-refunded';

export class PaymentSucceededEvent implements DomainEvent {
  static readonly eventName = 'payment.succeeded';
  readonly eventName = PaymentSucceededEvent.eventName;
  constructor(readonly payment: PaymentSnapshot) {}
}

export class PaymentFailedEvent implements DomainEvent {
  static readonly eventName = 'payment.failed';
  readonly eventName = PaymentFailedEvent.eventName;
  constructor(
    readonly payment: PaymentSnapshot,
    readonly reason: string | null,
  ) {}
}

/** Stopped before any money moved (a terminal checkout cancelled or timed out, an intent cancelled). */
export class PaymentCancelledEvent implements DomainEvent {
  static readonly eventName = 'payment.cancelled';
  readonly eventName = PaymentCancelledEvent.eventName;
  constructor(
    readonly payment: PaymentSnapshot,
    readonly reason: string | null,
  ) {}
}

export class PaymentRefundedEvent implements DomainEvent {
  static readonly eventName = 'payment.refunded';
  readonly eventName = PaymentRefundedEvent.eventName;
  constructor(
    readonly payment: PaymentSnapshot,
    readonly refundCents: number,
    readonly reason: string | null,
  ) {}
}
