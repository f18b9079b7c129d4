import { Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { TransactionRunner, type UnitOfWork } from '../../common/transaction/unit-of-work.js';
import { stripeIntentStatus } from '../domain/provider-status.js';
import { PaymentLedgerService } from '../ledger.service.js';
import { PaymentSettingsService } from '../payment-settings.service.js';
import type { PaymentEntity } from '../payment.entities.js';
import { PaymentRepository } from '../payment.repository.js';
import {
  ownerColumns,
  type DepositRequest,
  type OnlineCheckout,
  type PaymentProvider,
} from '../providers/payment-provider.js';
import { StripeGateway } from '../providers/stripe.gateway.js';

/** Cards online through Stripe: a PaymentIntent per deposit, confirmed in the browser by the Payment Element. */
@Injectable()
export class StripeCheckoutService implements PaymentProvider {
  readonly name = 'STRIPE' as const;
  readonly online = { method: 'CARD_ONLINE', priority: 1 } as const;

  constructor(
    private readonly settings: PaymentSettingsService,
    private readonly stripe: StripeGateway,
    private readonly ledger: PaymentLedgerService,
    private readonly repo: PaymentRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async isAvailable(): Promise<boolean> {
    return (await this.settings.secrets()).stripe !== null;
  }

  /**
   * A PaymentIntent for the deposit (or gift-card order). A payment still pending for the same owner and amount is
   * reused while its intent is open, so retrying never creates a second charge.
   */
  async createDeposit(input: DepositRequest): Promise<OnlineCheckout> {
    const stripe = (await this.settings.secrets()).stripe;
    if (stripe === null) throw new Error('Stripe n’est plus configuré.');
    const existing = await this.repo.pendingDeposit(input.owner, 'STRIPE', input.amountCents);
    const owner = ownerColumns(input.owner);
    const checkout = (payment: PaymentEntity, clientSecret: string | null): OnlineCheckout => ({
      payment,
      provider: 'STRIPE',
      stripeClientSecret: clientSecret,
      stripePublishableKey: stripe.publishableKey,
      paypalOrderId: null,
      paypalClientId: null,
    });
    if (existing?.providerReference) {
      const intent = await this.stripe.retrieveIntent(stripe.secretKey, existing.providerReference);
      if (intent.status !== 'canceled' && intent.status !== 'succeeded') {
        return checkout(existing, intent.clientSecret);
      }
    }
    const payment = await this.ledger.openDeposit({
      ...owner,
      amountCents: input.amountCents,
      method: 'CARD_ONLINE',
      provider: 'STRIPE',
      createdBy: null,
    });
    const intent = await this.stripe.createIntent(
      stripe.secretKey,
      {
        amountCents: input.amountCents,
        currency: 'EUR',
        description: input.description,
        metadata: {
          paymentId: payment.id,
          ...(owner.bookingId !== null ? { bookingId: owner.bookingId } : {}),
          ...(owner.giftCardOrderId !== null ? { giftCardOrderId: owner.giftCardOrderId } : {}),
          kind: owner.kind,
        },
      },
      `payment:${payment.id}`,
    );
    await this.ledger.setReference(payment.id, intent.id, intent.status);
    return checkout({ ...payment, providerReference: intent.id }, intent.clientSecret);
  }

  /**
   * Applies what Stripe says about an intent, fetched from its API — a webhook is only a reason to
   * look, so events in any order converge on the same state.
   */
  async fetchStatus(uow: UnitOfWork, intentId: string): Promise<PaymentEntity | null> {
    const secrets = await this.settings.secrets();
    if (!secrets.stripe) return null;
    const intent = await this.stripe.retrieveIntent(secrets.stripe.secretKey, intentId);
    const reported = stripeIntentStatus(intent.status, intent.failure !== null);
    return this.ledger.converge(uow, 'STRIPE', intent.id, reported, intent.status, intent.failure);
  }

  async refund(payment: PaymentEntity, amountCents: number, refundId: string): Promise<string | null> {
    const secrets = await this.settings.secrets();
    if (!secrets.stripe || !payment.providerReference) throw new Error('Stripe n’est plus configuré.');
    const refund = await this.stripe.refund(
      secrets.stripe.secretKey,
      { intentId: payment.providerReference, amountCents, metadata: { paymentId: payment.id, refundId } },
      `refund:${refundId}`,
    );
    return refund.id;
  }

  /**
   * A verified webhook event, applied once: its id is recorded in the transaction of its effect (a
   * redelivery is a no-op, a failure lets Stripe retry), and the state is re-read from Stripe.
   */
  applyEvent(event: Stripe.Event): Promise<'duplicate' | 'applied'> {
    return this.tx.run(async (uow) => {
      if (!(await this.repo.recordProviderEvent(uow.manager, 'STRIPE', event.id, event.type))) {
        return 'duplicate' as const;
      }
      if (event.type === 'charge.refunded') {
        const charge = event.data.object;
        const intentId =
          typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
        if (intentId)
          await this.ledger.applyProviderRefundTotal(uow, 'STRIPE', intentId, charge.amount_refunded);
      } else {
        const intent = event.data.object as Stripe.PaymentIntent;
        await this.fetchStatus(uow, intent.id);
      }
      return 'applied' as const;
    });
  }
}
