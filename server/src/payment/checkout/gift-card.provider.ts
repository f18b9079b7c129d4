import { Injectable } from '@nestjs/common';
import type { PaymentProvider } from '../providers/payment-provider.js';
import { ConflictError } from '../../common/errors.js';

/**
 * Why the card a deposit payment came from cannot take `amountCents` back (expired, cancelled, or it
 * would hold more than its face value), or null. Answered by the gift-card module, which registers it.
 */
export type GiftCardRefundCheck = (paymentId: string, amountCents: number) => Promise<string | null>;

/**
 * A gift card's part of a booking deposit (`PaymentLedgerService.recordGiftCardIn`). The card lives in
 * the gift-card module, which depends on this one: it gives the money back to the card when it sees
 * the payment's `PaymentRefundedEvent` or `PaymentCancelledEvent`, in the transaction that records it.
 */
@Injectable()
export class GiftCardPaymentProvider implements PaymentProvider {
  readonly name = 'GIFT_CARD' as const;
  private check: GiftCardRefundCheck = () => Promise.resolve(null);

  isAvailable(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** The gift-card module's answer to "can this card take the money back?" (set at start-up). */
  setRefundCheck(check: GiftCardRefundCheck): void {
    this.check = check;
  }

  /**
   * Nothing to call outside: the card is credited in the refund's own transaction. A card that cannot
   * take the money back refuses here, before the refund is recorded, so that its reservation is
   * released and the refund is made another way, instead of a refund left pending.
   */
  async refund(payment: { id: string }, amountCents: number, refundId: string): Promise<string | null> {
    const problem = await this.check(payment.id, amountCents);
    if (problem !== null) throw new ConflictError(problem);
    return `gift-card-refund:${refundId}`;
  }
}
