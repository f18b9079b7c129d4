/**
 * A local PayPal REST API (OAuth2, Orders v2, Payments v2, webhook verification) for tests, spoken to by
 * the real `@paypal/paypal-server-sdk` (2.5.x):
 *
 *   const fake = await startPayPalFake({ clientId: 'pp-id', clientSecret: 'pp-secret' });
 *   const client = new Client({
 *     environment: Environment.Sandbox,
 *     clientCredentialsAuthCredentials: { oAuthClientId: 'pp-id', oAuthClientSecret: 'pp-secret' },
 *     httpClientOptions: { httpsAgent: fake.httpsAgent }, // = createPayPalRedirectAgent(fake.url)
 *   });
 *
 * Pointing the SDK elsewhere: it has NO base-URL option. `getBaseUri()` (dist/esm/client.js) only knows
 * `Environment.Production` (https://api-m.paypal.com) and `Environment.Sandbox`
 * (https://api-m.sandbox.paypal.com) and throws for anything else; `proxySettings` tunnels with CONNECT
 * (https-proxy-agent), which would need TLS. What it does take is `httpClientOptions.httpsAgent`, handed to
 * axios for every https call (token requests included): `createPayPalRedirectAgent(url)` is an
 * `https.Agent` whose `createConnection` opens a plain TCP socket to the fake, so the SDK keeps building
 * `https://api-m.sandbox.paypal.com/...` URLs (Host header included) and the bytes go to 127.0.0.1 as
 * HTTP/1.1. The agent factory lives in the server (`src/payment/providers/paypal-agent.ts`), which builds
 * it from PAYPAL_API_URL when that is an http:// URL and uses the URL for its own `fetch` calls; this
 * file re-exports it.
 *
 * Wire format, as read in the SDK and @apimatic/core:
 * - Token: `POST /v1/oauth2/token`, `Authorization: Basic base64(id:secret)`, form body
 *   `grant_type=client_credentials`; the SDK caches the token until `expires_in` runs out. Refusals use
 *   OAuth's `{error, error_description}`.
 * - Other calls: `Authorization: Bearer <token>`, JSON bodies in snake_case (the SDK maps its camelCase
 *   models), responses validated against the SDK's schemas (enums such as OrderStatus are strict; unknown
 *   fields are dropped). `PayPal-Request-Id` is sent only when the caller passes `paypalRequestId`.
 * - Errors: every non-2xx becomes `ApiError` (orders/captures/refunds: its subclass `CustomError`, token:
 *   `OAuthProviderError` – but the package's `OAuthProviderError` export is the enum of error codes, not
 *   the class) with `statusCode`, `result` (parsed JSON) and `body`. PayPal's shape is
 *   `{name, message, debug_id, details: [{issue, description, field?, location?}], links}`.
 * - Retries: GET and PUT only, and `maxNumberOfRetries` defaults to 0.
 *
 * Idempotency: a repeated `PayPal-Request-Id` on the same path returns "the latest status of the previous
 * request" (developer.paypal.com/reference/guidelines/idempotency) without acting again; the journal
 * marks it `replayed`. Create answers `Prefer: return=minimal` (PayPal's default: id, status, links) unless
 * `return=representation` is asked for; every other route answers the full representation.
 *
 * Webhooks: the SDK has no notifications controller, so the app calls
 * `POST /v1/notifications/verify-webhook-signature` itself (fetch + bearer token, e.g. from
 * `client.clientCredentialsAuthManager.fetchToken()`). `signedEvent()` produces deliveries signed like
 * PayPal's (SHA256withRSA over `transmission_id|transmission_time|webhook_id|crc32(body)` with a key the
 * fake holds); verification answers SUCCESS only for a delivery this fake produced, with its webhook id,
 * headers and event unchanged.
 */
import type https from 'node:https';
import { crc32 } from 'node:zlib';
import { generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import {
  canonicalJson,
  header,
  postTo,
  randomId,
  snapshot,
  startFakeServer,
  uuid,
  type FakeReply,
  type FakeRequest,
  type RecordedRequest,
} from './fake-server.js';
import { createPayPalRedirectAgent } from '../../src/payment/providers/paypal-agent.js';

// The app builds the same agent from PAYPAL_API_URL (server/src/payment/providers/paypal-agent.ts).
export { createPayPalRedirectAgent };
export type { RecordedRequest } from './fake-server.js';

export interface PayPalFakeOptions {
  clientId?: string;
  clientSecret?: string;
}

export interface MoneyJson {
  currency_code: string;
  value: string;
}

export interface LinkJson {
  href: string;
  rel: string;
  method: 'GET' | 'POST' | 'PATCH';
}

export type CaptureStatus =
  'COMPLETED' | 'DECLINED' | 'PARTIALLY_REFUNDED' | 'PENDING' | 'REFUNDED' | 'FAILED';

export interface CaptureJson {
  id: string;
  status: CaptureStatus;
  amount: MoneyJson;
  final_capture: boolean;
  seller_protection: { status: 'ELIGIBLE'; dispute_categories: string[] };
  seller_receivable_breakdown: { gross_amount: MoneyJson; paypal_fee: MoneyJson; net_amount: MoneyJson };
  custom_id?: string;
  invoice_id?: string;
  links: LinkJson[];
  create_time: string;
  update_time: string;
}

export interface RefundJson {
  id: string;
  status: 'COMPLETED';
  amount: MoneyJson;
  note_to_payer?: string;
  custom_id?: string;
  invoice_id?: string;
  seller_payable_breakdown: {
    gross_amount: MoneyJson;
    paypal_fee: MoneyJson;
    net_amount: MoneyJson;
    total_refunded_amount: MoneyJson;
  };
  links: LinkJson[];
  create_time: string;
  update_time: string;
}

export interface PurchaseUnitJson {
  reference_id: string;
  amount: MoneyJson;
  payee: { email_address: string; merchant_id: string };
  description?: string;
  custom_id?: string;
  invoice_id?: string;
  soft_descriptor?: string;
  payments?: { captures: CaptureJson[]; refunds?: RefundJson[] };
}

export type OrderStatus = 'CREATED' | 'SAVED' | 'APPROVED' | 'VOIDED' | 'COMPLETED' | 'PAYER_ACTION_REQUIRED';

export interface OrderJson {
  id: string;
  intent: 'CAPTURE';
  status: OrderStatus;
  purchase_units: PurchaseUnitJson[];
  payer?: { name: { given_name: string; surname: string }; email_address: string; payer_id: string };
  payment_source?: { paypal: { email_address: string; account_id: string; account_status: 'VERIFIED' } };
  create_time: string;
  update_time?: string;
  links: LinkJson[];
}

export interface PayPalWebhookEvent {
  id: string;
  event_version: '1.0';
  create_time: string;
  resource_type: string;
  resource_version: '2.0';
  event_type: string;
  summary: string;
  resource: unknown;
  links: LinkJson[];
}

export interface PayPalTransmissionHeaders {
  'paypal-transmission-id': string;
  'paypal-transmission-time': string;
  'paypal-transmission-sig': string;
  'paypal-cert-url': string;
  'paypal-auth-algo': 'SHA256withRSA';
}

export interface SignedPayPalEvent {
  /** The exact JSON body PayPal would POST. */
  body: string;
  headers: PayPalTransmissionHeaders;
  event: PayPalWebhookEvent;
}

export interface PayPalFake {
  url: string;
  port: number;
  clientId: string;
  clientSecret: string;
  /** Give to `new Client({ httpClientOptions: { httpsAgent } })`. */
  httpsAgent: https.Agent;
  requests: RecordedRequest[];
  /** Errors thrown inside the fake (answered 500): a test should expect this to stay empty. */
  crashes: unknown[];
  close(): Promise<void>;
  /** The buyer approves the order on PayPal's page: CREATED → APPROVED, with a payer. */
  approve(orderId: string): OrderJson;
  /** The buyer's funding is refused at the next capture of this order: 422 INSTRUMENT_DECLINED. */
  declineNextCapture(orderId: string): void;
  order(orderId: string): OrderJson;
  capture(captureId: string): CaptureJson;
  refund(refundId: string): RefundJson;
  /** A webhook delivery as PayPal would send it for the webhook `webhookId`. */
  signedEvent(eventType: string, resource: unknown, webhookId: string): SignedPayPalEvent;
  /** POSTs a delivery to the app (JSON body + PayPal's transmission headers); returns the status. */
  deliver(url: string, delivery: Pick<SignedPayPalEvent, 'body' | 'headers'>): Promise<number>;
}

const SANDBOX_API = 'https://api.sandbox.paypal.com';
const MESSAGES = {
  INVALID_REQUEST: 'Request is not well-formed, syntactically incorrect, or violates schema.',
  UNPROCESSABLE_ENTITY:
    'The requested action could not be performed, semantically incorrect, or failed business validation.',
  RESOURCE_NOT_FOUND: 'The specified resource does not exist.',
  AUTHENTICATION_FAILURE:
    'Authentication failed due to invalid authentication credentials or a missing Authorization header.',
} as const;
const ISSUES: Record<string, string> = {
  ORDER_NOT_APPROVED:
    "Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' url returned as part of the HATEOAS links within the Create Order call or provide a valid payment_source in the request.",
  ORDER_ALREADY_CAPTURED: "Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.",
  INSTRUMENT_DECLINED:
    "The instrument presented was either declined by the processor or bank, or it can't be used for this payment.",
  REFUND_AMOUNT_EXCEEDED:
    'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
  CAPTURE_FULLY_REFUNDED: 'The capture has already been fully refunded',
  REFUND_CAPTURE_CURRENCY_MISMATCH: 'Refund must be in the same currency as the capture.',
  INVALID_RESOURCE_ID: 'Specified resource ID does not exist. Please check the resource ID and try again.',
  MISSING_REQUIRED_PARAMETER: 'A required field / parameter is missing.',
  INVALID_PARAMETER_VALUE: 'The value of a field is invalid.',
  DECIMAL_PRECISION: 'If the currency supports decimals, only two decimal place precision is supported.',
  MALFORMED_REQUEST_JSON: 'The request JSON is not well formed.',
};

interface Detail {
  issue: string;
  field?: string;
  value?: string;
  location?: 'body' | 'path' | 'header';
}

/** A refusal in PayPal's words. */
class PayPalFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`PayPal ${status}`);
  }
}

function apiFailure(status: 400 | 404 | 422, details: Detail[]): PayPalFailure {
  const name =
    status === 400 ? 'INVALID_REQUEST' : status === 404 ? 'RESOURCE_NOT_FOUND' : 'UNPROCESSABLE_ENTITY';
  return new PayPalFailure(status, {
    name,
    message: MESSAGES[name],
    debug_id: randomId(13, 'abcdef0123456789'),
    details: details.map((d) => ({ ...d, description: ISSUES[d.issue] ?? d.issue })),
    links: details.map((d) => ({
      href: `https://developer.paypal.com/api/rest/reference/orders/v2/errors/#${d.issue.toLowerCase()}`,
      rel: 'information_link',
      method: 'GET',
    })),
  });
}

const notFound = (field: string, value: string) =>
  apiFailure(404, [{ issue: 'INVALID_RESOURCE_ID', field, value, location: 'path' }]);

/** "10.50" → 1050; undefined when not a 2-decimal amount. */
function cents(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,10}(\.\d{1,2})?$/.test(value)) return undefined;
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

const moneyOf = (amount: number, currency: string): MoneyJson => ({
  currency_code: currency,
  value: (amount / 100).toFixed(2),
});

const RESOURCE_TYPES: [string, string][] = [
  ['CHECKOUT.ORDER.', 'checkout-order'],
  ['PAYMENT.CAPTURE.REFUNDED', 'refund'],
  ['PAYMENT.CAPTURE.REVERSED', 'refund'],
  ['PAYMENT.CAPTURE.', 'capture'],
  ['PAYMENT.REFUND.', 'refund'],
];

export async function startPayPalFake(options: PayPalFakeOptions = {}): Promise<PayPalFake> {
  const clientId = options.clientId ?? 'paypal-fake-client-id';
  const clientSecret = options.clientSecret ?? 'paypal-fake-client-secret';
  const merchant = {
    email_address: 'merchant@serenaia.test',
    merchant_id: randomId(13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
  };
  const tokens = new Set<string>();
  const orders = new Map<string, OrderJson>();
  const captures = new Map<string, { capture: CaptureJson; orderId: string }>();
  const refunds = new Map<string, { refund: RefundJson; captureId: string }>();
  const declineOnCapture = new Set<string>();
  const requestIds = new Map<string, { status: number; render: () => unknown }>();
  const deliveries = new Map<
    string,
    { body: string; headers: PayPalTransmissionHeaders; webhookId: string }
  >();
  const crashes: unknown[] = [];
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const certUrl = `${SANDBOX_API}/v1/notifications/certs/CERT-360caa42-fca2a594-${randomId(8, 'abcdef0123456789')}`;
  const iso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const paypalId = () => randomId(17, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');

  function orderLinks(order: OrderJson): LinkJson[] {
    const self = `${SANDBOX_API}/v2/checkout/orders/${order.id}`;
    const links: LinkJson[] = [{ href: self, rel: 'self', method: 'GET' }];
    if (order.status === 'CREATED') {
      links.push({
        href: `https://www.sandbox.paypal.com/checkoutnow?token=${order.id}`,
        rel: 'approve',
        method: 'GET',
      });
    }
    if (order.status === 'CREATED' || order.status === 'APPROVED') {
      links.push({ href: self, rel: 'update', method: 'PATCH' });
      links.push({ href: `${self}/capture`, rel: 'capture', method: 'POST' });
    }
    return links;
  }

  function renderOrder(order: OrderJson): OrderJson {
    return snapshot({ ...order, links: orderLinks(order) });
  }

  function findOrder(id: string): OrderJson {
    const order = orders.get(id);
    if (!order) throw notFound('order_id', id);
    return order;
  }

  function parseJson(req: FakeRequest): Record<string, unknown> | undefined {
    if (req.rawBody === '') return undefined;
    let body: unknown;
    try {
      body = JSON.parse(req.rawBody);
    } catch {
      throw apiFailure(400, [{ issue: 'MALFORMED_REQUEST_JSON', location: 'body' }]);
    }
    req.record.body = body;
    if (body === null) return undefined;
    if (typeof body !== 'object' || Array.isArray(body)) {
      throw apiFailure(400, [{ issue: 'MALFORMED_REQUEST_JSON', location: 'body' }]);
    }
    return body as Record<string, unknown>;
  }

  function createOrder(body: Record<string, unknown> | undefined): OrderJson {
    const missing = (field: string) =>
      apiFailure(400, [{ issue: 'MISSING_REQUIRED_PARAMETER', field, location: 'body' }]);
    const badValue = (field: string, value: unknown) =>
      apiFailure(400, [
        { issue: 'INVALID_PARAMETER_VALUE', field, value: JSON.stringify(value), location: 'body' },
      ]);
    if (!body) throw missing('/intent');
    if (body.intent === undefined) throw missing('/intent');
    if (body.intent !== 'CAPTURE') {
      // AUTHORIZE is valid PayPal, but this fake only models capture-intent orders.
      throw badValue('/intent', body.intent);
    }
    const units = body.purchase_units;
    if (units === undefined) throw missing('/purchase_units');
    if (!Array.isArray(units) || units.length === 0) throw badValue('/purchase_units', units);
    if (units.length > 1) throw badValue('/purchase_units', `${units.length} units (the fake models one)`);
    const unit = units[0] as Record<string, unknown>;
    const amount = unit.amount as Record<string, unknown> | undefined;
    if (!amount) throw missing("/purchase_units/@reference_id=='default'/amount");
    if (amount.currency_code === undefined)
      throw missing("/purchase_units/@reference_id=='default'/amount/currency_code");
    if (typeof amount.currency_code !== 'string' || !/^[A-Z]{3}$/.test(amount.currency_code)) {
      throw badValue("/purchase_units/@reference_id=='default'/amount/currency_code", amount.currency_code);
    }
    if (amount.value === undefined) throw missing("/purchase_units/@reference_id=='default'/amount/value");
    const value = cents(amount.value);
    if (value === undefined) {
      const precision = typeof amount.value === 'string' && /^\d+\.\d{3,}$/.test(amount.value);
      if (precision) {
        throw apiFailure(422, [
          {
            issue: 'DECIMAL_PRECISION',
            field: "/purchase_units/@reference_id=='default'/amount/value",
            location: 'body',
          },
        ]);
      }
      throw badValue("/purchase_units/@reference_id=='default'/amount/value", amount.value);
    }
    if (value <= 0) throw badValue("/purchase_units/@reference_id=='default'/amount/value", amount.value);
    const optionalText = (key: string) => (typeof unit[key] === 'string' ? { [key]: unit[key] } : {});
    const order: OrderJson = {
      id: paypalId(),
      intent: 'CAPTURE',
      status: 'CREATED',
      purchase_units: [
        {
          reference_id: typeof unit.reference_id === 'string' ? unit.reference_id : 'default',
          amount: moneyOf(value, amount.currency_code),
          payee: { ...merchant },
          ...optionalText('description'),
          ...optionalText('custom_id'),
          ...optionalText('invoice_id'),
          ...optionalText('soft_descriptor'),
        },
      ],
      create_time: iso(),
      links: [],
    };
    orders.set(order.id, order);
    return order;
  }

  function captureOrder(order: OrderJson): OrderJson {
    if (order.status === 'COMPLETED') throw apiFailure(422, [{ issue: 'ORDER_ALREADY_CAPTURED' }]);
    if (order.status !== 'APPROVED') throw apiFailure(422, [{ issue: 'ORDER_NOT_APPROVED' }]);
    if (declineOnCapture.delete(order.id)) throw apiFailure(422, [{ issue: 'INSTRUMENT_DECLINED' }]);
    const unit = order.purchase_units[0];
    const gross = cents(unit.amount.value)!;
    const currency = unit.amount.currency_code;
    const fee = Math.min(gross, Math.round(gross * 0.029) + 35);
    const id = paypalId();
    const now = iso();
    const capture: CaptureJson = {
      id,
      status: 'COMPLETED',
      amount: moneyOf(gross, currency),
      final_capture: true,
      seller_protection: {
        status: 'ELIGIBLE',
        dispute_categories: ['ITEM_NOT_RECEIVED', 'UNAUTHORIZED_TRANSACTION'],
      },
      seller_receivable_breakdown: {
        gross_amount: moneyOf(gross, currency),
        paypal_fee: moneyOf(fee, currency),
        net_amount: moneyOf(gross - fee, currency),
      },
      ...(unit.custom_id ? { custom_id: unit.custom_id } : {}),
      ...(unit.invoice_id ? { invoice_id: unit.invoice_id } : {}),
      links: [
        { href: `${SANDBOX_API}/v2/payments/captures/${id}`, rel: 'self', method: 'GET' },
        { href: `${SANDBOX_API}/v2/payments/captures/${id}/refund`, rel: 'refund', method: 'POST' },
        { href: `${SANDBOX_API}/v2/checkout/orders/${order.id}`, rel: 'up', method: 'GET' },
      ],
      create_time: now,
      update_time: now,
    };
    captures.set(id, { capture, orderId: order.id });
    unit.payments = { captures: [capture] };
    order.status = 'COMPLETED';
    order.update_time = now;
    return order;
  }

  function refundedSoFar(captureId: string): number {
    let total = 0;
    for (const { refund, captureId: c } of refunds.values())
      if (c === captureId) total += cents(refund.amount.value)!;
    return total;
  }

  function refundCapture(captureId: string, body: Record<string, unknown> | undefined): RefundJson {
    const entry = captures.get(captureId);
    if (!entry) throw notFound('capture_id', captureId);
    const { capture } = entry;
    const currency = capture.amount.currency_code;
    const gross = cents(capture.amount.value)!;
    const already = refundedSoFar(captureId);
    const remaining = gross - already;
    if (remaining <= 0) throw apiFailure(422, [{ issue: 'CAPTURE_FULLY_REFUNDED' }]);
    let amount = remaining;
    const requested = body?.amount as Record<string, unknown> | undefined;
    if (requested !== undefined) {
      if (requested.currency_code !== currency) {
        if (typeof requested.currency_code !== 'string') {
          throw apiFailure(400, [
            { issue: 'MISSING_REQUIRED_PARAMETER', field: '/amount/currency_code', location: 'body' },
          ]);
        }
        throw apiFailure(422, [
          { issue: 'REFUND_CAPTURE_CURRENCY_MISMATCH', field: '/amount/currency_code', location: 'body' },
        ]);
      }
      const value = cents(requested.value);
      if (value === undefined || value <= 0) {
        throw apiFailure(400, [
          {
            issue: 'INVALID_PARAMETER_VALUE',
            field: '/amount/value',
            value: String(requested.value),
            location: 'body',
          },
        ]);
      }
      if (value > remaining)
        throw apiFailure(422, [
          { issue: 'REFUND_AMOUNT_EXCEEDED', field: '/amount/value', location: 'body' },
        ]);
      amount = value;
    }
    const fee = 0; // PayPal keeps its fee on refunds in many markets; the fake returns none.
    const id = paypalId();
    const now = iso();
    const text = (key: string) => (typeof body?.[key] === 'string' ? { [key]: body[key] } : {});
    const refund: RefundJson = {
      id,
      status: 'COMPLETED',
      amount: moneyOf(amount, currency),
      ...text('note_to_payer'),
      ...text('custom_id'),
      ...text('invoice_id'),
      seller_payable_breakdown: {
        gross_amount: moneyOf(amount, currency),
        paypal_fee: moneyOf(fee, currency),
        net_amount: moneyOf(amount - fee, currency),
        total_refunded_amount: moneyOf(already + amount, currency),
      },
      links: [
        { href: `${SANDBOX_API}/v2/payments/refunds/${id}`, rel: 'self', method: 'GET' },
        { href: `${SANDBOX_API}/v2/payments/captures/${captureId}`, rel: 'up', method: 'GET' },
      ],
      create_time: now,
      update_time: now,
    };
    refunds.set(id, { refund, captureId });
    capture.status = already + amount >= gross ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    capture.update_time = now;
    const unit = orders.get(entry.orderId)!.purchase_units[0];
    unit.payments = {
      captures: unit.payments?.captures ?? [capture],
      refunds: [...(unit.payments?.refunds ?? []), refund],
    };
    return refund;
  }

  function verifyWebhook(body: Record<string, unknown> | undefined): {
    verification_status: 'SUCCESS' | 'FAILURE';
  } {
    const fields = [
      'auth_algo',
      'cert_url',
      'transmission_id',
      'transmission_sig',
      'transmission_time',
      'webhook_id',
    ];
    const absent = fields.filter((f) => typeof body?.[f] !== 'string' || body[f] === '');
    if (!body || typeof body.webhook_event !== 'object' || body.webhook_event === null)
      absent.push('webhook_event');
    if (absent.length > 0) {
      throw new PayPalFailure(400, {
        name: 'VALIDATION_ERROR',
        message: 'Invalid data provided',
        debug_id: randomId(13, 'abcdef0123456789'),
        information_link: 'https://developer.paypal.com/docs/api/webhooks/v1/#verify-webhook-signature',
        details: absent.map((field) => ({
          field,
          location: 'body',
          issue: 'Required field cannot be blank',
        })),
      });
    }
    const b = body as Record<string, string> & { webhook_event: unknown };
    const delivery = deliveries.get(b.transmission_id);
    const ok =
      delivery !== undefined &&
      b.auth_algo === delivery.headers['paypal-auth-algo'] &&
      b.cert_url === delivery.headers['paypal-cert-url'] &&
      canonicalJson(b.webhook_event) === canonicalJson(JSON.parse(delivery.body)) &&
      signatureValid(
        b.transmission_id,
        b.transmission_time,
        b.webhook_id,
        delivery.body,
        b.transmission_sig,
        publicKey,
      );
    return { verification_status: ok ? 'SUCCESS' : 'FAILURE' };
  }

  /** Answers a POST carrying PayPal-Request-Id with the latest state of what the first request did. */
  function idempotent(req: FakeRequest, act: () => { status: number; render: () => unknown }): FakeReply {
    const requestId = header(req.headers, 'paypal-request-id');
    const key = requestId === undefined ? undefined : `${req.method} ${req.path} ${requestId}`;
    const previous = key === undefined ? undefined : requestIds.get(key);
    if (previous) {
      req.record.replayed = true;
      return { status: previous.status, body: previous.render() };
    }
    const outcome = act();
    if (key !== undefined) requestIds.set(key, outcome);
    return { status: outcome.status, body: outcome.render() };
  }

  function authenticate(req: FakeRequest): void {
    const authorization = header(req.headers, 'authorization');
    if (!authorization) {
      throw new PayPalFailure(401, {
        name: 'AUTHENTICATION_FAILURE',
        message: MESSAGES.AUTHENTICATION_FAILURE,
        links: [{ href: 'https://developer.paypal.com/docs/api/overview/#error', rel: 'information_link' }],
      });
    }
    const token = /^Bearer (.+)$/.exec(authorization)?.[1];
    if (token === undefined || !tokens.has(token)) {
      throw new PayPalFailure(401, {
        error: 'invalid_token',
        error_description: 'Token signature verification failed',
      });
    }
  }

  function issueToken(req: FakeRequest): FakeReply {
    const form = new URLSearchParams(req.rawBody);
    req.record.body = Object.fromEntries(form);
    const authorization = header(req.headers, 'authorization') ?? '';
    const basic = /^Basic (.+)$/.exec(authorization)?.[1];
    const expected = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
    if (basic !== expected) {
      return {
        status: 401,
        body: { error: 'invalid_client', error_description: 'Client Authentication failed' },
      };
    }
    const grant = form.get('grant_type');
    if (grant !== 'client_credentials') {
      return {
        status: 400,
        body: grant
          ? { error: 'unsupported_grant_type', error_description: `Grant Type ${grant} is not supported` }
          : { error: 'unsupported_grant_type', error_description: 'Grant Type is NULL' },
      };
    }
    const token = `A21AA${randomId(90, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}`;
    tokens.add(token);
    return {
      status: 200,
      body: {
        scope:
          'https://uri.paypal.com/services/payments/payment https://uri.paypal.com/services/payments/refund',
        access_token: token,
        token_type: 'Bearer',
        app_id: 'APP-80W284485P519543T',
        expires_in: 32400,
        nonce: `${iso()}${randomId(43)}`,
      },
    };
  }

  function route(req: FakeRequest): FakeReply {
    const { method, path } = req;
    if (method === 'POST' && path === '/v1/oauth2/token') return issueToken(req);
    let m: RegExpExecArray | null;
    const known =
      (method === 'POST' && path === '/v2/checkout/orders') ||
      (method === 'POST' && path === '/v1/notifications/verify-webhook-signature') ||
      /^\/v2\/checkout\/orders\/[^/]+(\/capture)?$/.test(path) ||
      /^\/v2\/payments\/(captures|refunds)\/[^/]+(\/refund)?$/.test(path);
    if (known) authenticate(req);
    if (method === 'POST' && path === '/v2/checkout/orders') {
      const body = parseJson(req);
      const full = /return=representation/.test(header(req.headers, 'prefer') ?? '');
      return idempotent(req, () => {
        const order = createOrder(body);
        return {
          status: 201,
          render: () => {
            const current = renderOrder(orders.get(order.id)!);
            return full ? current : { id: current.id, status: current.status, links: current.links };
          },
        };
      });
    }
    if ((m = /^\/v2\/checkout\/orders\/([^/]+)$/.exec(path)) && method === 'GET') {
      return { status: 200, body: renderOrder(findOrder(decodeURIComponent(m[1]))) };
    }
    if ((m = /^\/v2\/checkout\/orders\/([^/]+)\/capture$/.exec(path)) && method === 'POST') {
      parseJson(req);
      const id = decodeURIComponent(m[1]);
      return idempotent(req, () => {
        captureOrder(findOrder(id));
        return { status: 201, render: () => renderOrder(orders.get(id)!) };
      });
    }
    if ((m = /^\/v2\/payments\/captures\/([^/]+)$/.exec(path)) && method === 'GET') {
      const entry = captures.get(decodeURIComponent(m[1]));
      if (!entry) throw notFound('capture_id', decodeURIComponent(m[1]));
      return { status: 200, body: snapshot(entry.capture) };
    }
    if ((m = /^\/v2\/payments\/captures\/([^/]+)\/refund$/.exec(path)) && method === 'POST') {
      const body = parseJson(req);
      const captureId = decodeURIComponent(m[1]);
      return idempotent(req, () => {
        const refund = refundCapture(captureId, body);
        return { status: 201, render: () => snapshot(refunds.get(refund.id)!.refund) };
      });
    }
    if ((m = /^\/v2\/payments\/refunds\/([^/]+)$/.exec(path)) && method === 'GET') {
      const entry = refunds.get(decodeURIComponent(m[1]));
      if (!entry) throw notFound('refund_id', decodeURIComponent(m[1]));
      return { status: 200, body: snapshot(entry.refund) };
    }
    if (method === 'POST' && path === '/v1/notifications/verify-webhook-signature') {
      return { status: 200, body: verifyWebhook(parseJson(req)) };
    }
    throw new PayPalFailure(404, {
      name: 'RESOURCE_NOT_FOUND',
      message: MESSAGES.RESOURCE_NOT_FOUND,
      debug_id: randomId(13, 'abcdef0123456789'),
      details: [
        { issue: 'INVALID_RESOURCE_ID', description: `The fake has no route for ${method} ${path}.` },
      ],
    });
  }

  function handle(req: FakeRequest): FakeReply {
    try {
      return route(req);
    } catch (error) {
      if (error instanceof PayPalFailure) return { status: error.status, body: error.body };
      throw error;
    }
  }

  const server = await startFakeServer(
    handle,
    (error) => ({
      status: 500,
      body: {
        name: 'INTERNAL_SERVER_ERROR',
        message: `PayPal fake crashed: ${error instanceof Error ? error.message : String(error)}`,
        debug_id: randomId(13, 'abcdef0123456789'),
      },
    }),
    crashes,
  );
  const httpsAgent = createPayPalRedirectAgent(server.url);

  function knownOrder(orderId: string): OrderJson {
    const order = orders.get(orderId);
    if (!order) throw new Error(`PayPal fake: no order ${orderId}`);
    return order;
  }

  return {
    url: server.url,
    port: server.port,
    clientId,
    clientSecret,
    httpsAgent,
    requests: server.requests,
    crashes,
    async close() {
      httpsAgent.destroy();
      await server.close();
    },
    approve(orderId) {
      const order = knownOrder(orderId);
      if (order.status !== 'CREATED')
        throw new Error(`PayPal fake: order ${orderId} is ${order.status}, not CREATED`);
      const payerId = randomId(13, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
      order.status = 'APPROVED';
      order.update_time = iso();
      order.payer = {
        name: { given_name: 'Camille', surname: 'Martin' },
        email_address: 'buyer@serenaia.test',
        payer_id: payerId,
      };
      order.payment_source = {
        paypal: { email_address: 'buyer@serenaia.test', account_id: payerId, account_status: 'VERIFIED' },
      };
      return renderOrder(order);
    },
    declineNextCapture(orderId) {
      knownOrder(orderId);
      declineOnCapture.add(orderId);
    },
    order: (orderId) => renderOrder(knownOrder(orderId)),
    capture(captureId) {
      const entry = captures.get(captureId);
      if (!entry) throw new Error(`PayPal fake: no capture ${captureId}`);
      return snapshot(entry.capture);
    },
    refund(refundId) {
      const entry = refunds.get(refundId);
      if (!entry) throw new Error(`PayPal fake: no refund ${refundId}`);
      return snapshot(entry.refund);
    },
    signedEvent(eventType, resource, webhookId) {
      const resourceType = RESOURCE_TYPES.find(([prefix]) => eventType.startsWith(prefix))?.[1];
      if (!resourceType) throw new Error(`PayPal fake: no resource type known for ${eventType}`);
      const id = `WH-${paypalId()}-${paypalId()}`;
      const event: PayPalWebhookEvent = {
        id,
        event_version: '1.0',
        create_time: iso(),
        resource_type: resourceType,
        resource_version: '2.0',
        event_type: eventType,
        summary: `${eventType} (fake)`,
        resource: snapshot(resource),
        links: [
          { href: `${SANDBOX_API}/v1/notifications/webhooks-events/${id}`, rel: 'self', method: 'GET' },
          {
            href: `${SANDBOX_API}/v1/notifications/webhooks-events/${id}/resend`,
            rel: 'resend',
            method: 'POST',
          },
        ],
      };
      const body = JSON.stringify(event);
      const transmissionId = uuid();
      const transmissionTime = iso();
      const headers: PayPalTransmissionHeaders = {
        'paypal-transmission-id': transmissionId,
        'paypal-transmission-time': transmissionTime,
        'paypal-transmission-sig': sign(
          'sha256',
          Buffer.from(signedMessage(transmissionId, transmissionTime, webhookId, body)),
          privateKey,
        ).toString('base64'),
        'paypal-cert-url': certUrl,
        'paypal-auth-algo': 'SHA256withRSA',
      };
      deliveries.set(transmissionId, { body, headers, webhookId });
      return { body, headers: { ...headers }, event };
    },
    deliver(url, { body, headers }) {
      return postTo(url, body, {
        'content-type': 'application/json',
        'user-agent': 'PayPal/AUHD-214.0-58843738',
        ...headers,
      });
    },
  };
}

function signedMessage(transmissionId: string, time: string, webhookId: string, body: string): string {
  return `${transmissionId}|${time}|${webhookId}|${crc32(body) >>> 0}`;
}

function signatureValid(
  transmissionId: string,
  time: string,
  webhookId: string,
  body: string,
  signature: string,
  publicKey: KeyObject,
): boolean {
  try {
    return verify(
      'sha256',
      Buffer.from(signedMessage(transmissionId, time, webhookId, body)),
      publicKey,
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}
