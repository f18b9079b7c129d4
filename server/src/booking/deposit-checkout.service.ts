import { Injectable } from '@nestjs/common';
import { ConflictError } from '../common/errors.js';
import { PaymentService, toPaymentType, type PaymentType } from '../payment/index.js';
import { BookingQueryService } from './booking-query.service.js';
import { depositCheckoutRefusal, depositMethod, giftCardPartCents } from './domain/deposit-checkout.js';
import { depositTaken, itemDeposit } from './dto/booking.mappers.js';
import type {
  CapturePayPalDepositInput,
  CreateDepositPaymentInput,
  DepositCheckout,
} from './dto/deposit.types.js';
import { ManageTokenService } from './manage-token.service.js';

/** The client pays a pending booking's deposit online, from the manage link. */
@Injectable()
export class DepositCheckoutService {
  constructor(
    private readonly queries: BookingQueryService,
    private readonly tokens: ManageTokenService,
    private readonly payments: PaymentService,
  ) {}

  /** Opens (or resumes) the checkout: the provider hands back an open one rather than charging twice. */
  async start(input: CreateDepositPaymentInput, now = Date.now()): Promise<DepositCheckout> {
    const booking = await this.queries.view(await this.tokens.bookingId(input.token, 'input.token', now));
    const depositCents = (booking.items ?? []).reduce((sum, item) => sum + itemDeposit(item), 0);
    // What gift cards already put towards it is not asked again.
    const giftCardCents = giftCardPartCents(booking.payments);
    const amountCents = depositCents - giftCardCents;
    const refusal = depositCheckoutRefusal(
      {
        status: booking.status,
        depositCents: amountCents,
        depositTaken: depositTaken(booking.payments),
        holdExpiresAt: booking.holdExpiresAt?.getTime() ?? null,
      },
      now,
    );
    if (refusal !== null) throw new ConflictError(refusal);
    const availableMethods = await this.payments.onlineMethods();
    const chosen = depositMethod(input.method, availableMethods);
    if ('refusal' in chosen) throw new ConflictError(chosen.refusal);
    const checkout = await this.payments.startOnlineDeposit({
      bookingId: booking.id,
      amountCents,
      description: `Acompte — rendez-vous ${booking.reference}`,
      method: chosen.method,
    });
    return {
      paymentId: checkout.payment.id,
      provider: checkout.provider,
      amountCents,
      giftCardCents,
      stripeClientSecret: checkout.stripeClientSecret,
      stripePublishableKey: checkout.stripePublishableKey,
      paypalOrderId: checkout.paypalOrderId,
      paypalClientId: checkout.paypalClientId,
      availableMethods,
      holdExpiresAt: booking.holdExpiresAt,
    };
  }

  /** Captures the PayPal order the client approved; the payment service makes a repeat harmless. */
  async capturePayPal(input: CapturePayPalDepositInput): Promise<PaymentType> {
    const bookingId = await this.tokens.bookingId(input.token, 'input.token');
    return toPaymentType(await this.payments.capturePayPalDeposit(bookingId, input.orderId));
  }
}
