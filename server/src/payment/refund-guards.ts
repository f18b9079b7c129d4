import { Injectable } from '@nestjs/common';
import type { PaymentKind } from './payment.entities.js';

/** What a guard sees of the payment about to be refunded. */
export interface GuardedPayment {
  id: string;
  kind: PaymentKind;
  amountCents: number;
  refundedCents: number;
  giftCardOrderId: string | null;
}

/** Why `amountCents` of `payment` cannot be refunded, in French, or null. */
export type RefundGuard = (payment: GuardedPayment, amountCents: number) => Promise<string | null>;

/**
 * Checks the module that owns what a payment bought registers for its kind (a gift-card order: its card
 * must be unused), asked before any money moves, so a refund that would be undone later is never made.
 */
@Injectable()
export class RefundGuards {
  private readonly guards = new Map<PaymentKind, RefundGuard>();

  register(kind: PaymentKind, guard: RefundGuard): void {
    if (this.guards.has(kind)) throw new Error(`A refund guard for ${kind} is already registered`);
    this.guards.set(kind, guard);
  }

  problem(payment: GuardedPayment, amountCents: number): Promise<string | null> {
    return this.guards.get(payment.kind)?.(payment, amountCents) ?? Promise.resolve(null);
  }
}
