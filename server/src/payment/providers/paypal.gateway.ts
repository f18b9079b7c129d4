import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  ApiError,
  CheckoutPaymentIntent,
  Client,
  Environment,
  OrdersController,
  PaymentsController,
  type OAuthToken,
  type Order,
} from '@paypal/paypal-server-sdk';
import { createHash } from 'node:crypto';
import type https from 'node:https';
import { CONFIG } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { fromPayPalValue, linkedId, paypalRefundedCents, toPayPalValue } from '../domain/paypal.js';
import { paypalEndpoint, type PayPalEndpoint } from '../../config/paypal-endpoint.js';
import { createPayPalRedirectAgent } from './paypal-agent.js';

export interface PayPalCredentials {
  clientId: string;
  clientSecret: string;
}

/** An Orders v2 order as the ledger needs it (one purchase unit, intent CAPTURE). */
export interface PayPalOrder {
  id: string;
  status: string;
  amountCents: number | null;
  currency: string | null;
  /** Ours: the payment id. */
  customId: string | null;
  capture: { id: string; status: string; amountCents: number } | null;
  /** Completed refunds of the capture. */
  refundedCents: number;
}

/**
 * A refusal from PayPal, reduced to what may be shown and logged: the SDK's own error carries the
 * request (with its Authorization header), so it never leaves this file.
 */
export class PayPalApiError extends Error {
  constructor(
    readonly status: number,
    readonly issue: string | null,
    readonly debugId: string | null,
  ) {
    super(`PayPal ${status}${issue ? ` ${issue}` : ''}${debugId ? ` (debug id ${debugId})` : ''}`);
    this.name = 'PayPalApiError';
  }
}

export interface PayPalWebhookHeaders {
  transmissionId: string;
  transmissionTime: string;
  transmissionSig: string;
  certUrl: string;
  authAlgo: string;
}

/**
 * PayPal (Orders v2, Payments v2) through the official `@paypal/paypal-server-sdk`, one client per
 * credentials (it keeps its OAuth token). The SDK has no base-URL option: PAYPAL_API_URL picks live or
 * sandbox, or — an http:// address, as in tests — an agent that sends its requests there
 * (`paypal-agent.ts`). Webhook verification is not in the SDK: a `fetch` with the same bearer token.
 */
@Injectable()
export class PayPalGateway implements OnModuleDestroy {
  private readonly endpoint: PayPalEndpoint;
  private readonly agent: https.Agent | undefined;
  private readonly clients = new Map<
    string,
    { client: Client; orders: OrdersController; payments: PaymentsController; token?: OAuthToken }
  >();

  constructor(@Inject(CONFIG) config: Config) {
    this.endpoint = paypalEndpoint(config.paypalApiUrl);
    this.agent = this.endpoint.redirectTo ? createPayPalRedirectAgent(this.endpoint.redirectTo) : undefined;
  }

  onModuleDestroy(): void {
    this.agent?.destroy();
  }

  private entry(credentials: PayPalCredentials) {
    const key = createHash('sha256')
      .update(`${credentials.clientId}\u0000${credentials.clientSecret}`)
      .digest('hex');
    let entry = this.clients.get(key);
    if (entry === undefined) {
      const holder: { token?: OAuthToken } = {};
      const client = new Client({
        environment:
          this.endpoint.environment === 'Production' ? Environment.Production : Environment.Sandbox,
        timeout: 15_000,
        clientCredentialsAuthCredentials: {
          oAuthClientId: credentials.clientId,
          oAuthClientSecret: credentials.clientSecret,
          oAuthOnTokenUpdate: (token) => {
            holder.token = token;
          },
        },
        httpClientOptions: this.agent ? { httpsAgent: this.agent } : {},
      });
      entry = Object.assign(holder, {
        client,
        orders: new OrdersController(client),
        payments: new PaymentsController(client),
      });
      this.clients.set(key, entry);
    }
    return entry;
  }

  async createOrder(
    credentials: PayPalCredentials,
    input: { amountCents: number; currency: string; description: string; customId: string },
    requestId: string,
  ): Promise<PayPalOrder> {
    const { orders } = this.entry(credentials);
    const { result } = await call(() =>
      orders.createOrder({
        body: {
          intent: CheckoutPaymentIntent.Capture,
          purchaseUnits: [
            {
              amount: { currencyCode: input.currency, value: toPayPalValue(input.amountCents) },
              description: input.description.slice(0, 127),
              customId: input.customId,
            },
          ],
        },
        paypalRequestId: requestId,
        prefer: 'return=representation',
      }),
    );
    return toOrder(result);
  }

  async getOrder(credentials: PayPalCredentials, orderId: string): Promise<PayPalOrder> {
    const { orders } = this.entry(credentials);
    return toOrder((await call(() => orders.getOrder({ id: orderId }))).result);
  }

  /** Captures an approved order; the same request id never captures twice (PayPal replays it). */
  async captureOrder(
    credentials: PayPalCredentials,
    orderId: string,
    requestId: string,
  ): Promise<PayPalOrder> {
    const { orders } = this.entry(credentials);
    const { result } = await call(() =>
      orders.captureOrder({ id: orderId, paypalRequestId: requestId, prefer: 'return=representation' }),
    );
    return toOrder(result);
  }

  /** The order a capture belongs to (its `up` link), read from the API. */
  async orderIdOfCapture(credentials: PayPalCredentials, captureId: string): Promise<string | null> {
    const { payments } = this.entry(credentials);
    const { result } = await call(() => payments.getCapturedPayment({ captureId }));
    return result.supplementaryData?.relatedIds?.orderId ?? linkedId(result.links, 'up');
  }

  /** The capture a refund belongs to (its `up` link), read from the API. */
  async captureIdOfRefund(credentials: PayPalCredentials, refundId: string): Promise<string | null> {
    const { payments } = this.entry(credentials);
    const { result } = await call(() => payments.getRefund({ refundId }));
    return linkedId(result.links, 'up');
  }

  /** Refunds all that is left of a capture (amount null) or part of it; idempotent by request id. */
  async refundCapture(
    credentials: PayPalCredentials,
    input: { captureId: string; amountCents: number | null; currency: string },
    requestId: string,
  ): Promise<{ id: string; status: string }> {
    const { payments } = this.entry(credentials);
    const { result } = await call(() =>
      payments.refundCapturedPayment({
        captureId: input.captureId,
        paypalRequestId: requestId,
        prefer: 'return=representation',
        body:
          input.amountCents === null
            ? {}
            : { amount: { currencyCode: input.currency, value: toPayPalValue(input.amountCents) } },
      }),
    );
    return { id: result.id ?? '', status: result.status ?? 'PENDING' };
  }

  /**
   * Asks PayPal whether a delivery is genuine (`/v1/notifications/verify-webhook-signature`). The
   * event goes back byte for byte as received: re-serialising it could change what was signed.
   */
  async verifyWebhook(
    credentials: PayPalCredentials,
    webhookId: string,
    headers: PayPalWebhookHeaders,
    rawBody: string,
  ): Promise<boolean> {
    const entry = this.entry(credentials);
    const token = await call(() => entry.client.clientCredentialsAuthManager.updateToken(entry.token));
    entry.token = token;
    const fields = JSON.stringify({
      auth_algo: headers.authAlgo,
      cert_url: headers.certUrl,
      transmission_id: headers.transmissionId,
      transmission_sig: headers.transmissionSig,
      transmission_time: headers.transmissionTime,
      webhook_id: webhookId,
    });
    const body = `${fields.slice(0, -1)},"webhook_event":${rawBody}}`;
    const res = await fetch(`${this.endpoint.apiBase}/v1/notifications/verify-webhook-signature`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.accessToken}` },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const answer = (await res.json().catch(() => null)) as {
      verification_status?: string;
      name?: string;
      debug_id?: string;
    } | null;
    if (res.status === 400) return false; // malformed delivery (e.g. a blank header)
    if (!res.ok) throw new PayPalApiError(res.status, answer?.name ?? null, answer?.debug_id ?? null);
    return answer?.verification_status === 'SUCCESS';
  }
}

/** Runs an SDK call; its errors become PayPalApiError (status, first issue, debug id). */
async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError) {
      const result = (error.result ?? {}) as {
        name?: string;
        error?: string;
        debug_id?: string;
        details?: { issue?: string }[];
      };
      throw new PayPalApiError(
        error.statusCode,
        result.details?.[0]?.issue ?? result.name ?? result.error ?? null,
        result.debug_id ?? null,
      );
    }
    // Network failures and the like: keep the message only (the SDK's objects hold the request
    // and its Authorization header, which must not reach a log through `cause`).
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`PayPal unreachable: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function toOrder(order: Order): PayPalOrder {
  const unit = order.purchaseUnits?.[0];
  const capture = unit?.payments?.captures?.[0];
  return {
    id: order.id ?? '',
    status: order.status ?? 'CREATED',
    amountCents: unit?.amount ? fromPayPalValue(unit.amount.value) : null,
    currency: unit?.amount?.currencyCode ?? null,
    customId: unit?.customId ?? null,
    capture:
      capture?.id && capture.amount
        ? {
            id: capture.id,
            status: capture.status ?? 'PENDING',
            amountCents: fromPayPalValue(capture.amount.value),
          }
        : null,
    refundedCents: paypalRefundedCents(
      (unit?.payments?.refunds ?? []).flatMap((r) =>
        r.amount ? [{ status: r.status ?? 'PENDING', value: r.amount.value }] : [],
      ),
    ),
  };
}
