import {
  CheckoutPaymentIntent,
  Client,
  Environment,
  OrdersController,
  PaymentsController,
} from '@paypal/paypal-server-sdk';
import type { DataSource } from 'typeorm';
import { createCategory, createPractitioner, createService, inDays } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql, type GqlResponse } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { startPayPalFake, type PayPalFake } from './fakes/paypal-fake.js';

const CLIENT_ID = 'AZ-serenaia-paypal-public-client-id';
const CLIENT_SECRET = 'EK-paypal-very-secret-7c1d9e';
const WEBHOOK_ID = '1JE4291016473214C';

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { id status depositCents } }
}`;
const DEPOSIT = `mutation Deposit($input: CreateDepositPaymentInput!) {
  createDepositPayment(input: $input) {
    paymentId provider amountCents stripeClientSecret paypalOrderId paypalClientId availableMethods
  }
}`;
const CAPTURE = `mutation Capture($input: CapturePayPalDepositInput!) {
  capturePayPalDeposit(input: $input) { id status method provider amountCents refundedCents }
}`;
const REFUND = `mutation Refund($input: RefundPaymentInput!) { refundPayment(input: $input) { id status refundedCents } }`;

interface Checkout {
  paymentId: string;
  provider: string;
  amountCents: number;
  stripeClientSecret: string | null;
  paypalOrderId: string | null;
  paypalClientId: string | null;
  availableMethods: string[];
}

let n = 0;
const contact = () => {
  n += 1;
  return {
    firstName: 'Inès',
    lastName: `PayPal${n}`,
    email: `ines.paypal${n}@exemple.fr`,
    phone: `+336${String(40000000 + n)}`,
  };
};

describe('payments: PayPal deposits, webhooks, refunds', () => {
  let paypal: PayPalFake;
  let t: TestApp;
  let db: DataSource;
  let service: string;
  let practitioner: string;
  let adminToken: string;
  /** Every GraphQL answer of this suite, to check that the client secret never appears. */
  const answers: string[] = [];

  async function call<T>(query: string, variables: Record<string, unknown>, token?: string) {
    const res: GqlResponse<T> = await gql<T>(t.url, query, variables, { token });
    answers.push(JSON.stringify({ data: res.data, errors: res.errors }));
    return res;
  }
  async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const res = await call<T>(query, variables, token);
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** The institute's own PayPal account, used directly (another app, or PayPal's dashboard). */
  let direct: { orders: OrdersController; payments: PaymentsController };

  beforeAll(async () => {
    paypal = await startPayPalFake({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    t = await startTestApp({ env: { PAYPAL_API_URL: paypal.url } });
    db = t.dataSource;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60',
    );
    const category = await createCategory(db);
    service = await createService(db, category, {
      minutes: 60,
      priceCents: 9000,
      deposit: ['PERCENT', 3000],
    });
    practitioner = await createPractitioner(db, [service]);
    adminToken = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    await ok(
      `mutation($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { paypalClientId } }`,
      {
        input: { paypalClientId: CLIENT_ID, paypalClientSecret: CLIENT_SECRET, paypalWebhookId: WEBHOOK_ID },
      },
      adminToken,
    );
    const client = new Client({
      environment: Environment.Sandbox,
      clientCredentialsAuthCredentials: { oAuthClientId: CLIENT_ID, oAuthClientSecret: CLIENT_SECRET },
      httpClientOptions: { httpsAgent: paypal.httpsAgent },
    });
    direct = { orders: new OrdersController(client), payments: new PaymentsController(client) };
  });

  afterAll(async () => {
    await t.close();
    expect(paypal.crashes).toEqual([]);
    await paypal.close();
  });

  async function pendingBooking(start: Date) {
    const data = await ok<{
      createBooking: { manageToken: string; booking: { id: string; status: string; depositCents: number } };
    }>(CREATE, {
      input: {
        serviceIds: [service],
        practitionerId: practitioner,
        start: start.toISOString(),
        client: contact(),
      },
    });
    expect(data.createBooking.booking).toMatchObject({ status: 'PENDING', depositCents: 2700 });
    return { token: data.createBooking.manageToken, id: data.createBooking.booking.id };
  }

  async function paypalDeposit(token: string): Promise<Checkout> {
    const data = await ok<{ createDepositPayment: Checkout }>(DEPOSIT, {
      input: { token, method: 'PAYPAL' },
    });
    return data.createDepositPayment;
  }

  const capture = (token: string, orderId: string) =>
    call<{ capturePayPalDeposit: { id: string; status: string } }>(CAPTURE, { input: { token, orderId } });

  const deliver = (type: string, resource: unknown, webhookId = WEBHOOK_ID) =>
    paypal.deliver(`${t.url}/webhooks/paypal`, paypal.signedEvent(type, resource, webhookId));

  const bookingStatus = async (id: string) =>
    (await db.query('SELECT status FROM booking WHERE id = $1', [id]))[0].status as string;
  const ledger = (bookingId: string) =>
    db.query(
      'SELECT method, provider, status, amount_cents, refunded_cents FROM payment WHERE booking_id = $1 ORDER BY created_at',
      [bookingId],
    );
  /** Captures PayPal really made (an idempotent replay is not a new capture). */
  const capturesAtPayPal = (orderId: string) =>
    paypal.requests.filter(
      (r) => r.path === `/v2/checkout/orders/${orderId}/capture` && r.status === 201 && !r.replayed,
    ).length;
  const confirmations = async (paymentId: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM outbox WHERE name = 'payment.succeeded' AND payload->>'paymentId' = $1`,
        [paymentId],
      )
    )[0].n as number;

  it('opens a PayPal order for the deposit (exact amount, our payment id), and a retry reuses it', async () => {
    const booking = await pendingBooking(inDays(3, '09:00'));
    const first = await paypalDeposit(booking.token);
    expect(first).toEqual({
      paymentId: expect.any(String),
      provider: 'PAYPAL',
      amountCents: 2700,
      stripeClientSecret: null,
      paypalOrderId: expect.stringMatching(/^[0-9A-Z]{17}$/),
      paypalClientId: CLIENT_ID,
      availableMethods: ['CARD_ONLINE', 'PAYPAL'],
    });
    const again = await paypalDeposit(booking.token);
    expect(again.paymentId).toBe(first.paymentId);
    expect(again.paypalOrderId).toBe(first.paypalOrderId);

    const creations = paypal.requests.filter((r) => r.method === 'POST' && r.path === '/v2/checkout/orders');
    expect(creations).toHaveLength(1);
    expect(creations[0].headers['paypal-request-id']).toBe(`payment:${first.paymentId}`);
    expect(creations[0].body).toMatchObject({
      intent: 'CAPTURE',
      purchase_units: [{ amount: { currency_code: 'EUR', value: '27.00' }, custom_id: first.paymentId }],
    });
    expect(await ledger(booking.id)).toEqual([
      { method: 'PAYPAL', provider: 'PAYPAL', status: 'PENDING', amount_cents: 2700, refunded_cents: 0 },
    ]);
    // The card path is still there for the same booking, and is the default.
    const card = await ok<{ createDepositPayment: Checkout }>(DEPOSIT, { input: { token: booking.token } });
    expect(card.createDepositPayment).toMatchObject({ provider: 'SIMULATED', paypalOrderId: null });
  });

  it('an order PayPal no longer knows (expired unapproved) is replaced by a new one', async () => {
    const booking = await pendingBooking(inDays(3, '16:00'));
    const first = await paypalDeposit(booking.token);
    // PayPal forgets unapproved orders after a few hours: stand in with an id it never issued.
    await db.query(`UPDATE payment SET provider_reference = 'EXPIRED0000000001' WHERE id = $1`, [
      first.paymentId,
    ]);
    const second = await paypalDeposit(booking.token);
    expect(second.paymentId).not.toBe(first.paymentId);
    expect(second.paypalOrderId).not.toBe(first.paypalOrderId);
    expect(await ledger(booking.id)).toEqual([
      { method: 'PAYPAL', provider: 'PAYPAL', status: 'CANCELLED', amount_cents: 2700, refunded_cents: 0 },
      { method: 'PAYPAL', provider: 'PAYPAL', status: 'PENDING', amount_cents: 2700, refunded_cents: 0 },
    ]);
  });

  it('approve then capture: the booking is confirmed, with one ledger row', async () => {
    const booking = await pendingBooking(inDays(3, '11:00'));
    const checkout = await paypalDeposit(booking.token);
    const orderId = checkout.paypalOrderId!;
    paypal.approve(orderId);
    const res = await capture(booking.token, orderId);
    expect(res.errors).toBeUndefined();
    expect(res.data?.capturePayPalDeposit).toMatchObject({ id: checkout.paymentId, status: 'SUCCEEDED' });
    await waitFor(
      async () => (await bookingStatus(booking.id)) === 'CONFIRMED',
      'the booking to be confirmed',
    );
    expect(await ledger(booking.id)).toEqual([
      { method: 'PAYPAL', provider: 'PAYPAL', status: 'SUCCEEDED', amount_cents: 2700, refunded_cents: 0 },
    ]);
    expect(paypal.order(orderId).status).toBe('COMPLETED');
    const sent = paypal.requests.find((r) => r.path === `/v2/checkout/orders/${orderId}/capture`)!;
    expect(sent.headers['paypal-request-id']).toBe(`capture:${checkout.paymentId}`);
    expect(await confirmations(checkout.paymentId)).toBe(1);
  });

  it('capture called several times (at once and again later) charges once', async () => {
    const booking = await pendingBooking(inDays(3, '14:00'));
    const { paymentId, paypalOrderId } = await paypalDeposit(booking.token);
    paypal.approve(paypalOrderId!);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => capture(booking.token, paypalOrderId!)),
    );
    const later = await capture(booking.token, paypalOrderId!);
    for (const res of [...results, later]) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.capturePayPalDeposit.status).toBe('SUCCEEDED');
    }
    expect(capturesAtPayPal(paypalOrderId!)).toBe(1);
    expect(paypal.order(paypalOrderId!).purchase_units[0].payments?.captures).toHaveLength(1);
    expect(await ledger(booking.id)).toEqual([
      { method: 'PAYPAL', provider: 'PAYPAL', status: 'SUCCEEDED', amount_cents: 2700, refunded_cents: 0 },
    ]);
    expect(await confirmations(paymentId)).toBe(1);
    await waitFor(
      async () => (await bookingStatus(booking.id)) === 'CONFIRMED',
      'the booking to be confirmed',
    );
  });

  it('refuses an order that is not ours or not this booking’s, in French, capturing nothing', async () => {
    const mine = await pendingBooking(inDays(4, '09:00'));
    const other = await pendingBooking(inDays(4, '11:00'));
    const { paypalOrderId } = await paypalDeposit(other.token);
    paypal.approve(paypalOrderId!);
    const foreign = await direct.orders.createOrder({
      body: {
        intent: CheckoutPaymentIntent.Capture,
        purchaseUnits: [{ amount: { currencyCode: 'EUR', value: '27.00' } }],
      },
    });
    paypal.approve(foreign.result.id!);
    for (const orderId of [paypalOrderId!, foreign.result.id!, 'NOSUCHORDER000000']) {
      const res = await capture(mine.token, orderId);
      expect(res.errors?.[0]).toMatchObject({
        message: 'Cette commande PayPal ne correspond pas à ce rendez-vous.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const invalid = await capture(mine.token, 'not an order id!');
    expect(invalid.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(capturesAtPayPal(paypalOrderId!)).toBe(0);
    expect(capturesAtPayPal(foreign.result.id!)).toBe(0);
    expect(await bookingStatus(other.id)).toBe('PENDING');
  });

  it('a declined funding source leaves the deposit pending; another try succeeds', async () => {
    const booking = await pendingBooking(inDays(4, '14:00'));
    const { paymentId, paypalOrderId } = await paypalDeposit(booking.token);
    paypal.approve(paypalOrderId!);
    paypal.declineNextCapture(paypalOrderId!);
    const declined = await capture(booking.token, paypalOrderId!);
    expect(declined.errors?.[0]).toMatchObject({
      message: 'PayPal a refusé ce moyen de paiement : choisissez-en un autre dans la fenêtre PayPal.',
      extensions: { code: 'CONFLICT' },
    });
    const [row] = await db.query('SELECT status FROM payment WHERE id = $1', [paymentId]);
    expect(row.status).toBe('PENDING');
    // PayPal-Request-Id replays only successes' state: a declined attempt may be retried.
    const retried = await capture(booking.token, paypalOrderId!);
    expect(retried.data?.capturePayPalDeposit.status).toBe('SUCCEEDED');
    await waitFor(
      async () => (await bookingStatus(booking.id)) === 'CONFIRMED',
      'the booking to be confirmed',
    );
  });

  describe('webhooks', () => {
    it('an approved order the browser never captured is captured from CHECKOUT.ORDER.APPROVED', async () => {
      const booking = await pendingBooking(inDays(5, '09:00'));
      const { paymentId, paypalOrderId } = await paypalDeposit(booking.token);
      const approved = paypal.approve(paypalOrderId!);
      expect(await deliver('CHECKOUT.ORDER.APPROVED', approved)).toBe(200);
      expect(paypal.order(paypalOrderId!).status).toBe('COMPLETED');
      expect(capturesAtPayPal(paypalOrderId!)).toBe(1);
      await waitFor(
        async () => (await bookingStatus(booking.id)) === 'CONFIRMED',
        'the booking to be confirmed',
      );
      expect(await ledger(booking.id)).toEqual([
        { method: 'PAYPAL', provider: 'PAYPAL', status: 'SUCCEEDED', amount_cents: 2700, refunded_cents: 0 },
      ]);
      // The browser's late capture call finds it done.
      const late = await capture(booking.token, paypalOrderId!);
      expect(late.data?.capturePayPalDeposit.status).toBe('SUCCEEDED');
      expect(capturesAtPayPal(paypalOrderId!)).toBe(1);
      expect(await confirmations(paymentId)).toBe(1);
    });

    it('the same signed delivery 5 times at once: one capture, one event row, one confirmation', async () => {
      const booking = await pendingBooking(inDays(5, '11:00'));
      const { paymentId, paypalOrderId } = await paypalDeposit(booking.token);
      const delivery = paypal.signedEvent(
        'CHECKOUT.ORDER.APPROVED',
        paypal.approve(paypalOrderId!),
        WEBHOOK_ID,
      );
      const statuses = await Promise.all(
        Array.from({ length: 5 }, () => paypal.deliver(`${t.url}/webhooks/paypal`, delivery)),
      );
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      expect(capturesAtPayPal(paypalOrderId!)).toBe(1);
      const [{ events }] = await db.query(
        `SELECT count(*)::int AS events FROM provider_event WHERE provider = 'PAYPAL' AND event_id = $1`,
        [delivery.event.id],
      );
      expect(events).toBe(1);
      await waitFor(
        async () => (await bookingStatus(booking.id)) === 'CONFIRMED',
        'the booking to be confirmed',
      );
      expect(await confirmations(paymentId)).toBe(1);
      // PayPal then reports the capture, several times: nothing more happens.
      const captureJson = paypal.order(paypalOrderId!).purchase_units[0].payments!.captures[0];
      const completed = paypal.signedEvent('PAYMENT.CAPTURE.COMPLETED', captureJson, WEBHOOK_ID);
      for (let i = 0; i < 3; i++) {
        expect(await paypal.deliver(`${t.url}/webhooks/paypal`, completed)).toBe(200);
      }
      expect(await ledger(booking.id)).toEqual([
        { method: 'PAYPAL', provider: 'PAYPAL', status: 'SUCCEEDED', amount_cents: 2700, refunded_cents: 0 },
      ]);
      expect(await confirmations(paymentId)).toBe(1);
    });

    it('PAYMENT.CAPTURE.COMPLETED for a capture the ledger missed brings it up to date', async () => {
      const booking = await pendingBooking(inDays(5, '14:00'));
      const { paypalOrderId } = await paypalDeposit(booking.token);
      paypal.approve(paypalOrderId!);
      // Captured without us hearing back (e.g. our process stopped right after PayPal answered).
      const captured = await direct.orders.captureOrder({ id: paypalOrderId! });
      const captureId = captured.result.purchaseUnits![0].payments!.captures![0].id!;
      expect(await ledger(booking.id)).toMatchObject([{ status: 'PENDING' }]);
      expect(await deliver('PAYMENT.CAPTURE.COMPLETED', paypal.capture(captureId))).toBe(200);
      await waitFor(
        async () => (await bookingStatus(booking.id)) === 'CONFIRMED',
        'the booking to be confirmed',
      );
      expect(await ledger(booking.id)).toMatchObject([{ status: 'SUCCEEDED', amount_cents: 2700 }]);
    });

    it('trusts PayPal’s API, not the body: what an event claims about an order changes nothing by itself', async () => {
      const booking = await pendingBooking(inDays(6, '09:00'));
      const { paymentId, paypalOrderId } = await paypalDeposit(booking.token);
      // "Approved" says the body, but the buyer never approved it: nothing to capture.
      const claimed = { ...paypal.order(paypalOrderId!), status: 'APPROVED' };
      expect(await deliver('CHECKOUT.ORDER.APPROVED', claimed)).toBe(200);
      expect(paypal.order(paypalOrderId!).status).toBe('CREATED');
      expect(capturesAtPayPal(paypalOrderId!)).toBe(0);
      expect(await ledger(booking.id)).toMatchObject([{ status: 'PENDING' }]);
      // Paid; then a "denied" event whose capture is in fact completed leaves it paid.
      paypal.approve(paypalOrderId!);
      expect((await capture(booking.token, paypalOrderId!)).data?.capturePayPalDeposit.status).toBe(
        'SUCCEEDED',
      );
      const captureJson = paypal.order(paypalOrderId!).purchase_units[0].payments!.captures[0];
      expect(await deliver('PAYMENT.CAPTURE.DENIED', { ...captureJson, status: 'DECLINED' })).toBe(200);
      const [row] = await db.query('SELECT status FROM payment WHERE id = $1', [paymentId]);
      expect(row.status).toBe('SUCCEEDED');
      await waitFor(
        async () => (await bookingStatus(booking.id)) === 'CONFIRMED',
        'the booking to be confirmed',
      );
    });

    it('a forged, tampered or foreign-webhook delivery is a 400 and changes nothing', async () => {
      const booking = await pendingBooking(inDays(6, '14:00'));
      const { paymentId, paypalOrderId } = await paypalDeposit(booking.token);
      const approved = paypal.approve(paypalOrderId!);
      const url = `${t.url}/webhooks/paypal`;
      const genuine = paypal.signedEvent('CHECKOUT.ORDER.APPROVED', approved, WEBHOOK_ID);
      const forged = {
        body: genuine.body,
        headers: { ...genuine.headers, 'paypal-transmission-sig': Buffer.from('forged').toString('base64') },
      };
      const tampered = {
        body: genuine.body.replace('"CHECKOUT.ORDER.APPROVED (fake)"', '"CHECKOUT.ORDER.APPROVED (edited)"'),
        headers: genuine.headers,
      };
      expect(tampered.body).not.toBe(genuine.body);
      const foreignHook = paypal.signedEvent('CHECKOUT.ORDER.APPROVED', approved, 'WH-SOMEONE-ELSE');
      const { 'paypal-transmission-sig': _sig, ...unsignedHeaders } = genuine.headers;
      const unsigned = { body: genuine.body, headers: unsignedHeaders as typeof genuine.headers };
      for (const delivery of [forged, tampered, foreignHook, unsigned]) {
        expect(await paypal.deliver(url, delivery)).toBe(400);
      }
      const [row] = await db.query('SELECT status FROM payment WHERE id = $1', [paymentId]);
      expect(row.status).toBe('PENDING');
      expect(paypal.order(paypalOrderId!).status).toBe('APPROVED');
      expect(capturesAtPayPal(paypalOrderId!)).toBe(0);
      const [{ events }] = await db.query(
        `SELECT count(*)::int AS events FROM provider_event WHERE event_id IN ($1, $2)`,
        [genuine.event.id, foreignHook.event.id],
      );
      expect(events).toBe(0);
      expect(await bookingStatus(booking.id)).toBe('PENDING');
    });

    it('ignores event types it does not handle', async () => {
      const booking = await pendingBooking(inDays(7, '09:00'));
      const { paypalOrderId } = await paypalDeposit(booking.token);
      expect(await deliver('CHECKOUT.ORDER.COMPLETED', paypal.order(paypalOrderId!))).toBe(200);
      const [{ events }] = await db.query(
        `SELECT count(*)::int AS events FROM provider_event WHERE type = 'CHECKOUT.ORDER.COMPLETED'`,
      );
      expect(events).toBe(0);
    });
  });

  describe('refunds', () => {
    async function paidDeposit(start: Date) {
      const booking = await pendingBooking(start);
      const { paymentId, paypalOrderId } = await paypalDeposit(booking.token);
      paypal.approve(paypalOrderId!);
      expect((await capture(booking.token, paypalOrderId!)).data?.capturePayPalDeposit.status).toBe(
        'SUCCEEDED',
      );
      const captureId = paypal.order(paypalOrderId!).purchase_units[0].payments!.captures[0].id;
      return { paymentId, orderId: paypalOrderId!, captureId };
    }
    const refund = (id: string, amountCents: number | null) =>
      call<{ refundPayment: { id: string; status: string; refundedCents: number } }>(
        REFUND,
        { input: { id, amountCents, reason: 'Geste commercial' } },
        adminToken,
      );

    it('refunds all of a PayPal deposit through its capture', async () => {
      const { paymentId, captureId } = await paidDeposit(inDays(8, '09:00'));
      const res = await refund(paymentId, null);
      expect(res.data?.refundPayment).toEqual({ id: paymentId, status: 'REFUNDED', refundedCents: 2700 });
      expect(paypal.capture(captureId).status).toBe('REFUNDED');
      const sent = paypal.requests.filter((r) => r.path === `/v2/payments/captures/${captureId}/refund`);
      expect(sent).toHaveLength(1);
      expect(sent[0].body).toEqual({ amount: { currency_code: 'EUR', value: '27.00' } });
      const [refundRow] = await db.query(
        'SELECT id, status, provider_reference FROM refund WHERE payment_id = $1',
        [paymentId],
      );
      expect(sent[0].headers['paypal-request-id']).toBe(`refund:${refundRow.id}`);
      expect(refundRow.status).toBe('SUCCEEDED');
      expect(paypal.refund(refundRow.provider_reference).amount).toEqual({
        currency_code: 'EUR',
        value: '27.00',
      });
    });

    it('refunds part, refuses more than what is left, and PayPal’s refund event does not count it twice', async () => {
      const { paymentId, captureId } = await paidDeposit(inDays(8, '11:00'));
      const part = await refund(paymentId, 1000);
      expect(part.data?.refundPayment).toEqual({
        id: paymentId,
        status: 'PARTIALLY_REFUNDED',
        refundedCents: 1000,
      });
      expect(paypal.capture(captureId).status).toBe('PARTIALLY_REFUNDED');
      const tooMuch = await refund(paymentId, 1701);
      expect(tooMuch.errors?.[0]).toMatchObject({
        message: 'Impossible de rembourser plus que le reste encaissé (17,00\u00a0€).',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const [{ provider_reference: refundId }] = await db.query(
        `SELECT provider_reference FROM refund WHERE payment_id = $1 AND status = 'SUCCEEDED'`,
        [paymentId],
      );
      expect(await deliver('PAYMENT.CAPTURE.REFUNDED', paypal.refund(refundId))).toBe(200);
      const [row] = await db.query('SELECT status, refunded_cents FROM payment WHERE id = $1', [paymentId]);
      expect(row).toEqual({ status: 'PARTIALLY_REFUNDED', refunded_cents: 1000 });
      const refunded = paypal.requests.filter(
        (r) => r.path === `/v2/payments/captures/${captureId}/refund` && r.status === 201,
      );
      expect(refunded).toHaveLength(1);
    });

    it('a refund made on PayPal’s side reaches the ledger through PAYMENT.CAPTURE.REFUNDED', async () => {
      const { paymentId, captureId } = await paidDeposit(inDays(8, '14:00'));
      const made = await direct.payments.refundCapturedPayment({
        captureId,
        body: { amount: { currencyCode: 'EUR', value: '5.00' } },
      });
      const delivery = paypal.signedEvent(
        'PAYMENT.CAPTURE.REFUNDED',
        paypal.refund(made.result.id!),
        WEBHOOK_ID,
      );
      for (let i = 0; i < 3; i++)
        expect(await paypal.deliver(`${t.url}/webhooks/paypal`, delivery)).toBe(200);
      const [row] = await db.query('SELECT status, refunded_cents FROM payment WHERE id = $1', [paymentId]);
      expect(row).toEqual({ status: 'PARTIALLY_REFUNDED', refunded_cents: 500 });
      // What is left can still be refunded from the CRM, and no more.
      const rest = await refund(paymentId, null);
      expect(rest.data?.refundPayment).toEqual({ id: paymentId, status: 'REFUNDED', refundedCents: 2700 });
      expect(paypal.capture(captureId).status).toBe('REFUNDED');
    });
  });

  it('offers PayPal only while its keys are set', async () => {
    const booking = await pendingBooking(inDays(9, '09:00'));
    await ok(
      'mutation { updatePaymentSettings(input: {paypalClientSecret: ""}) { paypalClientId } }',
      {},
      adminToken,
    );
    try {
      const card = await ok<{ createDepositPayment: Checkout }>(DEPOSIT, { input: { token: booking.token } });
      expect(card.createDepositPayment.availableMethods).toEqual(['CARD_ONLINE']);
      const refused = await call(DEPOSIT, { input: { token: booking.token, method: 'PAYPAL' } });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'Le paiement par PayPal n’est pas proposé par l’institut.',
        extensions: { code: 'CONFLICT' },
      });
      const wrongMethod = await call(DEPOSIT, { input: { token: booking.token, method: 'CASH' } });
      expect(wrongMethod.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    } finally {
      await ok(
        'mutation($s: String) { updatePaymentSettings(input: {paypalClientSecret: $s}) { paypalClientId } }',
        { s: CLIENT_SECRET },
        adminToken,
      );
    }
  });

  it('never shows or logs the PayPal client secret', async () => {
    const settings = await ok<{ paymentSettings: Record<string, unknown> }>(
      '{ paymentSettings { paypalClientId paypalClientSecretHint paypalWebhookId } }',
      {},
      adminToken,
    );
    expect(settings.paymentSettings).toEqual({
      paypalClientId: CLIENT_ID,
      paypalClientSecretHint: `••••${CLIENT_SECRET.slice(-4)}`,
      paypalWebhookId: WEBHOOK_ID,
    });
    expect(paypal.requests.some((r) => r.path === '/v1/oauth2/token' && r.status === 200)).toBe(true);
    const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
    const tokens = paypal.requests
      .filter((r) => r.path !== '/v1/oauth2/token')
      .map((r) => String(r.headers.authorization).replace(/^Bearer /, ''));
    const [row] = await db.query('SELECT paypal_client_secret_enc FROM payment_settings');
    expect(JSON.stringify(row)).not.toContain(CLIENT_SECRET);
    for (const text of [answers.join('\n'), t.logs.join('\n')]) {
      expect(text).not.toContain(CLIENT_SECRET);
      expect(text).not.toContain(basic);
      for (const token of new Set(tokens)) expect(text).not.toContain(token);
    }
    expect(answers.length).toBeGreaterThan(20);
  });
});
