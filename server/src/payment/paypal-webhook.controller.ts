import { Controller, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/access.decorators.js';
import { PayPalOrderSyncService } from './checkout/paypal-order-sync.service.js';
import { PaymentSettingsService } from './payment-settings.service.js';
import { PayPalGateway, type PayPalWebhookHeaders } from './providers/paypal.gateway.js';

/** What each handled event's resource is: an order, a capture or a refund. */
const HANDLED: Record<string, 'order' | 'capture' | 'refund'> = {
  'CHECKOUT.ORDER.APPROVED': 'order',
  'PAYMENT.CAPTURE.COMPLETED': 'capture',
  'PAYMENT.CAPTURE.DENIED': 'capture',
  'PAYMENT.CAPTURE.REFUNDED': 'refund',
};

type Outcome = { received: boolean; duplicate?: boolean; ignored?: boolean; error?: string };

/**
 * PayPal webhooks. Each delivery is checked by PayPal's own verification API (with the webhook id
 * the admin entered) before anything else; each event id takes effect once (recorded in the same
 * transaction as its effect, so a failure lets PayPal redeliver); the order is always re-read from
 * PayPal's API, never taken from the body, so duplicates and any arrival order converge. An approved
 * order is captured here too: the buyer may have closed the window before the browser asked us to.
 */
@Controller('webhooks')
@Public()
export class PayPalWebhookController {
  private readonly logger = new Logger(PayPalWebhookController.name);

  constructor(
    private readonly settings: PaymentSettingsService,
    private readonly paypal: PayPalGateway,
    private readonly orders: PayPalOrderSyncService,
  ) {}

  @Post('paypal')
  @HttpCode(200)
  async paypalEvent(
    @Req() req: FastifyRequest & { rawBody?: Buffer },
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Outcome> {
    const rejected = (): Outcome => {
      res.status(400);
      return { received: false, error: 'invalid signature' };
    };
    // An unsigned or malformed call is a bad request whatever our configuration: 400, never retried.
    const headers = transmissionHeaders(req.headers);
    const raw = req.rawBody?.toString('utf8');
    const event = raw === undefined ? null : parseEvent(raw);
    if (headers === null || raw === undefined || event === null) return rejected();
    const { paypal } = await this.settings.secrets();
    if (!paypal?.webhookId) {
      // A signed event we cannot check yet: 503 so that PayPal delivers it again once configured.
      res.status(503);
      return { received: false, error: 'PayPal webhooks are not configured' };
    }
    let genuine: boolean;
    try {
      genuine = await this.paypal.verifyWebhook(paypal, paypal.webhookId, headers, raw);
    } catch (error) {
      // PayPal could not tell: answer an error so that it delivers again later.
      this.logger.warn({ err: (error as Error).message }, 'PayPal webhook verification unavailable');
      res.status(503);
      return { received: false, error: 'verification unavailable' };
    }
    if (!genuine) {
      this.logger.warn({ id: event.id, event: event.type }, 'PayPal webhook with a bad signature');
      return rejected();
    }
    const kind = HANDLED[event.type];
    if (kind === undefined || event.resourceId === null) return { received: true, ignored: true };
    const outcome = await this.orders.applyEvent(paypal, event, kind, event.resourceId);
    this.logger.log({ event: event.type, id: event.id, outcome }, 'PayPal event');
    return outcome === 'duplicate' ? { received: true, duplicate: true } : { received: true };
  }
}

function transmissionHeaders(h: FastifyRequest['headers']): PayPalWebhookHeaders | null {
  const one = (name: string) => {
    const value = h[name];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  const transmissionId = one('paypal-transmission-id');
  const transmissionTime = one('paypal-transmission-time');
  const transmissionSig = one('paypal-transmission-sig');
  const certUrl = one('paypal-cert-url');
  const authAlgo = one('paypal-auth-algo');
  if (!transmissionId || !transmissionTime || !transmissionSig || !certUrl || !authAlgo) return null;
  return { transmissionId, transmissionTime, transmissionSig, certUrl, authAlgo };
}

/** The envelope fields we route on (the resource's state is never trusted: it is re-read). */
function parseEvent(raw: string): { id: string; type: string; resourceId: string | null } | null {
  try {
    const body = JSON.parse(raw) as { id?: unknown; event_type?: unknown; resource?: { id?: unknown } };
    if (typeof body.id !== 'string' || typeof body.event_type !== 'string') return null;
    const resourceId = typeof body.resource?.id === 'string' ? body.resource.id : null;
    return { id: body.id, type: body.event_type, resourceId };
  } catch {
    return null;
  }
}
