/**
 * A local Stripe API (v1) for tests, spoken to by the real `stripe` SDK (23.x):
 *
 *   const fake = await startStripeFake({ apiKey: 'sk_test_fake' });
 *   const stripe = new Stripe('sk_test_fake', {
 *     host: '127.0.0.1', port: fake.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false,
 *   });
 *
 * Wire format, as read in node_modules/stripe/esm (RequestSender.js, StripeResource.js, utils.js, Error.js):
 * - `Authorization: Bearer <key>`; POST bodies are `application/x-www-form-urlencoded` with bracketed
 *   nesting (`metadata[k]=v`, `expand[0]=x`, booleans as `true`/`false`); GET parameters go in the query.
 * - The SDK puts an `Idempotency-Key: stripe-node-retry-<uuid>` on EVERY v1 POST, even with
 *   `maxNetworkRetries: 0` (it also retries once a connection closed before the answer). So every POST
 *   is keyed; a caller's own key (`{ idempotencyKey }`) replaces the generated one.
 * - Errors are `{ error: { type, code?, message, param?, decline_code?, doc_url?, request_log_url? } }`;
 *   the SDK picks the class from the status: 400/404 → StripeInvalidRequestError (or
 *   StripeIdempotencyError when `type` is `idempotency_error`), 401 → StripeAuthenticationError,
 *   402 → StripeCardError, 403 → StripePermissionError, 429 → StripeRateLimitError, else StripeAPIError.
 *
 * Emulated: PaymentIntents create / retrieve / cancel, Refunds create / retrieve, `expand` of
 * `latest_charge` (intents) and `charge` / `payment_intent` (refunds), idempotent replay (same key and
 * parameters → the stored answer with `Idempotent-Replayed: true`; same key, other parameters or
 * endpoint → 400 `idempotency_error`; validation failures are not stored, as Stripe documents), and the
 * payouts with their balance transactions (stripe-payouts-fake.ts). Unknown
 * parameters are refused (`parameter_unknown`) so that a call the fake does not model fails loudly.
 * Anything else answers Stripe's 404 "Unrecognized request URL".
 *
 * Controls: `succeed(id)` / `fail(id, decline?)` play the part of the customer's card; `events` builds
 * webhook deliveries signed with the SDK's own `generateTestHeaderString`, which
 * `stripe.webhooks.constructEvent` verifies.
 */
import Stripe from 'stripe';
import { stripePayoutsFake, type FakePayoutInput, type PayoutJson } from './stripe-payouts-fake.js';
import {
  header,
  postTo,
  randomId,
  snapshot,
  startFakeServer,
  canonicalJson,
  type FakeReply,
  type FakeRequest,
  type RecordedRequest,
} from './fake-server.js';

export type { RecordedRequest } from './fake-server.js';
export type { BalanceTransactionJson, FakePayoutInput, PayoutJson } from './stripe-payouts-fake.js';

export interface StripeFakeOptions {
  /** The only secret key the fake accepts. Default `sk_test_fake`. */
  apiKey?: string;
  /** `api_version` written in events. Default: the SDK's pinned `Stripe.API_VERSION`. */
  apiVersion?: string;
}

export type PaymentIntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded';

/** What the customer's card does in `fail()`: Stripe's code / decline_code pairs for common refusals. */
export type StripeFakeDecline =
  | 'card_declined'
  | 'insufficient_funds'
  | 'lost_card'
  | 'expired_card'
  | 'incorrect_cvc'
  | 'processing_error';

export type StripeFakeEventType =
  | 'payment_intent.created'
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'payment_intent.canceled'
  | 'charge.refunded';

export interface PaymentErrorJson {
  type: 'card_error';
  code: string;
  decline_code?: string;
  message: string;
  doc_url: string;
  charge: string;
  payment_method: { id: string; object: 'payment_method'; type: 'card' };
}

/** A PaymentIntent as Stripe serialises it (the fields the fake maintains). */
export interface PaymentIntentJson {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  automatic_payment_methods: { enabled: boolean; allow_redirects?: 'always' | 'never' } | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  capture_method: 'automatic' | 'automatic_async';
  client_secret: string;
  confirmation_method: 'automatic';
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  last_payment_error: PaymentErrorJson | null;
  latest_charge: string | ChargeJson | null;
  livemode: false;
  metadata: Record<string, string>;
  next_action: null;
  payment_method: string | null;
  payment_method_types: string[];
  receipt_email: string | null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: PaymentIntentStatus;
}

export interface ChargeJson {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  balance_transaction: string | null;
  captured: boolean;
  created: number;
  currency: string;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Record<string, string>;
  paid: boolean;
  payment_intent: string;
  payment_method: string;
  refunded: boolean;
  status: 'succeeded' | 'failed';
}

export interface RefundJson {
  id: string;
  object: 'refund';
  amount: number;
  balance_transaction: string;
  charge: string | ChargeJson;
  created: number;
  currency: string;
  metadata: Record<string, string>;
  payment_intent: string | PaymentIntentJson;
  reason: 'duplicate' | 'fraudulent' | 'requested_by_customer' | null;
  receipt_number: null;
  status: 'succeeded';
}

export interface StripeEventJson {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: StripeFakeEventType;
}

export interface SignedStripeEvent {
  /** The exact body Stripe would POST (pretty-printed JSON, as Stripe sends it). */
  payload: string;
  /** The `Stripe-Signature` header value. */
  signature: string;
  event: StripeEventJson;
}

export interface SignOptions {
  secret: string;
  /** Unix seconds; default now. An old timestamp lets a test check the 300 s tolerance. */
  timestamp?: number;
  previousAttributes?: Record<string, unknown>;
}

export interface StripeFake {
  url: string;
  port: number;
  apiKey: string;
  requests: RecordedRequest[];
  /** Errors thrown inside the fake (answered as Stripe 500s): a test should expect this to stay empty. */
  crashes: unknown[];
  close(): Promise<void>;
  /** The customer pays: the intent becomes `succeeded` with a `latest_charge`. */
  succeed(intentId: string): PaymentIntentJson;
  /** The customer's card is refused: back to `requires_payment_method` with `last_payment_error`. */
  fail(intentId: string, decline?: StripeFakeDecline): PaymentIntentJson;
  /** Current state (a copy). Throws on an unknown id. */
  intent(intentId: string): PaymentIntentJson;
  charge(chargeId: string): ChargeJson;
  refunds(intentId: string): RefundJson[];
  /** Stripe pays the balance out (GET /v1/payouts and /v1/balance_transactions: stripe-payouts-fake.ts). */
  payout(input: FakePayoutInput): PayoutJson;
  events: {
    signedEvent(type: StripeFakeEventType, object: unknown, options: SignOptions): SignedStripeEvent;
    /** `signedEvent` about an intent's current state (`charge.refunded`: its latest charge). */
    forIntent(type: StripeFakeEventType, intentId: string, options: SignOptions): SignedStripeEvent;
    /** POSTs a delivery to the app as Stripe does (raw body + `Stripe-Signature`); returns the status. */
    deliver(url: string, delivery: Pick<SignedStripeEvent, 'payload' | 'signature'>): Promise<number>;
  };
}

interface StripeErrorBody {
  type: 'invalid_request_error' | 'idempotency_error' | 'card_error' | 'api_error';
  code?: string;
  message: string;
  param?: string;
  decline_code?: string;
}

/** A refusal in Stripe's words. `stored`: whether an idempotency key keeps this answer. */
class StripeFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: StripeErrorBody,
    readonly stored = false,
  ) {
    super(error.message);
  }
}

const invalid = (message: string, code?: string, param?: string, status = 400) =>
  new StripeFailure(status, { type: 'invalid_request_error', message, code, param });

type Params = Record<string, unknown>;

/** Stripe's form encoding (qs "indices" style) back into objects and arrays. */
export function parseStripeForm(encoded: string): Params {
  const root: Params = {};
  if (encoded === '') return root;
  for (const pair of encoded.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    const value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match) throw invalid(`Invalid parameter name: ${key}`, 'parameter_invalid');
    const path = [match[1], ...[...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1])];
    let node: Params = root;
    for (let i = 0; i < path.length - 1; i++) {
      const part = path[i];
      const next = node[part];
      if (next === undefined || typeof next !== 'object' || next === null) {
        if (next !== undefined) throw invalid(`Invalid value for ${path.slice(0, i + 1).join('.')}`);
        node[part] = {};
      }
      node = node[part] as Params;
    }
    node[path[path.length - 1]] = value;
  }
  return arraysFromIndices(root) as Params;
}

function arraysFromIndices(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Params).map(([k, v]) => [k, arraysFromIndices(v)] as const);
  const keys = entries.map(([k]) => k);
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return entries.map(([, v]) => v);
  return Object.fromEntries(entries);
}

const MIN_AMOUNT: Record<string, number> = { eur: 50, usd: 50, gbp: 30, chf: 50, cad: 50, aud: 50 };

function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(
    amount / 100,
  );
}

const DECLINES: Record<StripeFakeDecline, { code: string; decline_code?: string; message: string }> = {
  card_declined: {
    code: 'card_declined',
    decline_code: 'generic_decline',
    message: 'Your card was declined.',
  },
  insufficient_funds: {
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  lost_card: { code: 'card_declined', decline_code: 'lost_card', message: 'Your card was declined.' },
  expired_card: { code: 'expired_card', message: 'Your card has expired.' },
  incorrect_cvc: { code: 'incorrect_cvc', message: "Your card's security code is incorrect." },
  processing_error: {
    code: 'processing_error',
    message: 'An error occurred while processing your card. Try again in a little bit.',
  },
};

const CANCELABLE: PaymentIntentStatus[] = [
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
];

interface StoredIdempotentAnswer {
  endpoint: string;
  params: string;
  reply: FakeReply;
  requestId: string;
}

export async function startStripeFake(options: StripeFakeOptions = {}): Promise<StripeFake> {
  const apiKey = options.apiKey ?? 'sk_test_fake';
  const apiVersion = options.apiVersion ?? Stripe.API_VERSION;
  const intents = new Map<string, PaymentIntentJson>();
  const charges = new Map<string, ChargeJson>();
  const refunds = new Map<string, RefundJson>();
  const idempotency = new Map<string, StoredIdempotentAnswer>();
  const crashes: unknown[] = [];
  const now = () => Math.floor(Date.now() / 1000);
  const payouts = stripePayoutsFake({
    invalid,
    allowOnly: (params, allowed) => allowOnly(params, allowed),
  });

  // ---- parameter helpers (Stripe's own messages) ----

  function allowOnly(params: Params, allowed: string[], prefix = ''): void {
    for (const key of Object.keys(params)) {
      if (!allowed.includes(key)) {
        const name = prefix ? `${prefix}[${key}]` : key;
        throw invalid(`Received unknown parameter: ${name}`, 'parameter_unknown', name);
      }
    }
  }

  function integer(params: Params, name: string, required: true): number;
  function integer(params: Params, name: string, required: false): number | undefined;
  function integer(params: Params, name: string, required: boolean): number | undefined {
    const value = params[name];
    if (value === undefined || value === '') {
      if (required) throw invalid(`Missing required param: ${name}.`, 'parameter_missing', name);
      return undefined;
    }
    if (typeof value !== 'string' || !/^-?\d+$/.test(value)) {
      throw invalid(
        `Invalid integer: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
        'parameter_invalid_integer',
        name,
      );
    }
    return Number(value);
  }

  function text(params: Params, name: string): string | undefined {
    const value = params[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw invalid(`Invalid string: ${JSON.stringify(value)}`, undefined, name);
    return value;
  }

  function oneOf<T extends string>(params: Params, name: string, values: readonly T[]): T | undefined {
    const value = text(params, name);
    if (value === undefined || value === '') return undefined;
    if (!(values as readonly string[]).includes(value)) {
      throw invalid(`Invalid ${name}: must be one of ${values.join(', ')}`, 'parameter_invalid_string', name);
    }
    return value as T;
  }

  function metadata(params: Params): Record<string, string> {
    const value = params.metadata;
    if (value === undefined || value === '') return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw invalid('Invalid object', 'parameter_invalid', 'metadata');
    }
    const out: Record<string, string> = {};
    const entries = Object.entries(value as Params);
    if (entries.length > 50)
      throw invalid('Metadata can have up to 50 keys.', 'parameter_invalid', 'metadata');
    for (const [key, v] of entries) {
      if (typeof v !== 'string') {
        throw invalid(`Invalid value for metadata[${key}]: must be a string`, undefined, `metadata[${key}]`);
      }
      if (key.length > 40) throw invalid('Metadata keys can be up to 40 characters.', undefined, 'metadata');
      if (v.length > 500)
        throw invalid('Metadata values can be up to 500 characters.', undefined, 'metadata');
      if (v !== '') out[key] = v;
    }
    return out;
  }

  function expansions(params: Params, allowed: string[]): string[] {
    const value = params.expand;
    if (value === undefined) return [];
    const list = Array.isArray(value) ? value : [value];
    for (const item of list) {
      if (typeof item !== 'string' || !allowed.includes(item)) {
        throw invalid(`This property cannot be expanded (${String(item)}).`, undefined, 'expand');
      }
    }
    return list as string[];
  }

  // ---- resources ----

  function findIntent(id: string): PaymentIntentJson {
    const intent = intents.get(id);
    if (!intent) throw invalid(`No such payment_intent: '${id}'`, 'resource_missing', 'intent', 404);
    return intent;
  }

  function renderIntent(intent: PaymentIntentJson, expand: string[]): PaymentIntentJson {
    const out = snapshot(intent);
    if (expand.includes('latest_charge') && typeof intent.latest_charge === 'string') {
      out.latest_charge = snapshot(charges.get(intent.latest_charge)!);
    }
    return out;
  }

  function renderRefund(refund: RefundJson, expand: string[]): RefundJson {
    const out = snapshot(refund);
    if (expand.includes('charge')) out.charge = snapshot(charges.get(refund.charge as string)!);
    if (expand.includes('payment_intent'))
      out.payment_intent = snapshot(intents.get(refund.payment_intent as string)!);
    return out;
  }

  function createIntent(params: Params): PaymentIntentJson {
    allowOnly(params, [
      'amount',
      'currency',
      'metadata',
      'automatic_payment_methods',
      'payment_method_types',
      'description',
      'receipt_email',
      'customer',
      'statement_descriptor',
      'statement_descriptor_suffix',
      'capture_method',
      'expand',
    ]);
    const amount = integer(params, 'amount', true);
    const currencyRaw = text(params, 'currency');
    if (currencyRaw === undefined || currencyRaw === '') {
      throw invalid('Missing required param: currency.', 'parameter_missing', 'currency');
    }
    if (!/^[a-zA-Z]{3}$/.test(currencyRaw)) {
      throw invalid(`Invalid currency: ${currencyRaw.toLowerCase()}.`, 'parameter_invalid', 'currency');
    }
    const currency = currencyRaw.toLowerCase();
    const minimum = MIN_AMOUNT[currency] ?? 50;
    if (amount < minimum) {
      throw invalid(
        `Amount must be at least ${money(minimum, currency)} ${currency}`,
        'amount_too_small',
        'amount',
      );
    }
    if (amount > 99_999_999) {
      throw invalid(
        `Amount must be no more than ${money(99_999_999, currency)}`,
        'amount_too_large',
        'amount',
      );
    }
    let automatic: PaymentIntentJson['automatic_payment_methods'] = null;
    if (params.automatic_payment_methods !== undefined) {
      const apm = params.automatic_payment_methods;
      if (typeof apm !== 'object' || apm === null || Array.isArray(apm)) {
        throw invalid('Invalid object', 'parameter_invalid', 'automatic_payment_methods');
      }
      allowOnly(apm as Params, ['enabled', 'allow_redirects'], 'automatic_payment_methods');
      const enabled = (apm as Params).enabled;
      if (enabled === undefined) {
        throw invalid(
          'Missing required param: automatic_payment_methods[enabled].',
          'parameter_missing',
          'automatic_payment_methods[enabled]',
        );
      }
      if (enabled !== 'true' && enabled !== 'false') {
        throw invalid(
          `Invalid boolean: ${typeof enabled === 'string' ? enabled : JSON.stringify(enabled)}`,
          'parameter_invalid_boolean',
          'automatic_payment_methods[enabled]',
        );
      }
      const redirects = oneOf(apm as Params, 'allow_redirects', ['always', 'never'] as const);
      automatic = { enabled: enabled === 'true', ...(redirects ? { allow_redirects: redirects } : {}) };
    }
    let types = ['card'];
    if (params.payment_method_types !== undefined) {
      if (automatic?.enabled) {
        throw invalid(
          'You may only specify one of these parameters: automatic_payment_methods, payment_method_types.',
        );
      }
      const list = params.payment_method_types;
      if (!Array.isArray(list) || !list.every((t) => typeof t === 'string')) {
        throw invalid('Invalid array', 'parameter_invalid', 'payment_method_types');
      }
      types = list;
    }
    const id = `pi_${randomId(24)}`;
    const intent: PaymentIntentJson = {
      id,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      automatic_payment_methods: automatic,
      canceled_at: null,
      cancellation_reason: null,
      capture_method:
        oneOf(params, 'capture_method', ['automatic', 'automatic_async'] as const) ?? 'automatic_async',
      client_secret: `${id}_secret_${randomId(25)}`,
      confirmation_method: 'automatic',
      created: now(),
      currency,
      customer: text(params, 'customer') ?? null,
      description: text(params, 'description') ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: metadata(params),
      next_action: null,
      payment_method: null,
      payment_method_types: automatic?.enabled ? ['card', 'link'] : types,
      receipt_email: text(params, 'receipt_email') ?? null,
      statement_descriptor: text(params, 'statement_descriptor') ?? null,
      statement_descriptor_suffix: text(params, 'statement_descriptor_suffix') ?? null,
      status: 'requires_payment_method',
    };
    intents.set(id, intent);
    return intent;
  }

  function cancelIntent(id: string, params: Params): PaymentIntentJson {
    allowOnly(params, ['cancellation_reason', 'expand']);
    const reason = oneOf(params, 'cancellation_reason', [
      'duplicate',
      'fraudulent',
      'requested_by_customer',
      'abandoned',
    ] as const);
    const intent = findIntent(id);
    if (!CANCELABLE.includes(intent.status)) {
      throw new StripeFailure(
        400,
        {
          type: 'invalid_request_error',
          code: 'payment_intent_unexpected_state',
          message:
            `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. ` +
            `Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(', ')}.`,
        },
        true,
      );
    }
    intent.status = 'canceled';
    intent.canceled_at = now();
    intent.cancellation_reason = reason ?? null;
    return intent;
  }

  function refundedSoFar(chargeId: string): number {
    let total = 0;
    for (const refund of refunds.values()) if (refund.charge === chargeId) total += refund.amount;
    return total;
  }

  function createRefund(params: Params): RefundJson {
    allowOnly(params, ['payment_intent', 'charge', 'amount', 'metadata', 'reason', 'expand']);
    const intentId = text(params, 'payment_intent');
    const chargeId = text(params, 'charge');
    if (!intentId && !chargeId) {
      throw invalid(
        'One of the following params should be provided for this request: payment_intent or charge.',
      );
    }
    if (intentId && chargeId) {
      throw invalid('You cannot specify both charge and payment_intent.');
    }
    const amountParam = integer(params, 'amount', false);
    if (amountParam !== undefined && amountParam <= 0) {
      throw invalid(`Invalid positive integer: ${amountParam}`, 'parameter_invalid_integer', 'amount');
    }
    const reason = oneOf(params, 'reason', ['duplicate', 'fraudulent', 'requested_by_customer'] as const);
    const meta = metadata(params);
    const sourceCharge = chargeId === undefined ? undefined : charges.get(chargeId);
    if (chargeId !== undefined && !sourceCharge) {
      throw invalid(`No such charge: '${chargeId}'`, 'resource_missing', 'charge', 404);
    }
    const intent = intents.get(sourceCharge ? sourceCharge.payment_intent : intentId!);
    if (!intent) {
      throw invalid(`No such payment_intent: '${intentId}'`, 'resource_missing', 'payment_intent', 404);
    }
    if (intent.status !== 'succeeded' || typeof intent.latest_charge !== 'string') {
      throw new StripeFailure(
        400,
        {
          type: 'invalid_request_error',
          message: `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
        },
        true,
      );
    }
    if (sourceCharge && sourceCharge.id !== intent.latest_charge) {
      throw invalid(
        `Stripe fake: refunding ${sourceCharge.id}, not the latest charge of ${intent.id}, is not emulated.`,
      );
    }
    const charge = charges.get(intent.latest_charge)!;
    const already = refundedSoFar(charge.id);
    const remaining = intent.amount_received - already;
    if (remaining <= 0) {
      throw new StripeFailure(
        400,
        {
          type: 'invalid_request_error',
          code: 'charge_already_refunded',
          message: `Charge ${charge.id} has already been refunded.`,
        },
        true,
      );
    }
    const amount = amountParam ?? remaining;
    if (amount > remaining) {
      throw new StripeFailure(
        400,
        {
          type: 'invalid_request_error',
          code: 'amount_too_large',
          param: 'amount',
          message: `Refund amount (${money(amount, intent.currency)}) is greater than unrefunded amount on charge (${money(remaining, intent.currency)})`,
        },
        true,
      );
    }
    const refund: RefundJson = {
      id: `re_${randomId(24)}`,
      object: 'refund',
      amount,
      balance_transaction: `txn_${randomId(24)}`,
      charge: charge.id,
      created: now(),
      currency: intent.currency,
      metadata: meta,
      payment_intent: intent.id,
      reason: reason ?? null,
      receipt_number: null,
      status: 'succeeded',
    };
    refunds.set(refund.id, refund);
    charge.amount_refunded = already + amount;
    charge.refunded = charge.amount_refunded >= charge.amount_captured;
    return refund;
  }

  // ---- the HTTP surface ----

  function stripeReply(status: number, body: unknown, requestId: string, extra: Record<string, string> = {}) {
    return {
      status,
      body,
      headers: { 'request-id': requestId, 'stripe-version': apiVersion, ...extra },
    } satisfies FakeReply;
  }

  function failureReply(failure: StripeFailure, requestId: string): FakeReply {
    const error: Record<string, unknown> = { ...failure.error };
    for (const key of Object.keys(error)) if (error[key] === undefined) delete error[key];
    if (failure.error.code)
      error.doc_url = `https://stripe.com/docs/error-codes/${failure.error.code.replace(/_/g, '-')}`;
    error.request_log_url = `https://dashboard.stripe.com/test/logs/${requestId}?t=${now()}`;
    return stripeReply(failure.status, { error }, requestId);
  }

  function route(method: string, path: string, params: Params): unknown {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/payment_intents') {
      const intent = createIntent(params);
      return renderIntent(intent, expansions(params, ['latest_charge']));
    }
    if ((m = /^\/v1\/payment_intents\/([^/]+)$/.exec(path)) && method === 'GET') {
      allowOnly(params, ['expand', 'client_secret']);
      const intent = findIntent(decodeURIComponent(m[1]));
      const secret = text(params, 'client_secret');
      if (secret !== undefined && secret !== intent.client_secret) {
        throw invalid(
          'The client_secret provided does not match the client_secret associated with the PaymentIntent.',
          'payment_intent_invalid_parameter',
          'client_secret',
        );
      }
      return renderIntent(intent, expansions(params, ['latest_charge']));
    }
    if ((m = /^\/v1\/payment_intents\/([^/]+)\/cancel$/.exec(path)) && method === 'POST') {
      const intent = cancelIntent(decodeURIComponent(m[1]), params);
      return renderIntent(intent, expansions(params, ['latest_charge']));
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const refund = createRefund(params);
      return renderRefund(refund, expansions(params, ['charge', 'payment_intent']));
    }
    if ((m = /^\/v1\/refunds\/([^/]+)$/.exec(path)) && method === 'GET') {
      allowOnly(params, ['expand']);
      const id = decodeURIComponent(m[1]);
      const refund = refunds.get(id);
      if (!refund) throw invalid(`No such refund: '${id}'`, 'resource_missing', 'id', 404);
      return renderRefund(refund, expansions(params, ['charge', 'payment_intent']));
    }
    const payoutAnswer = payouts.route(method, path, params);
    if (payoutAnswer !== undefined) return payoutAnswer;
    throw invalid(
      `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
      undefined,
      undefined,
      404,
    );
  }

  function handle(req: FakeRequest): FakeReply {
    const requestId = `req_${randomId(14)}`;
    const authorization = header(req.headers, 'authorization');
    if (!authorization) {
      return failureReply(
        invalid(
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
          undefined,
          undefined,
          401,
        ),
        requestId,
      );
    }
    const presented = /^Bearer (.+)$/.exec(authorization)?.[1] ?? '';
    if (presented !== apiKey) {
      const masked =
        presented.length > 4
          ? `${presented.slice(0, 8)}${'*'.repeat(Math.max(0, presented.length - 12))}${presented.slice(-4)}`
          : presented;
      return failureReply(
        invalid(`Invalid API Key provided: ${masked}`, undefined, undefined, 401),
        requestId,
      );
    }

    let params: Params;
    try {
      if (req.method === 'POST') {
        const type = header(req.headers, 'content-type') ?? '';
        if (req.rawBody !== '' && !type.startsWith('application/x-www-form-urlencoded')) {
          throw invalid(
            `Invalid request: unsupported Content-Type ${type}. If error persists and you need assistance, please contact support@stripe.com.`,
          );
        }
        params = parseStripeForm(req.rawBody);
      } else {
        params = parseStripeForm(req.search);
      }
    } catch (error) {
      if (error instanceof StripeFailure) return failureReply(error, requestId);
      throw error;
    }
    req.record.body = params;

    const key = req.method === 'POST' ? header(req.headers, 'idempotency-key') : undefined;
    const endpoint = `${req.method} ${req.path}`;
    const paramsCanonical = canonicalJson(params);
    if (key !== undefined) {
      const stored = idempotency.get(key);
      if (stored) {
        if (stored.endpoint !== endpoint) {
          return failureReply(
            new StripeFailure(400, {
              type: 'idempotency_error',
              message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${endpoint}' vs '${stored.endpoint}'). Try using a key other than '${key}' if you meant to execute a different request.`,
            }),
            requestId,
          );
        }
        if (stored.params !== paramsCanonical) {
          return failureReply(
            new StripeFailure(400, {
              type: 'idempotency_error',
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
            }),
            requestId,
          );
        }
        req.record.replayed = true;
        return {
          ...stored.reply,
          headers: {
            ...stored.reply.headers,
            'request-id': requestId,
            'idempotency-key': key,
            'idempotent-replayed': 'true',
            'original-request': stored.requestId,
          },
        };
      }
    }

    let reply: FakeReply;
    let store = true;
    try {
      reply = stripeReply(200, route(req.method, req.path, params), requestId);
    } catch (error) {
      if (!(error instanceof StripeFailure)) throw error;
      reply = failureReply(error, requestId);
      store = error.stored;
    }
    if (key !== undefined) {
      reply.headers = { ...reply.headers, 'idempotency-key': key };
      if (store) idempotency.set(key, { endpoint, params: paramsCanonical, reply, requestId });
    }
    return reply;
  }

  const server = await startFakeServer(
    handle,
    (error) => ({
      status: 500,
      body: {
        error: {
          type: 'api_error',
          message: `Stripe fake crashed: ${error instanceof Error ? error.message : String(error)}`,
        },
      },
    }),
    crashes,
  );

  // ---- controls ----

  function newCharge(
    intent: PaymentIntentJson,
    status: ChargeJson['status'],
    failure?: PaymentErrorJson,
  ): ChargeJson {
    const charge: ChargeJson = {
      id: `ch_${randomId(24)}`,
      object: 'charge',
      amount: intent.amount,
      amount_captured: status === 'succeeded' ? intent.amount : 0,
      amount_refunded: 0,
      balance_transaction: status === 'succeeded' ? `txn_${randomId(24)}` : null,
      captured: status === 'succeeded',
      created: now(),
      currency: intent.currency,
      failure_code: failure?.code ?? null,
      failure_message: failure?.message ?? null,
      livemode: false,
      metadata: { ...intent.metadata },
      paid: status === 'succeeded',
      payment_intent: intent.id,
      payment_method: `pm_${randomId(24)}`,
      refunded: false,
      status,
    };
    charges.set(charge.id, charge);
    return charge;
  }

  function mustBePayable(intent: PaymentIntentJson): void {
    if (intent.status === 'succeeded' || intent.status === 'canceled') {
      throw new Error(`Stripe fake: intent ${intent.id} is already ${intent.status}`);
    }
  }

  function knownIntent(id: string): PaymentIntentJson {
    const intent = intents.get(id);
    if (!intent) throw new Error(`Stripe fake: no payment intent ${id}`);
    return intent;
  }

  const events: StripeFake['events'] = {
    signedEvent(type, object, { secret, timestamp, previousAttributes }) {
      const expected = type.startsWith('payment_intent.') ? 'payment_intent' : 'charge';
      const kind = (object as { object?: unknown } | null)?.object;
      if (kind !== expected) {
        throw new Error(`Stripe fake: a ${type} event is about a ${expected}, not ${String(kind)}`);
      }
      const event: StripeEventJson = {
        id: `evt_${randomId(24)}`,
        object: 'event',
        api_version: apiVersion,
        created: timestamp ?? now(),
        data: {
          object: snapshot(object),
          ...(previousAttributes ? { previous_attributes: previousAttributes } : {}),
        },
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type,
      };
      const payload = JSON.stringify(event, null, 2);
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
      return { payload, signature, event };
    },
    forIntent(type, intentId, options) {
      const intent = knownIntent(intentId);
      if (type === 'charge.refunded') {
        if (typeof intent.latest_charge !== 'string')
          throw new Error(`Stripe fake: ${intentId} has no charge`);
        return events.signedEvent(type, charges.get(intent.latest_charge), options);
      }
      return events.signedEvent(type, intent, options);
    },
    deliver(url, { payload, signature }) {
      return postTo(url, payload, {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'stripe-signature': signature,
      });
    },
  };

  return {
    url: server.url,
    port: server.port,
    apiKey,
    requests: server.requests,
    crashes,
    close: server.close,
    succeed(intentId) {
      const intent = knownIntent(intentId);
      mustBePayable(intent);
      const charge = newCharge(intent, 'succeeded');
      intent.status = 'succeeded';
      intent.amount_received = intent.amount;
      intent.latest_charge = charge.id;
      intent.payment_method = charge.payment_method;
      intent.last_payment_error = null;
      return snapshot(intent);
    },
    fail(intentId, decline = 'card_declined') {
      const intent = knownIntent(intentId);
      mustBePayable(intent);
      const d = DECLINES[decline];
      const paymentMethod = `pm_${randomId(24)}`;
      const error: PaymentErrorJson = {
        type: 'card_error',
        code: d.code,
        ...(d.decline_code ? { decline_code: d.decline_code } : {}),
        message: d.message,
        doc_url: `https://stripe.com/docs/error-codes/${d.code.replace(/_/g, '-')}`,
        charge: '',
        payment_method: { id: paymentMethod, object: 'payment_method', type: 'card' },
      };
      const charge = newCharge(intent, 'failed', error);
      charge.payment_method = paymentMethod;
      error.charge = charge.id;
      intent.status = 'requires_payment_method';
      intent.latest_charge = charge.id;
      intent.payment_method = null;
      intent.last_payment_error = error;
      return snapshot(intent);
    },
    intent: (intentId) => snapshot(knownIntent(intentId)),
    charge(chargeId) {
      const charge = charges.get(chargeId);
      if (!charge) throw new Error(`Stripe fake: no charge ${chargeId}`);
      return snapshot(charge);
    },
    payout: (input) => payouts.payout(input),
    refunds: (intentId) =>
      [...refunds.values()].filter((r) => r.payment_intent === intentId).map((r) => snapshot(r)),
    events,
  };
}
