import { Controller, Headers, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type Stripe from 'stripe';
import { Public } from '../common/auth/access.decorators.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import { PaymentService } from './payment.service.js';
import { ProviderEventEntity } from './payment.entities.js';
import { StripeGateway } from './providers/stripe.gateway.js';

const HANDLED = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
  'payment_intent.processing',
  'payment_intent.created',
  'charge.refunded',
]);

/**
 * Stripe webhooks. The signature is checked on the raw body; each event id takes effect once
 * (recorded in the same transaction as its effect, so a failure lets Stripe redeliver); the state
 * is re-fetched from Stripe's API, so duplicates and any arrival order converge.
 */
@Controller('webhooks')
@Public()
export class StripeWebhookController {
  private readonly logger = new Logger(StripeWebhookController.name);

  constructor(
    private readonly settings: PaymentSettingsService,
    private readonly stripe: StripeGateway,
    private readonly payments: PaymentService,
    private readonly tx: TransactionRunner,
  ) {}

  @Post('stripe')
  @HttpCode(200)
  async stripeEvent(
    @Req() req: FastifyRequest & { rawBody?: Buffer },
    @Res({ passthrough: true }) res: FastifyReply,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: boolean; duplicate?: boolean; ignored?: boolean; error?: string }> {
    // An unsigned call is a bad request whatever our configuration: 400, never retried.
    if (!req.rawBody || !signature) {
      res.status(400);
      return { received: false, error: 'missing body or signature' };
    }
    const secrets = await this.settings.secrets();
    const webhookSecret = secrets.stripe?.webhookSecret;
    if (!webhookSecret) {
      // A signed event we cannot check yet: 503 so that Stripe delivers it again once configured.
      res.status(503);
      return { received: false, error: 'Stripe webhooks are not configured' };
    }
    let event: Stripe.Event;
    try {
      event = this.stripe.constructEvent(req.rawBody, signature, webhookSecret);
    } catch {
      res.status(400);
      return { received: false, error: 'invalid signature' };
    }
    if (!HANDLED.has(event.type)) return { received: true, ignored: true };
    const outcome = await this.tx.run(async (uow) => {
      const inserted = await uow.manager
        .createQueryBuilder()
        .insert()
        .into(ProviderEventEntity)
        .values({ provider: 'STRIPE', eventId: event.id, type: event.type })
        .orIgnore()
        .returning('id')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return 'duplicate' as const;
      if (event.type === 'charge.refunded') {
        const charge = event.data.object;
        const intentId =
          typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
        if (intentId)
          await this.payments.applyProviderRefundTotal(uow, 'STRIPE', intentId, charge.amount_refunded);
      } else {
        const intent = event.data.object as Stripe.PaymentIntent;
        await this.payments.refreshStripeIntent(uow, intent.id);
      }
      return 'applied' as const;
    });
    this.logger.log({ event: event.type, id: event.id, outcome }, 'Stripe event');
    return outcome === 'duplicate' ? { received: true, duplicate: true } : { received: true };
  }
}
