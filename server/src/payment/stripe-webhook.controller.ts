import { Controller, Headers, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type Stripe from 'stripe';
import { Public } from '../common/auth/access.decorators.js';
import { StripeCheckoutService } from './checkout/stripe-checkout.service.js';
import { PaymentSettingsService } from './payment-settings.service.js';
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
    private readonly checkout: StripeCheckoutService,
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
    const outcome = await this.checkout.applyEvent(event);
    this.logger.log({ event: event.type, id: event.id, outcome }, 'Stripe event');
    return outcome === 'duplicate' ? { received: true, duplicate: true } : { received: true };
  }
}
