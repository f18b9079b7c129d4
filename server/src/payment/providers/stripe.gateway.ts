import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';

export interface StripeIntent {
  id: string;
  status: string;
  amount: number;
  amountReceived: number;
  clientSecret: string | null;
  failure: string | null;
  metadata: Record<string, string>;
}

/** A Stripe payout that reached the bank, in cents, with the sums of the transactions it settles. */
export interface StripePaidPayout {
  id: string;
  /** Unix seconds (Stripe sets midnight UTC of the arrival day). */
  arrivalDate: number;
  currency: string;
  netCents: number;
  grossCents: number;
  feeCents: number;
}

/** Stripe through its official SDK; the API base comes from STRIPE_API_URL (tests: a local fake). */
@Injectable()
export class StripeGateway {
  private readonly clients = new Map<string, Stripe>();

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  private client(secretKey: string): Stripe {
    let client = this.clients.get(secretKey);
    if (client === undefined) {
      const base = new URL(this.config.stripeApiUrl);
      client = new Stripe(secretKey, {
        host: base.hostname,
        port: base.port ? Number(base.port) : base.protocol === 'https:' ? 443 : 80,
        protocol: base.protocol === 'https:' ? 'https' : 'http',
        maxNetworkRetries: 2,
        timeout: 15_000,
        telemetry: false,
        appInfo: { name: 'Sérénaia' },
      });
      this.clients.set(secretKey, client);
    }
    return client;
  }

  async createIntent(
    secretKey: string,
    input: { amountCents: number; currency: string; description: string; metadata: Record<string, string> },
    idempotencyKey: string,
  ): Promise<StripeIntent> {
    const intent = await this.client(secretKey).paymentIntents.create(
      {
        amount: input.amountCents,
        currency: input.currency.toLowerCase(),
        description: input.description,
        metadata: input.metadata,
        automatic_payment_methods: { enabled: true },
      },
      { idempotencyKey },
    );
    return toIntent(intent);
  }

  async retrieveIntent(secretKey: string, id: string): Promise<StripeIntent> {
    return toIntent(await this.client(secretKey).paymentIntents.retrieve(id));
  }

  async refund(
    secretKey: string,
    input: { intentId: string; amountCents: number; metadata: Record<string, string> },
    idempotencyKey: string,
  ): Promise<{ id: string; status: string }> {
    const refund = await this.client(secretKey).refunds.create(
      {
        payment_intent: input.intentId,
        amount: input.amountCents,
        metadata: input.metadata,
        reason: 'requested_by_customer',
      },
      { idempotencyKey },
    );
    return { id: refund.id, status: refund.status ?? 'pending' };
  }

  /**
   * The payouts that reached the bank (`status: paid`) with an arrival date in `arrival` (unix seconds), each with its
   * gross and fees read from its balance transactions (every charge and refund it settles; the payout's
   * own transaction is left out). At most 1,000 payouts, 10,000 transactions each.
   */
  async paidPayouts(secretKey: string, arrival: { gte: number; lt: number }): Promise<StripePaidPayout[]> {
    const stripe = this.client(secretKey);
    const payouts = await stripe.payouts
      .list({ status: 'paid', arrival_date: arrival, limit: 100 })
      .autoPagingToArray({ limit: 1000 });
    const result: StripePaidPayout[] = [];
    for (const payout of payouts) {
      const transactions = await stripe.balanceTransactions
        .list({ payout: payout.id, limit: 100 })
        .autoPagingToArray({ limit: 10_000 });
      const settled = transactions.filter((t) => t.type !== 'payout');
      result.push({
        id: payout.id,
        arrivalDate: payout.arrival_date,
        currency: payout.currency,
        netCents: payout.amount,
        grossCents: settled.reduce((sum, t) => sum + t.amount, 0),
        feeCents: settled.reduce((sum, t) => sum + t.fee, 0),
      });
    }
    return result;
  }

  /** Verifies the signature on the raw body; throws when it does not match. */
  constructEvent(rawBody: Buffer, signature: string, webhookSecret: string): Stripe.Event {
    return Stripe.webhooks.constructEvent(rawBody, signature, webhookSecret);
  }
}

function toIntent(intent: Stripe.PaymentIntent): StripeIntent {
  return {
    id: intent.id,
    status: intent.status,
    amount: intent.amount,
    amountReceived: intent.amount_received,
    clientSecret: intent.client_secret,
    failure: intent.last_payment_error?.message ?? null,
    metadata: intent.metadata,
  };
}
