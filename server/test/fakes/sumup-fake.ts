/**
 * A local SumUp API (Readers / Solo card terminals) for tests, spoken to by the real `@sumup/sdk` (0.2.x):
 *
 *   const fake = await startSumUpFake({ apiKey: 'sup_sk_fake', merchantCode: 'MFAKE001' });
 *   const sumup = new SumUp({ apiKey: 'sup_sk_fake', host: fake.url });   // host: 'http://127.0.0.1:PORT'
 *
 * (The constructor takes `{ apiKey, host, baseParams, maxRetries = 0, timeout }`: see HTTPClient in
 * node_modules/@sumup/sdk/dist/index.js.) The SDK sends JSON with `Authorization: Bearer <apiKey>`, parses
 * any answer whose content-type contains `json` (204/205 or `content-length: 0` → `undefined`), and throws
 * `APIError(status, parsedBody, response)` for every non-2xx (message `"<status>: <json>"`). With
 * `maxRetries > 0` it retries 408/409/429/5xx: the fake never answers those, so nothing is retried.
 *
 * Routes and answers follow SumUp's OpenAPI (sumup/sumup-ts openapi.yaml) and the SDK's generated types:
 * - POST /v0.1/merchants/{mc}/readers {pairing_code, name, metadata?} → 201 Reader (`paired` here; real
 *   SumUp says `processing` until the device confirms). Unknown pairing code → 404 Problem (RFC 9457,
 *   "There's no pending reader for the submitted pairing code"); missing fields → 400 Problem.
 * - GET …/readers → {items}; GET/PATCH/DELETE …/readers/{id} (404 Problem when unknown).
 * - POST …/readers/{id}/checkout → 201 {data: {checkout_id, client_transaction_id}}. Refusals are 422
 *   `{errors: {type: 'READER_BUSY' | 'READER_OFFLINE', detail}}` (the documented ReaderBusy/ReaderOffline
 *   examples), field validation is 422 `{errors: {field: ['message']}}` (DataValidation example).
 *   A reader stays busy while its checkout is pending (SumUp: 60 s to start, then the payment itself).
 * - GET …/readers/{id}/checkout/{checkout_id} → {data: GetReaderCheckoutResponse}: keyed by checkout_id,
 *   not client_transaction_id. Status pending → successful | failed | cancelled.
 * - GET …/readers/{id}/status → {data: {status: ONLINE | OFFLINE, state: IDLE | WAITING_FOR_CARD | …}}.
 * - POST …/readers/{id}/terminate → 202 (empty). Offline → 422 READER_OFFLINE. With nothing to stop it is
 *   accepted and does nothing ("there is no confirmation of the termination").
 * - 401: `{errors: {type: 'INVALID_ACCESS_TOKEN', detail}}` on the checkout/status/terminate routes (the
 *   Unauthorized / CreateReaderCheckoutError schemas), `{error_code: 'NOT_AUTHORIZED', …}` elsewhere (the
 *   API-wide Error examples). Unknown routes → 404 Problem.
 *
 * - Refunds (Transactions API): a successful checkout creates a transaction (`id`, `transaction_code`,
 *   `client_transaction_id`, amount in major units, `status` SUCCESSFUL → REFUNDED once fully refunded).
 *   GET /v2.1/merchants/{mc}/transactions?id=…|client_transaction_id=…|transaction_code=… → TransactionFull
 *   (404 `{error_code: 'NOT_FOUND', message}` when unknown, 400 Problem without a query). Refund it with
 *   POST /v1.0/merchants/{mc}/payments/{txn_id}/refunds `{amount?}` (what `@sumup/sdk` 0.2 calls: amount in
 *   major units, omitted = full) → 201 `{}`, or the older POST /v0.1/me/refund/{txn_id} `{amount?}` → 204;
 *   more than what is left, a non-positive amount or a transaction not SUCCESSFUL → 400 (Problem on v1.0,
 *   `{error_code, message}` on v0.1), unknown transaction → 404.
 * - Payouts: GET /v1.0/merchants/{mc}/payouts?start_date&end_date → FinancialPayout records
 *   (sumup-payouts-fake.ts); `payout()` writes them.
 *
 * Not documented by SumUp, so chosen here: a reader id the merchant does not have on the checkout routes →
 * 404 `{errors: {type: 'NOT_FOUND', detail}}`; unknown top-level fields in a checkout → 422 (strictness).
 *
 * The reader webhook: SumUp POSTs `ReaderCheckoutStatusChange` JSON to the checkout's `return_url`
 * (`{id, event_type: 'solo.transaction.updated', payload: {client_transaction_id, merchant_code, status:
 * 'successful' | 'failed', transaction_id}, timestamp}`; types/reader-checkout-status-change.d.ts and
 * developer.sumup.com/api/schemas/ReaderCheckoutStatusChange). It carries no signature, so an app must treat
 * it as a hint and re-fetch the checkout; `forgeCallback` sends one that lies, to prove the app does.
 * SumUp retries a non-200 answer up to 5 times; the fake delivers once and reports the status.
 */
import {
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
import {
  sumUpPayoutsFake,
  type FakeSumUpPayoutInput,
  type FinancialPayoutJson,
} from './sumup-payouts-fake.js';

export type { RecordedRequest } from './fake-server.js';
export type { FakeSumUpPayoutInput, FinancialPayoutJson } from './sumup-payouts-fake.js';

// The wire shapes below transcribe the SDK's generated types (node_modules/@sumup/sdk/dist/types/*.d.ts:
// reader.d.ts, status-response.d.ts, create-reader-checkout-response.d.ts,
// get-reader-checkout-response.d.ts, reader-checkout-status-change.d.ts). They are not imported: under
// nodenext those types resolve to `any` (see sumup-sdk.ts), which would check nothing.

export type ReaderState =
  | 'IDLE'
  | 'SELECTING_TIP'
  | 'WAITING_FOR_CARD'
  | 'WAITING_FOR_PIN'
  | 'WAITING_FOR_SIGNATURE'
  | 'UPDATING_FIRMWARE';

export interface Reader {
  id: string;
  name: string;
  status: 'unknown' | 'processing' | 'paired' | 'expired';
  device: { identifier: string; model: 'solo' | 'virtual-solo' };
  metadata?: Record<string, unknown>;
  service_account_id?: string;
  created_at: string;
  updated_at: string;
}

export interface StatusResponse {
  data: {
    battery_level?: number;
    battery_temperature?: number;
    connection_type?: 'btle' | 'edge' | 'gprs' | 'lte' | 'umts' | 'usb' | 'Wi-Fi';
    firmware_version?: string;
    last_activity?: string;
    state?: ReaderState;
    status: 'ONLINE' | 'OFFLINE';
  };
}

export interface Money {
  currency: string;
  minor_unit: number;
  value: number;
}

export interface CreateReaderCheckoutResponse {
  data: { checkout_id?: string; client_transaction_id: string };
}

export type ReaderCheckoutStatus = 'pending' | 'successful' | 'failed' | 'cancelled';

export interface ReaderCheckout {
  card_type: 'credit' | 'debit' | null;
  checkout_id: string;
  client_transaction_id: string;
  created_at: string;
  installments: number | null;
  payment_failure_reason?: string | null;
  payment_status: string | null;
  payment_type: 'card' | 'pix';
  reader_firmware_version: string;
  reader_serial_number: string;
  status: ReaderCheckoutStatus;
  total_amount: Money;
  updated_at: string;
  valid_until: string | null;
}

export interface GetReaderCheckoutResponse {
  data: ReaderCheckout;
}

/** The reader webhook body SumUp POSTs to a checkout's `return_url`. */
export interface ReaderCheckoutStatusChange {
  event_type: string;
  id: string;
  payload: {
    client_transaction_id: string;
    merchant_code: string;
    status: 'successful' | 'failed';
    transaction_id?: string;
  };
  timestamp: string;
}

/** The parts of SumUp's TransactionFull the fake keeps (types/transaction-full.d.ts). */
export interface Transaction {
  id: string;
  transaction_code: string;
  client_transaction_id: string;
  merchant_code: string;
  /** Major units, e.g. 45.5 for EUR 45.50. */
  amount: number;
  currency: string;
  timestamp: string;
  status: 'SUCCESSFUL' | 'REFUNDED';
  simple_status: 'SUCCESSFUL' | 'REFUNDED';
  payment_type: 'POS';
  entry_mode: 'contactless';
  events: { id: string; type: 'REFUND'; amount: number; status: 'REFUNDED'; timestamp: string }[];
}

export interface SumUpFakeOptions {
  /** The only API key accepted. Default `sup_sk_fake`. */
  apiKey?: string;
  /** The merchant the key belongs to. Default `MFAKE001`. */
  merchantCode?: string;
  /** Pairing codes shown on devices waiting to be paired. */
  pairingCodes?: string[];
}

export interface DeliveredCallback {
  clientTransactionId: string;
  url: string;
  body: ReaderCheckoutStatusChange;
  /** The HTTP status the app answered. */
  status: number;
  /** True when the callback claimed something other than the checkout's real outcome. */
  forged: boolean;
}

export interface SumUpFake {
  url: string;
  port: number;
  apiKey: string;
  merchantCode: string;
  requests: RecordedRequest[];
  /** Errors thrown inside the fake (answered 500): a test should expect this to stay empty. */
  crashes: unknown[];
  callbacks: DeliveredCallback[];
  close(): Promise<void>;
  /** A device shows `code` and waits to be paired. */
  addPairingCode(code: string, device?: { identifier?: string }): void;
  setReaderOffline(readerId: string, offline: boolean): void;
  /** The device moves to another screen during a pending checkout (e.g. WAITING_FOR_PIN). */
  progress(clientTransactionId: string, state: ReaderState): void;
  /** The card is accepted: checkout `successful`, reader back to IDLE. */
  approve(clientTransactionId: string): ReaderCheckout;
  /** The card is refused: checkout `failed` with `payment_failure_reason`, reader IDLE. */
  decline(clientTransactionId: string, reason?: string): ReaderCheckout;
  /** Nobody presented a card in time: checkout `cancelled`, reader IDLE. */
  timeout(clientTransactionId: string): ReaderCheckout;
  /** POSTs SumUp's reader webhook with the checkout's real outcome to its `return_url`; returns the status. */
  deliverCallback(
    clientTransactionId: string,
    options?: { status?: 'successful' | 'failed' },
  ): Promise<number>;
  /** POSTs a callback that claims `status` (default `successful`) whatever the checkout's real state. */
  forgeCallback(
    clientTransactionId: string,
    options?: { status?: 'successful' | 'failed'; url?: string },
  ): Promise<number>;
  checkout(clientTransactionId: string): ReaderCheckout;
  reader(readerId: string): Reader;
  /** The transaction an approved checkout created. */
  transaction(clientTransactionId: string): Transaction;
  /** Amounts refunded on a transaction, in minor units, in order. */
  refunds(transactionId: string): number[];
  /** SumUp pays the merchant out (GET /v1.0/merchants/{mc}/payouts: sumup-payouts-fake.ts). */
  payout(input: FakeSumUpPayoutInput): FinancialPayoutJson[];
}

type Json = Record<string, unknown>;

/** A refusal in SumUp's words. */
class SumUpFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly contentType = 'application/json',
  ) {
    super(`SumUp ${status}`);
  }
}

const problem = (status: number, slug: string, title: string, detail: string) =>
  new SumUpFailure(
    status,
    { type: `https://developer.sumup.com/problem/${slug}`, title, status, detail },
    'application/problem+json',
  );

const readerError = (status: number, type: string, detail: string) =>
  new SumUpFailure(status, { errors: { type, detail } });

const validation = (errors: Record<string, string[]>) => new SumUpFailure(422, { errors });

const CARDHOLDER_STATES: ReaderState[] = [
  'SELECTING_TIP',
  'WAITING_FOR_CARD',
  'WAITING_FOR_PIN',
  'WAITING_FOR_SIGNATURE',
];
const ALL_STATES: ReaderState[] = ['IDLE', 'UPDATING_FIRMWARE', ...CARDHOLDER_STATES];
const CHECKOUT_FIELDS = [
  'total_amount',
  'description',
  'return_url',
  'card_type',
  'installments',
  'tip_rates',
  'tip_timeout',
  'affiliate',
  'aade',
];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

interface ReaderRecord {
  reader: Reader;
  online: boolean;
  state: ReaderState;
  lastActivity: string;
}

interface CheckoutRecord {
  data: ReaderCheckout;
  readerId: string;
  returnUrl?: string;
  description?: string;
}

export async function startSumUpFake(options: SumUpFakeOptions = {}): Promise<SumUpFake> {
  const apiKey = options.apiKey ?? 'sup_sk_fake';
  const merchantCode = options.merchantCode ?? 'MFAKE001';
  const pairing = new Map<string, { identifier: string }>();
  for (const code of options.pairingCodes ?? [])
    pairing.set(code, { identifier: `FAKE${randomId(6, CROCKFORD)}` });
  const readers = new Map<string, ReaderRecord>();
  const payouts = sumUpPayoutsFake();
  const checkouts = new Map<string, CheckoutRecord>(); // by client_transaction_id
  const byCheckoutId = new Map<string, string>(); // checkout_id → client_transaction_id
  const transactions = new Map<
    string,
    { data: Transaction; minorUnit: number; valueMinor: number; refunds: number[] }
  >();
  const transactionByCtid = new Map<string, string>();
  const callbacks: DeliveredCallback[] = [];
  const crashes: unknown[] = [];
  const iso = () => new Date().toISOString();

  function parseJson(req: FakeRequest, family: 'reader' | 'checkout'): Json {
    if (req.rawBody === '' || req.rawBody === 'null') return {};
    const type = header(req.headers, 'content-type') ?? '';
    let body: unknown;
    try {
      if (!type.includes('json')) throw new Error(`content-type ${type}`);
      body = JSON.parse(req.rawBody);
    } catch (error) {
      const detail = `The request body is not valid JSON (${error instanceof Error ? error.message : 'unreadable'}).`;
      throw family === 'reader'
        ? problem(400, 'bad-request', 'Bad Request', detail)
        : readerError(400, 'INVALID_REQUEST', detail);
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw family === 'reader'
        ? problem(400, 'bad-request', 'Bad Request', 'The request body must be a JSON object.')
        : readerError(400, 'INVALID_REQUEST', 'The request body must be a JSON object.');
    }
    req.record.body = body;
    return body as Json;
  }

  function knownReader(id: string, family: 'reader' | 'checkout'): ReaderRecord {
    const record = readers.get(id);
    if (record) return record;
    throw family === 'reader'
      ? problem(404, 'not-found', 'Not Found', 'The requested Reader resource does not exist.')
      : readerError(404, 'NOT_FOUND', `Reader ${id} not found.`);
  }

  function pendingOn(readerId: string): CheckoutRecord | undefined {
    for (const c of checkouts.values()) if (c.readerId === readerId && c.data.status === 'pending') return c;
    return undefined;
  }

  function createReader(body: Json): Reader {
    const missing = ['pairing_code', 'name'].filter((k) => typeof body[k] !== 'string' || body[k] === '');
    if (missing.length > 0) {
      throw problem(400, 'bad-request', 'Bad Request', `Missing or invalid fields: ${missing.join(', ')}.`);
    }
    const device = pairing.get(body.pairing_code as string);
    if (!device) {
      throw problem(
        404,
        'not-found',
        'Not Found',
        "There's no pending reader for the submitted pairing code.",
      );
    }
    pairing.delete(body.pairing_code as string);
    const now = iso();
    const reader: Reader = {
      id: `rdr_${randomId(26, CROCKFORD)}`,
      name: body.name as string,
      status: 'paired',
      device: { identifier: device.identifier, model: 'solo' },
      ...(body.metadata !== undefined ? { metadata: body.metadata as Record<string, unknown> } : {}),
      service_account_id: `sa_${randomId(26, CROCKFORD)}`,
      created_at: now,
      updated_at: now,
    };
    readers.set(reader.id, { reader, online: true, state: 'IDLE', lastActivity: now });
    return reader;
  }

  function validateCheckout(body: Json): void {
    const errors: Record<string, string[]> = {};
    const add = (field: string, message: string) => (errors[field] ??= []).push(message);
    for (const key of Object.keys(body)) if (!CHECKOUT_FIELDS.includes(key)) add(key, 'is not allowed');
    const amount = body.total_amount as Json | undefined;
    if (amount === undefined || amount === null || typeof amount !== 'object' || Array.isArray(amount)) {
      add('total_amount', "can't be blank");
    } else {
      if (typeof amount.currency !== 'string' || !/^[A-Z]{3}$/.test(amount.currency)) {
        add('total_amount', 'currency must be an ISO 4217 code');
      }
      if (!Number.isInteger(amount.minor_unit) || (amount.minor_unit as number) < 0) {
        add('total_amount', 'minor_unit must be a non-negative integer');
      }
      if (!Number.isInteger(amount.value)) add('total_amount', 'value must be an integer');
      else if ((amount.value as number) <= 0) add('total_amount', 'must be greater than 0');
    }
    if (body.description !== undefined && typeof body.description !== 'string')
      add('description', 'is invalid');
    if (body.return_url !== undefined) {
      let ok = typeof body.return_url === 'string';
      if (ok) {
        try {
          ok = ['http:', 'https:'].includes(new URL(body.return_url as string).protocol);
        } catch {
          ok = false;
        }
      }
      if (!ok) add('return_url', 'must be a valid URL');
    }
    if (body.card_type !== undefined && body.card_type !== 'credit' && body.card_type !== 'debit') {
      add('card_type', 'is invalid');
    }
    if (body.installments !== undefined && body.installments !== null) add('installments', 'not allowed');
    if (body.tip_rates !== undefined) {
      const rates = body.tip_rates;
      if (
        !Array.isArray(rates) ||
        !rates.every((r) => typeof r === 'number' && r >= 0.01 && r <= 0.99) ||
        rates.some((r, i) => i > 0 && (r as number) < (rates[i - 1] as number))
      ) {
        add('tip_rates', 'must be between 0.01 and 0.99');
      }
    }
    if (body.tip_timeout !== undefined && body.tip_rates === undefined)
      add('tip_timeout', 'requires tip_rates');
    if (Object.keys(errors).length > 0) throw validation(errors);
  }

  function createCheckout(readerId: string, body: Json): CreateReaderCheckoutResponse {
    const record = knownReader(readerId, 'checkout');
    validateCheckout(body);
    if (!record.online) throw readerError(422, 'READER_OFFLINE', 'The device is offline.');
    if (pendingOn(readerId))
      throw readerError(422, 'READER_BUSY', 'There is a pending checkout for the device.');
    const amount = body.total_amount as { currency: string; minor_unit: number; value: number };
    const created = new Date();
    const checkout: CheckoutRecord = {
      readerId,
      returnUrl: body.return_url as string | undefined,
      description: body.description as string | undefined,
      data: {
        card_type: (body.card_type as 'credit' | 'debit' | undefined) ?? null,
        checkout_id: uuid(),
        client_transaction_id: uuid(),
        created_at: created.toISOString(),
        installments: null,
        payment_failure_reason: null,
        payment_status: null,
        payment_type: 'card',
        reader_firmware_version: '3.3.39.0',
        reader_serial_number: record.reader.device.identifier,
        status: 'pending',
        total_amount: { currency: amount.currency, minor_unit: amount.minor_unit, value: amount.value },
        updated_at: created.toISOString(),
        valid_until: new Date(created.getTime() + 60_000).toISOString(),
      },
    };
    checkouts.set(checkout.data.client_transaction_id, checkout);
    byCheckoutId.set(checkout.data.checkout_id, checkout.data.client_transaction_id);
    record.state = 'WAITING_FOR_CARD';
    record.lastActivity = iso();
    return {
      data: {
        checkout_id: checkout.data.checkout_id,
        client_transaction_id: checkout.data.client_transaction_id,
      },
    };
  }

  function status(readerId: string): StatusResponse {
    const record = knownReader(readerId, 'checkout');
    return {
      data: {
        battery_level: 87,
        battery_temperature: 31,
        connection_type: 'Wi-Fi',
        firmware_version: '3.3.39.0',
        last_activity: record.lastActivity,
        state: record.state,
        status: record.online ? 'ONLINE' : 'OFFLINE',
      },
    };
  }

  function finish(
    checkout: CheckoutRecord,
    outcome: ReaderCheckoutStatus,
    reason: string | null,
  ): ReaderCheckout {
    checkout.data.status = outcome;
    checkout.data.payment_failure_reason = reason;
    checkout.data.updated_at = iso();
    const record = readers.get(checkout.readerId);
    if (record) {
      record.state = 'IDLE';
      record.lastActivity = checkout.data.updated_at;
    }
    return snapshot(checkout.data);
  }

  function terminate(readerId: string): void {
    const record = knownReader(readerId, 'checkout');
    if (!record.online) throw readerError(422, 'READER_OFFLINE', 'The device is offline.');
    const pending = pendingOn(readerId);
    if (pending && CARDHOLDER_STATES.includes(record.state)) finish(pending, 'cancelled', 'terminated');
  }

  function getCheckout(readerId: string, checkoutId: string): GetReaderCheckoutResponse {
    knownReader(readerId, 'checkout');
    const ctid = byCheckoutId.get(checkoutId);
    const checkout = ctid === undefined ? undefined : checkouts.get(ctid);
    if (!checkout || checkout.readerId !== readerId) {
      throw new SumUpFailure(404, { errors: { detail: 'Checkout not found.' } });
    }
    return { data: snapshot(checkout.data) };
  }

  function findTransaction(
    query: URLSearchParams,
  ): { data: Transaction; minorUnit: number; valueMinor: number; refunds: number[] } | undefined {
    const id = query.get('id');
    const ctid = query.get('client_transaction_id');
    const code = query.get('transaction_code');
    if (id !== null) return transactions.get(id);
    if (ctid !== null) {
      const found = transactionByCtid.get(ctid);
      return found === undefined ? undefined : transactions.get(found);
    }
    if (code !== null) return [...transactions.values()].find((t) => t.data.transaction_code === code);
    throw problem(
      400,
      'bad-request',
      'Bad Request',
      'One of id, transaction_code, foreign_transaction_id or client_transaction_id is required.',
    );
  }

  /** Both refund endpoints: `legacy` words its refusals as `{error_code, message}`, v1.0 as Problems. */
  function refund(req: FakeRequest, txnId: string, legacy: boolean): void {
    const refuse = (status: number, code: string, message: string) =>
      legacy
        ? new SumUpFailure(status, { error_code: code, message })
        : problem(
            status,
            status === 404 ? 'not-found' : 'bad-request',
            status === 404 ? 'Not Found' : 'Bad Request',
            message,
          );
    const record = transactions.get(txnId);
    if (!record) throw refuse(404, 'NOT_FOUND', 'Transaction not found.');
    const body = parseJson(req, 'reader');
    const remaining = record.valueMinor - record.refunds.reduce((sum, r) => sum + r, 0);
    let minor = remaining;
    if (body.amount !== undefined) {
      if (typeof body.amount !== 'number' || !(body.amount > 0)) {
        throw refuse(400, 'INVALID_AMOUNT', 'The refund amount must be greater than zero.');
      }
      minor = Math.round(body.amount * 10 ** record.minorUnit);
    }
    if (record.data.status !== 'SUCCESSFUL' || remaining <= 0) {
      throw refuse(400, 'INVALID_STATE', 'The transaction cannot be refunded.');
    }
    if (minor > remaining) {
      throw refuse(400, 'INVALID_AMOUNT', 'The refund amount exceeds the amount eligible for a refund.');
    }
    record.refunds.push(minor);
    record.data.events.push({
      id: uuid(),
      type: 'REFUND',
      amount: minor / 10 ** record.minorUnit,
      status: 'REFUNDED',
      timestamp: iso(),
    });
    if (minor === remaining) {
      record.data.status = 'REFUNDED';
      record.data.simple_status = 'REFUNDED';
    }
  }

  function transactionRoute(req: FakeRequest): FakeReply | undefined {
    const list = /^\/v2\.1\/merchants\/([^/]+)\/transactions$/.exec(req.path);
    const payoutList = /^\/v1\.0\/merchants\/([^/]+)\/payouts$/.exec(req.path);
    const v1 = /^\/v1\.0\/merchants\/([^/]+)\/payments\/([^/]+)\/refunds$/.exec(req.path);
    const legacy = /^\/v0\.1\/me\/refund\/([^/]+)$/.exec(req.path);
    if (!list && !v1 && !legacy && !payoutList) return undefined;
    const authorization = header(req.headers, 'authorization');
    if (authorization !== `Bearer ${apiKey}`) {
      return failureReply(
        new SumUpFailure(401, { error_code: 'NOT_AUTHORIZED', message: 'invalid access token' }),
      );
    }
    const mc = decodeURIComponent((list ?? v1 ?? payoutList)?.[1] ?? merchantCode);
    if (mc !== merchantCode) throw problem(404, 'not-found', 'Not Found', 'Merchant not found.');
    if (list && req.method === 'GET') {
      const found = findTransaction(new URLSearchParams(req.search));
      if (!found) {
        throw new SumUpFailure(404, { error_code: 'NOT_FOUND', message: 'Resource not found' });
      }
      return { status: 200, body: snapshot(found.data) };
    }
    if (payoutList && req.method === 'GET') return payouts.list(req.search);
    if (v1 && req.method === 'POST') {
      refund(req, decodeURIComponent(v1[2]), false);
      return { status: 201, body: {} };
    }
    if (legacy && req.method === 'POST') {
      refund(req, decodeURIComponent(legacy[1]), true);
      return { status: 204 };
    }
    throw problem(404, 'not-found', 'Not Found', `No route for ${req.method} ${req.path}.`);
  }

  function route(req: FakeRequest): FakeReply {
    const transactionReply = transactionRoute(req);
    if (transactionReply) return transactionReply;
    const m =
      /^\/v0\.1\/merchants\/([^/]+)\/readers(?:\/([^/]+)(?:\/(checkout|status|terminate)(?:\/([^/]+))?)?)?$/.exec(
        req.path,
      );
    const checkoutFamily = m?.[3] !== undefined;
    const authorization = header(req.headers, 'authorization');
    if (authorization !== `Bearer ${apiKey}`) {
      if (checkoutFamily) {
        return failureReply(
          readerError(401, 'INVALID_ACCESS_TOKEN', 'The access token is invalid or has expired.'),
        );
      }
      return failureReply(
        new SumUpFailure(
          401,
          authorization
            ? { error_code: 'NOT_AUTHORIZED', error_message: 'invalid access token' }
            : { error_code: 'NOT_AUTHORIZED', message: 'access token required' },
        ),
      );
    }
    if (!m) throw problem(404, 'not-found', 'Not Found', `No route for ${req.method} ${req.path}.`);
    const [, mc, readerId, sub, checkoutId] = m.map((part) =>
      part === undefined ? undefined : decodeURIComponent(part),
    );
    if (mc !== merchantCode) {
      throw checkoutFamily
        ? readerError(404, 'NOT_FOUND', `Merchant ${mc} not found.`)
        : problem(404, 'not-found', 'Not Found', 'Merchant not found.');
    }
    const ok = (status: number, body?: unknown): FakeReply => ({ status, body });
    const key = `${req.method} ${sub ?? (readerId ? 'reader' : 'readers')}${checkoutId ? '/id' : ''}`;
    switch (key) {
      case 'GET readers':
        return ok(200, { items: [...readers.values()].map((r) => snapshot(r.reader)) });
      case 'POST readers':
        return ok(201, createReader(parseJson(req, 'reader')));
      case 'GET reader':
        return ok(200, snapshot(knownReader(readerId!, 'reader').reader));
      case 'PATCH reader': {
        const record = knownReader(readerId!, 'reader');
        const body = parseJson(req, 'reader');
        if (body.name !== undefined) {
          if (typeof body.name !== 'string')
            throw problem(400, 'bad-request', 'Bad Request', 'Invalid name.');
          record.reader.name = body.name;
        }
        if (body.metadata !== undefined) record.reader.metadata = body.metadata as Record<string, unknown>;
        record.reader.updated_at = iso();
        return ok(200, snapshot(record.reader));
      }
      case 'DELETE reader':
        knownReader(readerId!, 'reader');
        readers.delete(readerId!);
        return ok(200);
      case 'POST checkout':
        return ok(201, createCheckout(readerId!, parseJson(req, 'checkout')));
      case 'GET checkout/id':
        return ok(200, getCheckout(readerId!, checkoutId!));
      case 'GET status':
        return ok(200, status(readerId!));
      case 'POST terminate':
        parseJson(req, 'checkout');
        terminate(readerId!);
        return ok(202);
      default:
        throw problem(404, 'not-found', 'Not Found', `No route for ${req.method} ${req.path}.`);
    }
  }

  function failureReply(failure: SumUpFailure): FakeReply {
    return { status: failure.status, body: failure.body, contentType: failure.contentType };
  }

  function handle(req: FakeRequest): FakeReply {
    try {
      return route(req);
    } catch (error) {
      if (error instanceof SumUpFailure) return failureReply(error);
      throw error;
    }
  }

  const server = await startFakeServer(
    handle,
    (error) => ({
      status: 500,
      body: { errors: { type: 'INTERNAL_SERVER_ERROR', detail: `SumUp fake crashed: ${String(error)}` } },
    }),
    crashes,
  );

  function knownCheckout(ctid: string): CheckoutRecord {
    const checkout = checkouts.get(ctid);
    if (!checkout) throw new Error(`SumUp fake: no checkout with client_transaction_id ${ctid}`);
    return checkout;
  }

  function pendingCheckout(ctid: string): CheckoutRecord {
    const checkout = knownCheckout(ctid);
    if (checkout.data.status !== 'pending') {
      throw new Error(`SumUp fake: checkout ${ctid} is already ${checkout.data.status}`);
    }
    return checkout;
  }

  async function send(
    checkout: CheckoutRecord,
    claimed: 'successful' | 'failed',
    forged: boolean,
    url = checkout.returnUrl,
  ): Promise<number> {
    if (!url)
      throw new Error(`SumUp fake: checkout ${checkout.data.client_transaction_id} has no return_url`);
    const body: ReaderCheckoutStatusChange = {
      id: uuid(),
      event_type: 'solo.transaction.updated',
      payload: {
        client_transaction_id: checkout.data.client_transaction_id,
        merchant_code: merchantCode,
        status: claimed,
        ...(transactionByCtid.has(checkout.data.client_transaction_id)
          ? { transaction_id: transactionByCtid.get(checkout.data.client_transaction_id) }
          : {}),
      },
      timestamp: iso(),
    };
    const status = await postTo(url, JSON.stringify(body), { 'content-type': 'application/json' });
    callbacks.push({ clientTransactionId: checkout.data.client_transaction_id, url, body, status, forged });
    return status;
  }

  return {
    url: server.url,
    port: server.port,
    apiKey,
    merchantCode,
    requests: server.requests,
    crashes,
    callbacks,
    close: server.close,
    addPairingCode(code, device) {
      pairing.set(code, { identifier: device?.identifier ?? `FAKE${randomId(6, CROCKFORD)}` });
    },
    setReaderOffline(readerId, offline) {
      const record = readers.get(readerId);
      if (!record) throw new Error(`SumUp fake: no reader ${readerId}`);
      record.online = !offline;
    },
    progress(ctid, state) {
      if (!ALL_STATES.includes(state)) throw new Error(`SumUp fake: unknown reader state ${String(state)}`);
      const checkout = pendingCheckout(ctid);
      const record = readers.get(checkout.readerId)!;
      record.state = state;
      record.lastActivity = iso();
    },
    approve(ctid) {
      const done = finish(pendingCheckout(ctid), 'successful', null);
      const { value, minor_unit: minorUnit, currency } = done.total_amount;
      const data: Transaction = {
        id: uuid(),
        transaction_code: `T${randomId(9, CROCKFORD)}`,
        client_transaction_id: ctid,
        merchant_code: merchantCode,
        amount: value / 10 ** minorUnit,
        currency,
        timestamp: done.updated_at,
        status: 'SUCCESSFUL',
        simple_status: 'SUCCESSFUL',
        payment_type: 'POS',
        entry_mode: 'contactless',
        events: [],
      };
      transactions.set(data.id, { data, minorUnit, valueMinor: value, refunds: [] });
      transactionByCtid.set(ctid, data.id);
      return done;
    },
    decline: (ctid, reason = 'declined') => finish(pendingCheckout(ctid), 'failed', reason),
    timeout: (ctid) => finish(pendingCheckout(ctid), 'cancelled', 'timeout'),
    async deliverCallback(ctid, callbackOptions) {
      const checkout = knownCheckout(ctid);
      if (checkout.data.status === 'pending') {
        throw new Error(`SumUp fake: checkout ${ctid} is still pending; use forgeCallback to send a lie`);
      }
      const truth = checkout.data.status === 'successful' ? 'successful' : 'failed';
      if (callbackOptions?.status !== undefined && callbackOptions.status !== truth) {
        throw new Error(
          `SumUp fake: checkout ${ctid} is ${checkout.data.status}; use forgeCallback to claim otherwise`,
        );
      }
      return await send(checkout, truth, false);
    },
    async forgeCallback(ctid, forgeOptions) {
      const checkout = knownCheckout(ctid);
      const claimed = forgeOptions?.status ?? 'successful';
      const truth =
        checkout.data.status === 'successful'
          ? 'successful'
          : checkout.data.status === 'pending'
            ? null
            : 'failed';
      return await send(checkout, claimed, claimed !== truth, forgeOptions?.url);
    },
    checkout: (ctid) => snapshot(knownCheckout(ctid).data),
    reader(readerId) {
      const record = readers.get(readerId);
      if (!record) throw new Error(`SumUp fake: no reader ${readerId}`);
      return snapshot(record.reader);
    },
    transaction(ctid) {
      const id = transactionByCtid.get(ctid);
      if (id === undefined) throw new Error(`SumUp fake: checkout ${ctid} has no transaction`);
      return snapshot(transactions.get(id)!.data);
    },
    refunds(transactionId) {
      const record = transactions.get(transactionId);
      if (!record) throw new Error(`SumUp fake: no transaction ${transactionId}`);
      return [...record.refunds];
    },
    payout: (input) => payouts.payout(input),
  };
}
