import { Injectable } from '@nestjs/common';
import type { PaymentProvider } from '../providers/payment-provider.js';

/**
 * A gift card's part of a booking deposit (`PaymentLedgerService.recordGiftCardIn`). The card lives in
 * the gift-card module, which depends on this one: it gives the money back to the card when it sees
 * the payment's `PaymentRefundedEvent` or `PaymentCancelledEvent`, in the transaction that records it.
 */
@Injectable()
export class GiftCardPaymentProvider implements PaymentProvider {
  readonly name = 'GIFT_CARD' as const;

  isAvailable(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** Nothing to call outside: the card is credited in the refund's own transaction. */
  refund(_payment: unknown, _amountCents: number, refundId: string): Promise<string | null> {
    return Promise.resolve(`gift-card-refund:${refundId}`);
  }
}
