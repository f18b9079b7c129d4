/**
 * Proves each provider fake against the provider's real SDK: if an SDK sends something a fake does not
 * accept, or a fake answers in a shape the SDK does not parse, these tests fail. No SDK method is mocked.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import {
  ApiError,
  CheckoutPaymentIntent,
  Client,
  Environment,
  OrdersController,
  PaymentsController,
} from '@paypal/paypal-server-sdk';
import { startStripeFake, type StripeFake } from './stripe-fake.js';
import { startSumUpFake, type SumUpFake } from './sumup-fake.js';
import { startPayPalFake, type PayPalFake } from './paypal-fake.js';
import { APIError, SumUp } from './sumup-sdk.js';

/** A stand-in for the app's webhook endpoint: keeps raw bodies and answers what `answer` says. */
interface Receiver {
  url: string;
  received: { headers: http.IncomingHttpHeaders; body: string }[];
  close(): Promise<void>;
}

async function startReceiver(
  answer: (body: string, headers: http.IncomingHttpHeaders) => number = () => 200,
) {
  const received: Receiver['received'] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body });
      res.writeHead(answer(body, req.headers)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } satisfies Receiver;
}

/** The rejection of `promise`, for asserting on a provider error's class and fields. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

describe('Stripe fake, driven by the stripe SDK', () => {
  let fake: StripeFake;
  let stripe: Stripe;
  const secret = 'whsec_test_fake_secret';

  beforeAll(async () => {
    fake = await startStripeFake({ apiKey: 'sk_test_fake_123' });
    stripe = new Stripe('sk_test_fake_123', {
      host: '127.0.0.1',
      port: fake.port,
      protocol: 'http',
      maxNetworkRetries: 0,
      telemetry: false,
    });
  });

  afterAll(async () => {
    expect(fake.crashes).toEqual([]);
    await fake.close();
  });

  it('creates an intent from the form body, then reports it succeeded with a charge', async () => {
    const created = await stripe.paymentIntents.create({
      amount: 4500,
      currency: 'eur',
      automatic_payment_methods: { enabled: true },
      metadata: { bookingId: 'b-42', clientId: 'c-7' },
    });
    expect(created).toMatchObject({
      object: 'payment_intent',
      amount: 4500,
      amount_received: 0,
      currency: 'eur',
      status: 'requires_payment_method',
      metadata: { bookingId: 'b-42', clientId: 'c-7' },
      automatic_payment_methods: { enabled: true },
      latest_charge: null,
      livemode: false,
    });
    expect(created.id).toMatch(/^pi_\w{24}$/);
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_\\w+$`));
    expect(typeof created.created).toBe('number');

    const sent = fake.requests.find((r) => r.method === 'POST' && r.path === '/v1/payment_intents')!;
    expect(sent.headers.authorization).toBe('Bearer sk_test_fake_123');
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sent.rawBody).toContain('metadata[bookingId]=b-42');
    expect(sent.body).toEqual({
      amount: '4500',
      currency: 'eur',
      automatic_payment_methods: { enabled: 'true' },
      metadata: { bookingId: 'b-42', clientId: 'c-7' },
    });
    // stripe-node keys every POST itself, even with retries off.
    expect(sent.headers['idempotency-key']).toMatch(/^stripe-node-retry-/);

    expect((await stripe.paymentIntents.retrieve(created.id)).status).toBe('requires_payment_method');
    fake.succeed(created.id);
    const paid = await stripe.paymentIntents.retrieve(created.id, { expand: ['latest_charge'] });
    expect(paid.status).toBe('succeeded');
    expect(paid.amount_received).toBe(4500);
    const charge = paid.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({
      object: 'charge',
      status: 'succeeded',
      amount: 4500,
      payment_intent: paid.id,
    });
    expect(charge.id).toMatch(/^ch_/);
  });

  it('records a declined card as last_payment_error, and accepts a later success', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 3000, currency: 'eur' });
    fake.fail(intent.id, 'insufficient_funds');
    const failed = await stripe.paymentIntents.retrieve(intent.id);
    expect(failed.status).toBe('requires_payment_method');
    expect(failed.last_payment_error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
    });
    fake.succeed(intent.id);
    const paid = await stripe.paymentIntents.retrieve(intent.id);
    expect(paid.status).toBe('succeeded');
    expect(paid.last_payment_error).toBeNull();
  });

  it('cancels an unpaid intent and refuses to cancel a paid one', async () => {
    const unpaid = await stripe.paymentIntents.create({ amount: 1000, currency: 'eur' });
    const canceled = await stripe.paymentIntents.cancel(unpaid.id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });

    const paid = await stripe.paymentIntents.create({ amount: 1000, currency: 'eur' });
    fake.succeed(paid.id);
    const error = await rejectionOf(stripe.paymentIntents.cancel(paid.id));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });
  });

  it('replays an idempotent create and refuses the same key with other parameters', async () => {
    const key = `booking-${Date.now()}`;
    const first = await stripe.paymentIntents.create(
      { amount: 2000, currency: 'eur' },
      { idempotencyKey: key },
    );
    const again = await stripe.paymentIntents.create(
      { amount: 2000, currency: 'eur' },
      { idempotencyKey: key },
    );
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    const keyed = fake.requests.filter((r) => r.headers['idempotency-key'] === key);
    expect(keyed.map((r) => r.replayed)).toEqual([false, true]);

    const conflict = await rejectionOf(
      stripe.paymentIntents.create({ amount: 2500, currency: 'eur' }, { idempotencyKey: key }),
    );
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(conflict).toMatchObject({ statusCode: 400, rawType: 'idempotency_error' });

    // A request refused by validation is not stored: the key stays usable.
    const other = `retry-${Date.now()}`;
    await expect(
      stripe.paymentIntents.create({ amount: 2000 } as Stripe.PaymentIntentCreateParams, {
        idempotencyKey: other,
      }),
    ).rejects.toMatchObject({ code: 'parameter_missing', param: 'currency' });
    const ok = await stripe.paymentIntents.create(
      { amount: 2000, currency: 'eur' },
      { idempotencyKey: other },
    );
    expect(ok.id).toMatch(/^pi_/);
  });

  it('refunds partially, never beyond what was received', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1000, currency: 'eur' });
    const early = await rejectionOf(stripe.refunds.create({ payment_intent: intent.id }));
    expect(early).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);

    fake.succeed(intent.id);
    const part = await stripe.refunds.create({
      payment_intent: intent.id,
      amount: 400,
      reason: 'requested_by_customer',
      metadata: { bookingId: 'b-1' },
    });
    expect(part).toMatchObject({
      object: 'refund',
      amount: 400,
      status: 'succeeded',
      payment_intent: intent.id,
      reason: 'requested_by_customer',
      metadata: { bookingId: 'b-1' },
    });
    expect(part.id).toMatch(/^re_/);
    expect((await stripe.refunds.retrieve(part.id)).amount).toBe(400);

    const tooMuch = await rejectionOf(stripe.refunds.create({ payment_intent: intent.id, amount: 700 }));
    expect(tooMuch).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(tooMuch).toMatchObject({
      statusCode: 400,
      code: 'amount_too_large',
      rawType: 'invalid_request_error',
    });

    const rest = await stripe.refunds.create({ payment_intent: intent.id });
    expect(rest.amount).toBe(600);
    const again = await rejectionOf(stripe.refunds.create({ payment_intent: intent.id, amount: 1 }));
    expect(again).toMatchObject({ statusCode: 400, code: 'charge_already_refunded' });
    expect(fake.charge(fake.intent(intent.id).latest_charge as string)).toMatchObject({
      amount_refunded: 1000,
      refunded: true,
    });
  });

  it("answers bad keys, bad parameters and unknown ids or routes in Stripe's error shapes", async () => {
    const wrongKey = new Stripe('sk_test_wrong', {
      host: '127.0.0.1',
      port: fake.port,
      protocol: 'http',
      maxNetworkRetries: 0,
      telemetry: false,
    });
    const auth = await rejectionOf(wrongKey.paymentIntents.retrieve('pi_whatever'));
    expect(auth).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(auth).toMatchObject({ statusCode: 401 });

    const unknownParam = await rejectionOf(
      stripe.paymentIntents.create({ amount: 1000, currency: 'eur', confirm: true }),
    );
    expect(unknownParam).toMatchObject({ statusCode: 400, code: 'parameter_unknown', param: 'confirm' });

    const tooSmall = await rejectionOf(stripe.paymentIntents.create({ amount: 10, currency: 'eur' }));
    expect(tooSmall).toMatchObject({ code: 'amount_too_small', param: 'amount' });

    const missing = await rejectionOf(stripe.paymentIntents.retrieve('pi_doesnotexist'));
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({ statusCode: 404, code: 'resource_missing' });

    const route = await rejectionOf(stripe.customers.retrieve('cus_123'));
    expect(route).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(route).toMatchObject({
      statusCode: 404,
      message: expect.stringContaining('Unrecognized request URL'),
    });
  });

  it('signs events that constructEvent accepts, and that fail once tampered with', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 5000,
      currency: 'eur',
      metadata: { bookingId: 'b-9' },
    });
    fake.succeed(intent.id);
    const delivery = fake.events.forIntent('payment_intent.succeeded', intent.id, { secret });

    const event = stripe.webhooks.constructEvent(delivery.payload, delivery.signature, secret);
    expect(event.id).toMatch(/^evt_/);
    expect(event.type).toBe('payment_intent.succeeded');
    expect(event.api_version).toBe(Stripe.API_VERSION);
    expect(event.data.object).toMatchObject({
      id: intent.id,
      status: 'succeeded',
      metadata: { bookingId: 'b-9' },
    });

    const tampered = delivery.payload.replace('"amount": 5000', '"amount": 5');
    expect(tampered).not.toBe(delivery.payload);
    expect(() => stripe.webhooks.constructEvent(tampered, delivery.signature, secret)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    expect(() => stripe.webhooks.constructEvent(delivery.payload, delivery.signature, 'whsec_other')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    const stale = fake.events.signedEvent('payment_intent.created', intent, {
      secret,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(() => stripe.webhooks.constructEvent(stale.payload, stale.signature, secret)).toThrow(/tolerance/);

    const other = fake.events.signedEvent('payment_intent.payment_failed', intent, { secret });
    expect(other.event.id).not.toBe(event.id);
    expect(() => fake.events.signedEvent('charge.refunded', intent, { secret })).toThrow(/about a charge/);

    await stripe.refunds.create({ payment_intent: intent.id, amount: 1000 });
    const refunded = fake.events.forIntent('charge.refunded', intent.id, { secret });
    const chargeEvent = stripe.webhooks.constructEvent(refunded.payload, refunded.signature, secret);
    expect(chargeEvent.data.object).toMatchObject({
      object: 'charge',
      amount_refunded: 1000,
      refunded: false,
    });
  });

  it('delivers signed events to an endpoint that verifies the raw body', async () => {
    const receiver = await startReceiver((body, headers) => {
      try {
        stripe.webhooks.constructEvent(body, headers['stripe-signature'] as string, secret);
        return 200;
      } catch {
        return 400;
      }
    });
    try {
      const intent = await stripe.paymentIntents.create({ amount: 1500, currency: 'eur' });
      const delivery = fake.events.forIntent('payment_intent.created', intent.id, { secret });
      expect(await fake.events.deliver(receiver.url, delivery)).toBe(200);
      expect(await fake.events.deliver(receiver.url, { ...delivery, payload: `${delivery.payload} ` })).toBe(
        400,
      );
      expect(receiver.received[0].body).toBe(delivery.payload);
    } finally {
      await receiver.close();
    }
  });
});

/** The checkout id of a createCheckout answer (optional in SumUp's schema; the fake always sends it). */
function idOf(data: { checkout_id?: string }): string {
  if (typeof data.checkout_id !== 'string') throw new Error('createCheckout answered without checkout_id');
  return data.checkout_id;
}

describe('SumUp fake, driven by @sumup/sdk', () => {
  let fake: SumUpFake;
  let sumup: SumUp;
  let readerId: string;
  const merchant = 'MTEST123';
  const amount = { currency: 'EUR', minor_unit: 2, value: 4500 };

  beforeAll(async () => {
    fake = await startSumUpFake({ apiKey: 'sup_sk_test', merchantCode: merchant });
    sumup = new SumUp({ apiKey: 'sup_sk_test', host: fake.url });
  });

  afterAll(async () => {
    expect(fake.crashes).toEqual([]);
    await fake.close();
  });

  it('pairs a reader from a known pairing code only', async () => {
    const unknown = await rejectionOf(
      sumup.readers.create(merchant, { pairing_code: 'NOPE1234', name: 'Desk' }),
    );
    expect(unknown).toBeInstanceOf(APIError);
    expect(unknown).toMatchObject({ status: 404, error: { status: 404, title: 'Not Found' } });

    fake.addPairingCode('ABCD1234', { identifier: 'SOLO-001' });
    const reader = await sumup.readers.create(merchant, { pairing_code: 'ABCD1234', name: 'Accueil' });
    expect(reader).toMatchObject({
      name: 'Accueil',
      status: 'paired',
      device: { identifier: 'SOLO-001', model: 'solo' },
    });
    expect(reader.id).toMatch(/^rdr_[0-9A-Z]{26}$/);
    readerId = reader.id;

    const sent = fake.requests.findLast((r) => r.method === 'POST' && r.path.endsWith('/readers'))!;
    expect(sent.headers.authorization).toBe('Bearer sup_sk_test');
    expect(sent.body).toEqual({ pairing_code: 'ABCD1234', name: 'Accueil' });

    // A pairing code is used once.
    await expect(
      sumup.readers.create(merchant, { pairing_code: 'ABCD1234', name: 'Again' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect((await sumup.readers.list(merchant)).items.map((r) => r.id)).toEqual([readerId]);
    expect(await sumup.readers.get(merchant, readerId)).toMatchObject({ id: readerId, status: 'paired' });
    await expect(sumup.readers.get(merchant, 'rdr_00000000000000000000000000')).rejects.toMatchObject({
      status: 404,
    });
  });

  it('refuses a wrong API key with 401', async () => {
    const intruder = new SumUp({ apiKey: 'sup_sk_wrong', host: fake.url });
    const error = await rejectionOf(intruder.readers.getStatus(merchant, readerId));
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 401, error: { errors: { type: 'INVALID_ACCESS_TOKEN' } } });
  });

  it('runs a checkout: busy while pending, then approved and idle again', async () => {
    const returnUrl = 'https://app.example/webhooks/sumup';
    const { data } = await sumup.readers.createCheckout(merchant, readerId, {
      total_amount: amount,
      description: 'Soin visage',
      return_url: returnUrl,
    });
    expect(data.client_transaction_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(data.checkout_id).toMatch(/^[0-9a-f-]{36}$/);
    const ctid = data.client_transaction_id;
    expect(fake.requests.at(-1)!.body).toEqual({
      total_amount: amount,
      description: 'Soin visage',
      return_url: returnUrl,
    });

    expect((await sumup.readers.getStatus(merchant, readerId)).data).toMatchObject({
      status: 'ONLINE',
      state: 'WAITING_FOR_CARD',
    });
    fake.progress(ctid, 'WAITING_FOR_PIN');
    expect((await sumup.readers.getStatus(merchant, readerId)).data.state).toBe('WAITING_FOR_PIN');

    const busy = await rejectionOf(
      sumup.readers.createCheckout(merchant, readerId, { total_amount: amount }),
    );
    expect(busy).toBeInstanceOf(APIError);
    expect(busy).toMatchObject({ status: 422, error: { errors: { type: 'READER_BUSY' } } });
    expect((busy as APIError).message).toMatch(/^422: /);

    const pending = await sumup.readers.getCheckout(merchant, readerId, idOf(data));
    expect(pending.data).toMatchObject({
      status: 'pending',
      client_transaction_id: ctid,
      total_amount: amount,
    });

    fake.approve(ctid);
    const done = await sumup.readers.getCheckout(merchant, readerId, idOf(data));
    expect(done.data).toMatchObject({ status: 'successful', payment_failure_reason: null });
    expect((await sumup.readers.getStatus(merchant, readerId)).data.state).toBe('IDLE');
  });

  it('reports a declined card as a failed checkout', async () => {
    const { data } = await sumup.readers.createCheckout(merchant, readerId, { total_amount: amount });
    fake.decline(data.client_transaction_id, 'card declined by issuer');
    const checkout = await sumup.readers.getCheckout(merchant, readerId, idOf(data));
    expect(checkout.data).toMatchObject({
      status: 'failed',
      payment_failure_reason: 'card declined by issuer',
    });
  });

  it('terminates a checkout waiting for the card, and times one out', async () => {
    const first = (await sumup.readers.createCheckout(merchant, readerId, { total_amount: amount })).data;
    await expect(sumup.readers.terminateCheckout(merchant, readerId)).resolves.toBeUndefined();
    expect(fake.requests.at(-1)).toMatchObject({
      path: `/v0.1/merchants/${merchant}/readers/${readerId}/terminate`,
      status: 202,
    });
    expect((await sumup.readers.getCheckout(merchant, readerId, idOf(first))).data.status).toBe('cancelled');

    const second = (await sumup.readers.createCheckout(merchant, readerId, { total_amount: amount })).data;
    fake.timeout(second.client_transaction_id);
    expect((await sumup.readers.getCheckout(merchant, readerId, idOf(second))).data.status).toBe('cancelled');
  });

  it('refuses an offline reader and invalid amounts with 422', async () => {
    const invalid = await rejectionOf(
      sumup.readers.createCheckout(merchant, readerId, { total_amount: { ...amount, value: 0 } }),
    );
    expect(invalid).toMatchObject({
      status: 422,
      error: { errors: { total_amount: ['must be greater than 0'] } },
    });

    fake.setReaderOffline(readerId, true);
    try {
      const offline = await rejectionOf(
        sumup.readers.createCheckout(merchant, readerId, { total_amount: amount }),
      );
      expect(offline).toBeInstanceOf(APIError);
      expect(offline).toMatchObject({ status: 422, error: { errors: { type: 'READER_OFFLINE' } } });
      expect((await sumup.readers.getStatus(merchant, readerId)).data.status).toBe('OFFLINE');
    } finally {
      fake.setReaderOffline(readerId, false);
    }
  });

  it('delivers the reader webhook with the real outcome, and can forge one for a pending checkout', async () => {
    const receiver = await startReceiver();
    try {
      const paid = (
        await sumup.readers.createCheckout(merchant, readerId, {
          total_amount: amount,
          return_url: receiver.url,
        })
      ).data;
      await expect(fake.deliverCallback(paid.client_transaction_id)).rejects.toThrow(/still pending/);
      fake.approve(paid.client_transaction_id);
      expect(await fake.deliverCallback(paid.client_transaction_id)).toBe(200);
      const body = JSON.parse(receiver.received[0].body) as Record<string, unknown>;
      expect(body).toMatchObject({
        event_type: 'solo.transaction.updated',
        payload: {
          client_transaction_id: paid.client_transaction_id,
          merchant_code: merchant,
          status: 'successful',
        },
      });
      expect(receiver.received[0].headers['content-type']).toBe('application/json');

      const open = (
        await sumup.readers.createCheckout(merchant, readerId, {
          total_amount: amount,
          return_url: receiver.url,
        })
      ).data;
      expect(await fake.forgeCallback(open.client_transaction_id)).toBe(200);
      expect(JSON.parse(receiver.received[1].body)).toMatchObject({ payload: { status: 'successful' } });
      expect(fake.callbacks.at(-1)).toMatchObject({ forged: true, status: 200 });
      // The fake itself still says pending: an app that re-fetches sees the truth.
      expect((await sumup.readers.getCheckout(merchant, readerId, idOf(open))).data.status).toBe('pending');
      fake.timeout(open.client_transaction_id);
    } finally {
      await receiver.close();
    }
  });

  it('finds the transaction of an approved checkout and refunds it, in parts, never more than paid', async () => {
    const { data } = await sumup.readers.createCheckout(merchant, readerId, { total_amount: amount });
    fake.approve(data.client_transaction_id);
    const transaction = await sumup.transactions.get(merchant, {
      client_transaction_id: data.client_transaction_id,
    });
    expect(transaction).toMatchObject({
      client_transaction_id: data.client_transaction_id,
      amount: 45,
      currency: 'EUR',
      status: 'SUCCESSFUL',
    });
    const txnId = transaction.id as string;
    await expect(sumup.transactions.refund(merchant, txnId, { amount: 10.5 })).resolves.toEqual({});
    expect(fake.requests.at(-1)).toMatchObject({
      path: `/v1.0/merchants/${merchant}/payments/${txnId}/refunds`,
      status: 201,
    });
    const tooMuch = await rejectionOf(sumup.transactions.refund(merchant, txnId, { amount: 40 }));
    expect(tooMuch).toBeInstanceOf(APIError);
    expect(tooMuch).toMatchObject({ status: 400, error: { status: 400, title: 'Bad Request' } });
    // The older endpoint, POST /v0.1/me/refund/{txn_id}: 204, errors as {error_code, message}.
    const legacy = await fetch(`${fake.url}/v0.1/me/refund/${txnId}`, {
      method: 'POST',
      headers: { authorization: 'Bearer sup_sk_test', 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 5 }),
    });
    expect(legacy.status).toBe(204);
    // Omitting the amount refunds what is left.
    await sumup.transactions.refund(merchant, txnId);
    expect(fake.refunds(txnId)).toEqual([1050, 500, 2950]);
    expect((await sumup.transactions.get(merchant, { id: txnId })).status).toBe('REFUNDED');
    const again = await fetch(`${fake.url}/v0.1/me/refund/${txnId}`, {
      method: 'POST',
      headers: { authorization: 'Bearer sup_sk_test', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error_code: 'INVALID_STATE' });
    await expect(sumup.transactions.get(merchant, { client_transaction_id: 'nope' })).rejects.toMatchObject({
      status: 404,
      error: { error_code: 'NOT_FOUND' },
    });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await fetch(`${fake.url}/v0.1/merchants/${merchant}/terminals`, {
      headers: { authorization: 'Bearer sup_sk_test' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });
});

describe('PayPal fake, driven by @paypal/paypal-server-sdk', () => {
  let fake: PayPalFake;
  let client: Client;
  let orders: OrdersController;
  let payments: PaymentsController;

  beforeAll(async () => {
    fake = await startPayPalFake({ clientId: 'pp-client', clientSecret: 'pp-secret' });
    client = new Client({
      environment: Environment.Sandbox,
      clientCredentialsAuthCredentials: { oAuthClientId: 'pp-client', oAuthClientSecret: 'pp-secret' },
      httpClientOptions: { httpsAgent: fake.httpsAgent },
    });
    orders = new OrdersController(client);
    payments = new PaymentsController(client);
  });

  afterAll(async () => {
    expect(fake.crashes).toEqual([]);
    await fake.close();
  });

  const newOrder = (value: string, paypalRequestId?: string) =>
    orders.createOrder({
      body: {
        intent: CheckoutPaymentIntent.Capture,
        purchaseUnits: [{ amount: { currencyCode: 'EUR', value }, customId: 'booking-1' }],
      },
      paypalRequestId,
    });

  it('refuses bad client credentials at the token endpoint', async () => {
    const wrong = new Client({
      environment: Environment.Sandbox,
      clientCredentialsAuthCredentials: { oAuthClientId: 'pp-client', oAuthClientSecret: 'nope' },
      httpClientOptions: { httpsAgent: fake.httpsAgent },
    });
    const error = await rejectionOf(
      new OrdersController(wrong).createOrder({
        body: {
          intent: CheckoutPaymentIntent.Capture,
          purchaseUnits: [{ amount: { currencyCode: 'EUR', value: '1.00' } }],
        },
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 401, result: { error: 'invalid_client' } });
  });

  it('gets a token, creates an order idempotently, and captures it only once approved', async () => {
    const requestId = `order-${Date.now()}`;
    const created = await newOrder('45.00', requestId);
    expect(created.statusCode).toBe(201);
    expect(created.result.status).toBe('CREATED');
    expect(created.result.links?.find((l) => l.rel === 'approve')?.href).toContain(created.result.id);
    expect(created.result.purchaseUnits).toBeUndefined(); // Prefer: return=minimal is PayPal's default

    const token = fake.requests.findLast((r) => r.path === '/v1/oauth2/token' && r.status === 200)!;
    expect(token.headers.authorization).toBe(
      `Basic ${Buffer.from('pp-client:pp-secret').toString('base64')}`,
    );
    expect(token.body).toEqual({ grant_type: 'client_credentials' });
    const sent = fake.requests.find((r) => r.path === '/v2/checkout/orders')!;
    expect(sent.headers.authorization).toMatch(/^Bearer A21AA/);
    expect(sent.headers['paypal-request-id']).toBe(requestId);
    expect(sent.body).toEqual({
      intent: 'CAPTURE',
      purchase_units: [{ amount: { currency_code: 'EUR', value: '45.00' }, custom_id: 'booking-1' }],
    });

    const replay = await newOrder('45.00', requestId);
    expect(replay.result.id).toBe(created.result.id);
    expect(fake.requests.filter((r) => r.path === '/v2/checkout/orders').map((r) => r.replayed)).toEqual([
      false,
      true,
    ]);

    const id = created.result.id!;
    const early = await rejectionOf(orders.captureOrder({ id }));
    expect(early).toBeInstanceOf(ApiError);
    expect(early).toMatchObject({
      statusCode: 422,
      result: { name: 'UNPROCESSABLE_ENTITY', details: [{ issue: 'ORDER_NOT_APPROVED' }] },
    });

    fake.approve(id);
    expect((await orders.getOrder({ id })).result.status).toBe('APPROVED');
    const captured = await orders.captureOrder({ id, paypalRequestId: `capture-${id}` });
    expect(captured.result.status).toBe('COMPLETED');
    const capture = captured.result.purchaseUnits![0].payments!.captures![0];
    expect(capture).toMatchObject({
      status: 'COMPLETED',
      amount: { currencyCode: 'EUR', value: '45.00' },
      customId: 'booking-1',
    });
    expect(capture.id).toMatch(/^[0-9A-Z]{17}$/);

    const replayed = await orders.captureOrder({ id, paypalRequestId: `capture-${id}` });
    expect(replayed.result.purchaseUnits![0].payments!.captures).toHaveLength(1);
    const twice = await rejectionOf(orders.captureOrder({ id }));
    expect(twice).toMatchObject({
      statusCode: 422,
      result: { details: [{ issue: 'ORDER_ALREADY_CAPTURED' }] },
    });
  });

  it('refunds a capture partially, never beyond the captured amount', async () => {
    const id = (await newOrder('10.00')).result.id!;
    fake.approve(id);
    const captureId = (await orders.captureOrder({ id })).result.purchaseUnits![0].payments!.captures![0].id!;

    const part = await payments.refundCapturedPayment({
      captureId,
      body: { amount: { currencyCode: 'EUR', value: '4.00' }, noteToPayer: 'Geste commercial' },
    });
    expect(part.statusCode).toBe(201);
    expect(part.result).toMatchObject({ status: 'COMPLETED', amount: { value: '4.00' } });
    expect((await payments.getCapturedPayment({ captureId })).result.status).toBe('PARTIALLY_REFUNDED');

    const tooMuch = await rejectionOf(
      payments.refundCapturedPayment({ captureId, body: { amount: { currencyCode: 'EUR', value: '7.00' } } }),
    );
    expect(tooMuch).toBeInstanceOf(ApiError);
    expect(tooMuch).toMatchObject({
      statusCode: 422,
      result: { details: [{ issue: 'REFUND_AMOUNT_EXCEEDED' }] },
    });

    const rest = await payments.refundCapturedPayment({ captureId });
    expect(rest.result.amount).toEqual({ currencyCode: 'EUR', value: '6.00' });
    expect((await payments.getRefund({ refundId: rest.result.id! })).result.status).toBe('COMPLETED');
    expect((await payments.getCapturedPayment({ captureId })).result.status).toBe('REFUNDED');
    const none = await rejectionOf(payments.refundCapturedPayment({ captureId }));
    expect(none).toMatchObject({
      statusCode: 422,
      result: { details: [{ issue: 'CAPTURE_FULLY_REFUNDED' }] },
    });
  });

  it('answers unknown orders with 404 and a declined instrument with 422', async () => {
    const missing = await rejectionOf(orders.getOrder({ id: 'NOSUCHORDER000000' }));
    expect(missing).toMatchObject({ statusCode: 404, result: { name: 'RESOURCE_NOT_FOUND' } });

    const id = (await newOrder('12.00')).result.id!;
    fake.approve(id);
    fake.declineNextCapture(id);
    const declined = await rejectionOf(orders.captureOrder({ id }));
    expect(declined).toMatchObject({
      statusCode: 422,
      result: { details: [{ issue: 'INSTRUMENT_DECLINED' }] },
    });
  });

  it('verifies only untampered deliveries it signed itself', async () => {
    const webhookId = 'WH-FAKE-0001';
    const id = (await newOrder('30.00')).result.id!;
    fake.approve(id);
    const capture = (await orders.captureOrder({ id })).result.purchaseUnits![0].payments!.captures![0];
    const delivery = fake.signedEvent('PAYMENT.CAPTURE.COMPLETED', fake.capture(capture.id!), webhookId);
    expect(delivery.event).toMatchObject({
      event_type: 'PAYMENT.CAPTURE.COMPLETED',
      resource_type: 'capture',
    });

    const { accessToken } = await client.clientCredentialsAuthManager.fetchToken();
    const verifyWith = async (body: unknown, authorization = `Bearer ${accessToken}`) => {
      const res = await fetch(`${fake.url}/v1/notifications/verify-webhook-signature`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const request = (raw: string, headers = delivery.headers, hookId = webhookId) => ({
      auth_algo: headers['paypal-auth-algo'],
      cert_url: headers['paypal-cert-url'],
      transmission_id: headers['paypal-transmission-id'],
      transmission_sig: headers['paypal-transmission-sig'],
      transmission_time: headers['paypal-transmission-time'],
      webhook_id: hookId,
      webhook_event: JSON.parse(raw) as unknown,
    });

    expect(await verifyWith(request(delivery.body))).toEqual({
      status: 200,
      json: { verification_status: 'SUCCESS' },
    });
    const tampered = delivery.body.replace('"value":"30.00"', '"value":"0.01"');
    expect(tampered).not.toBe(delivery.body);
    expect((await verifyWith(request(tampered))).json).toEqual({ verification_status: 'FAILURE' });
    expect((await verifyWith(request(delivery.body, delivery.headers, 'WH-OTHER'))).json).toEqual({
      verification_status: 'FAILURE',
    });
    const forgedSig = {
      ...delivery.headers,
      'paypal-transmission-sig': Buffer.from('forged').toString('base64'),
    };
    expect((await verifyWith(request(delivery.body, forgedSig))).json).toEqual({
      verification_status: 'FAILURE',
    });
    const otherTime = { ...delivery.headers, 'paypal-transmission-time': '2020-01-01T00:00:00Z' };
    expect((await verifyWith(request(delivery.body, otherTime))).json).toEqual({
      verification_status: 'FAILURE',
    });

    expect((await verifyWith(request(delivery.body), 'Bearer not-a-token')).status).toBe(401);
    const incomplete = await verifyWith({ webhook_event: JSON.parse(delivery.body) as unknown });
    expect(incomplete.status).toBe(400);
    expect(incomplete.json).toMatchObject({ name: 'VALIDATION_ERROR' });

    const receiver = await startReceiver();
    try {
      expect(await fake.deliver(receiver.url, delivery)).toBe(200);
      expect(receiver.received[0].body).toBe(delivery.body);
      expect(receiver.received[0].headers['paypal-transmission-sig']).toBe(
        delivery.headers['paypal-transmission-sig'],
      );
    } finally {
      await receiver.close();
    }
  });
});
