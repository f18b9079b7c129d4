import type { DataSource } from 'typeorm';
import { createCategory, createPractitioner, createService, inDays } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql, gqlOk } from '@serenaia/test-support';
import { configureStripe } from './support/stripe-settings.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { startStripeFake, type StripeFake } from './fakes/stripe-fake.js';

const STRIPE_SECRET = 'sk_test_fake';
const WEBHOOK_SECRET = 'whsec_test_4f8a2c9e1b7d';

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { id status depositCents holdExpiresAt } }
}`;
const DEPOSIT = `mutation Deposit($input: CreateDepositPaymentInput!) {
  createDepositPayment(input: $input) { paymentId provider amountCents stripeClientSecret stripePublishableKey }
}`;
const REFUND = `mutation Refund($input: RefundPaymentInput!) { refundPayment(input: $input) { id status refundedCents } }`;

type Deposit = {
  createDepositPayment: {
    paymentId: string;
    provider: string;
    amountCents: number;
    stripeClientSecret: string | null;
    stripePublishableKey: string | null;
  };
};

let n = 0;
const contact = () => {
  n += 1;
  return {
    firstName: 'Alix',
    lastName: `Paiement${n}`,
    email: `alix${n}@exemple.fr`,
    phone: `+336${String(30000000 + n)}`,
  };
};

describe('payments: Stripe deposits, webhooks, refunds', () => {
  let stripe: StripeFake;
  let t: TestApp;
  let db: DataSource;
  let service: string;
  let practitioner: string;
  let adminToken: string;
  let staffToken: string;

  beforeAll(async () => {
    stripe = await startStripeFake({ apiKey: STRIPE_SECRET });
    t = await startTestApp({ env: { STRIPE_API_URL: stripe.url } });
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
    staffToken = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    await configureStripe(t.url, adminToken, { secretKey: STRIPE_SECRET, webhookSecret: WEBHOOK_SECRET });
  });

  afterAll(async () => {
    await t.close();
    await stripe.close();
  });

  async function pendingBooking(start: Date) {
    const data = await gqlOk<{
      createBooking: { manageToken: string; booking: { id: string; status: string; depositCents: number } };
    }>(t.url, CREATE, {
      input: {
        serviceIds: [service],
        practitionerId: practitioner,
        start: start.toISOString(),
        client: contact(),
      },
    });
    expect(data.createBooking.booking).toMatchObject({ status: 'PENDING', depositCents: 2700 });
    return data.createBooking;
  }

  const deliver = (
    type: 'payment_intent.succeeded' | 'payment_intent.created' | 'payment_intent.payment_failed',
    intentId: string,
    secret = WEBHOOK_SECRET,
  ) => stripe.events.deliver(`${t.url}/webhooks/stripe`, stripe.events.forIntent(type, intentId, { secret }));

  const bookingStatus = async (id: string) =>
    (await db.query('SELECT status FROM booking WHERE id = $1', [id]))[0].status as string;

  it('never shows or logs the provider secrets', async () => {
    const settings = await gqlOk<{ paymentSettings: Record<string, unknown> }>(
      t.url,
      '{ paymentSettings { stripePublishableKey stripeSecretKeyHint stripeWebhookSecretHint onlineProvider } }',
      {},
      adminToken,
    );
    expect(settings.paymentSettings).toEqual({
      stripePublishableKey: 'pk_test_public',
      stripeSecretKeyHint: '••••fake',
      stripeWebhookSecretHint: '••••1b7d',
      onlineProvider: 'STRIPE',
    });
    const [row] = await db.query(
      'SELECT stripe_secret_key_enc, stripe_webhook_secret_enc FROM payment_settings',
    );
    expect(JSON.stringify(row)).not.toContain(STRIPE_SECRET);
    expect(JSON.stringify(row)).not.toContain(WEBHOOK_SECRET);
    expect(t.logs.join('\n')).not.toContain(STRIPE_SECRET);
    expect(t.logs.join('\n')).not.toContain(WEBHOOK_SECRET);
  });

  it('opens a Stripe PaymentIntent for the deposit, and a retry reuses it', async () => {
    const booking = await pendingBooking(inDays(3, '10:00'));
    const first = await gqlOk<Deposit>(t.url, DEPOSIT, { input: { token: booking.manageToken } });
    expect(first.createDepositPayment).toMatchObject({
      provider: 'STRIPE',
      amountCents: 2700,
      stripePublishableKey: 'pk_test_public',
      stripeClientSecret: expect.stringMatching(/^pi_\w+_secret_\w+$/),
    });
    const second = await gqlOk<Deposit>(t.url, DEPOSIT, { input: { token: booking.manageToken } });
    expect(second.createDepositPayment.paymentId).toBe(first.createDepositPayment.paymentId);
    expect(second.createDepositPayment.stripeClientSecret).toBe(
      first.createDepositPayment.stripeClientSecret,
    );
    const creations = stripe.requests.filter((r) => r.method === 'POST' && r.path === '/v1/payment_intents');
    expect(creations).toHaveLength(1);
    expect(creations[0].headers['idempotency-key']).toBe(`payment:${first.createDepositPayment.paymentId}`);
  });

  it('the same signed payment_intent.succeeded delivered 5 times: one confirmation, one ledger row', async () => {
    const booking = await pendingBooking(inDays(3, '14:00'));
    const { createDepositPayment: checkout } = await gqlOk<Deposit>(t.url, DEPOSIT, {
      input: { token: booking.manageToken },
    });
    const [{ provider_reference: intentId }] = await db.query(
      'SELECT provider_reference FROM payment WHERE id = $1',
      [checkout.paymentId],
    );
    stripe.succeed(intentId);
    const delivery = stripe.events.forIntent('payment_intent.succeeded', intentId, {
      secret: WEBHOOK_SECRET,
    });
    const statuses = await Promise.all(
      Array.from({ length: 5 }, () => stripe.events.deliver(`${t.url}/webhooks/stripe`, delivery)),
    );
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await waitFor(
      async () => (await bookingStatus(booking.booking.id)) === 'CONFIRMED',
      'the booking to be confirmed',
    );
    const payments = await db.query('SELECT status, amount_cents FROM payment WHERE booking_id = $1', [
      booking.booking.id,
    ]);
    expect(payments).toEqual([{ status: 'SUCCEEDED', amount_cents: 2700 }]);
    const [{ events }] = await db.query(
      `SELECT count(*)::int AS events FROM provider_event WHERE event_id = $1`,
      [JSON.parse(delivery.payload).id],
    );
    expect(events).toBe(1);
    const [{ confirmations }] = await db.query(
      `SELECT count(*)::int AS confirmations FROM outbox WHERE name = 'payment.succeeded' AND payload->>'paymentId' = $1`,
      [checkout.paymentId],
    );
    expect(confirmations).toBe(1);
  });

  it('a deposit taken but not yet confirmed (the job has not run) is never opened again', async () => {
    const booking = await pendingBooking(inDays(3, '16:00'));
    const { createDepositPayment: checkout } = await gqlOk<Deposit>(t.url, DEPOSIT, {
      input: { token: booking.manageToken },
    });
    // The window between the ledger's success and the job that confirms the booking, held open.
    await db.query(`UPDATE payment SET status = 'SUCCEEDED', succeeded_at = now() WHERE id = $1`, [
      checkout.paymentId,
    ]);
    expect(await bookingStatus(booking.booking.id)).toBe('PENDING');
    const again = await gql(t.url, DEPOSIT, { input: { token: booking.manageToken } });
    expect(again.errors?.[0]).toMatchObject({
      message: 'L’acompte de ce rendez-vous est déjà réglé.',
      extensions: { code: 'CONFLICT' },
    });
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM payment WHERE booking_id = $1', [
      booking.booking.id,
    ]);
    expect(count).toBe(1);
    const view = await gqlOk<{ bookingByToken: { depositCents: number; depositPaidCents: number } }>(
      t.url,
      'query($token: String!) { bookingByToken(token: $token) { depositCents depositPaidCents } }',
      { token: booking.manageToken },
    );
    expect(view.bookingByToken).toEqual({ depositCents: 2700, depositPaidCents: 2700 });
  });

  it('succeeded arriving before created (and a late failure) leaves the payment succeeded', async () => {
    const booking = await pendingBooking(inDays(4, '10:00'));
    const { createDepositPayment: checkout } = await gqlOk<Deposit>(t.url, DEPOSIT, {
      input: { token: booking.manageToken },
    });
    const [{ provider_reference: intentId }] = await db.query(
      'SELECT provider_reference FROM payment WHERE id = $1',
      [checkout.paymentId],
    );
    stripe.succeed(intentId);
    expect(await deliver('payment_intent.succeeded', intentId)).toBe(200);
    expect(await deliver('payment_intent.created', intentId)).toBe(200);
    expect(await deliver('payment_intent.payment_failed', intentId)).toBe(200);
    const [row] = await db.query('SELECT status FROM payment WHERE id = $1', [checkout.paymentId]);
    expect(row.status).toBe('SUCCEEDED');
    await waitFor(
      async () => (await bookingStatus(booking.booking.id)) === 'CONFIRMED',
      'the booking to be confirmed',
    );
  });

  it('a bad signature is a 400 and changes nothing', async () => {
    const booking = await pendingBooking(inDays(4, '14:00'));
    const { createDepositPayment: checkout } = await gqlOk<Deposit>(t.url, DEPOSIT, {
      input: { token: booking.manageToken },
    });
    const [{ provider_reference: intentId }] = await db.query(
      'SELECT provider_reference FROM payment WHERE id = $1',
      [checkout.paymentId],
    );
    stripe.succeed(intentId);
    const countEvents = async () =>
      (await db.query('SELECT count(*)::int AS n FROM provider_event'))[0].n as number;
    const eventsBefore = await countEvents();
    expect(await deliver('payment_intent.succeeded', intentId, 'whsec_not_the_right_one')).toBe(400);
    const tampered = stripe.events.forIntent('payment_intent.succeeded', intentId, {
      secret: WEBHOOK_SECRET,
    });
    expect(
      await stripe.events.deliver(`${t.url}/webhooks/stripe`, {
        payload: `${tampered.payload}\n`,
        signature: tampered.signature,
      }),
    ).toBe(400);
    const [row] = await db.query('SELECT status FROM payment WHERE id = $1', [checkout.paymentId]);
    expect(row.status).toBe('PENDING');
    expect(await bookingStatus(booking.booking.id)).toBe('PENDING');
    // Neither delivery was recorded (nothing else writes provider events meanwhile).
    expect(await countEvents()).toBe(eventsBefore);
    const [{ mine }] = await db.query(
      `SELECT count(*)::int AS mine FROM provider_event WHERE event_id = $1`,
      [JSON.parse(tampered.payload).id],
    );
    expect(mine).toBe(0);
  });

  it('paid after the hold expired: confirmed if the slot is still free, refunded if it was taken', async () => {
    const free = await pendingBooking(inDays(5, '10:00'));
    const taken = await pendingBooking(inDays(5, '14:00'));
    const checkouts = await Promise.all(
      [free, taken].map((b) => gqlOk<Deposit>(t.url, DEPOSIT, { input: { token: b.manageToken } })),
    );
    // Both holds expire (the expiry job runs as it would after 20 minutes).
    for (const b of [free, taken]) {
      await db.query(`UPDATE booking SET hold_expires_at = now() - interval '1 second' WHERE id = $1`, [
        b.booking.id,
      ]);
    }
    const { BookingService } = await import('../src/booking/booking.service.js');
    const bookings = t.get(BookingService);
    for (const b of [free, taken]) expect(await bookings.expireHold(b.booking.id)).toBe('expired');
    // Someone else books the second slot meanwhile.
    await gqlOk(t.url, CREATE, {
      input: {
        serviceIds: [service],
        practitionerId: practitioner,
        start: inDays(5, '14:00').toISOString(),
        client: contact(),
      },
    });
    for (const { createDepositPayment: c } of checkouts) {
      const [{ provider_reference: intentId }] = await db.query(
        'SELECT provider_reference FROM payment WHERE id = $1',
        [c.paymentId],
      );
      stripe.succeed(intentId);
      expect(await deliver('payment_intent.succeeded', intentId)).toBe(200);
    }
    await waitFor(
      async () => (await bookingStatus(free.booking.id)) === 'CONFIRMED',
      'the free slot to be confirmed',
    );
    const refundedId = checkouts[1].createDepositPayment.paymentId;
    await waitFor(async () => {
      const [row] = await db.query('SELECT status FROM payment WHERE id = $1', [refundedId]);
      return row.status === 'REFUNDED';
    }, 'the deposit of the taken slot to be refunded');
    expect(await bookingStatus(taken.booking.id)).toBe('CANCELLED');
    const [{ provider_reference: intentId }] = await db.query(
      'SELECT provider_reference FROM payment WHERE id = $1',
      [refundedId],
    );
    expect(stripe.refunds(intentId).map((r) => r.amount)).toEqual([2700]);
  });

  it('the accountant reads the ledger (the client may not), and may not refund', async () => {
    const accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    const client = (await loginAs(t.url, await createUser(db, 'CLIENT'))).accessToken;
    const booking = await pendingBooking(inDays(5, '15:00'));
    const { createDepositPayment: c } = await gqlOk<Deposit>(t.url, DEPOSIT, {
      input: { token: booking.manageToken },
    });
    const LIST = `query($filter: PaymentsFilter) { payments(filter: $filter) { total items { id amountCents } } }`;
    const filter = { bookingId: booking.booking.id };
    const read = await gqlOk<{ payments: { total: number; items: { id: string; amountCents: number }[] } }>(
      t.url,
      LIST,
      { filter },
      accountant,
    );
    expect(read.payments.items).toEqual([{ id: c.paymentId, amountCents: 2700 }]);
    const refused = await gql(t.url, LIST, { filter }, { token: client });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const refund = await gql(
      t.url,
      REFUND,
      { input: { id: c.paymentId, amountCents: 100, reason: 'Geste' } },
      { token: accountant },
    );
    expect(refund.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('refunds', () => {
    async function paidDeposit(start: Date): Promise<string> {
      const booking = await pendingBooking(start);
      const { createDepositPayment: c } = await gqlOk<Deposit>(t.url, DEPOSIT, {
        input: { token: booking.manageToken },
      });
      const [{ provider_reference: intentId }] = await db.query(
        'SELECT provider_reference FROM payment WHERE id = $1',
        [c.paymentId],
      );
      stripe.succeed(intentId);
      expect(await deliver('payment_intent.succeeded', intentId)).toBe(200);
      return c.paymentId;
    }

    it('refuses more than paid, in French, and staff may not refund unless allowed', async () => {
      const id = await paidDeposit(inDays(6, '10:00'));
      const tooMuch = await gql(
        t.url,
        REFUND,
        { input: { id, amountCents: 2701, reason: 'Geste' } },
        { token: adminToken },
      );
      expect(tooMuch.errors?.[0]).toMatchObject({
        message: 'Impossible de rembourser plus que le reste encaissé (27,00\u00a0€).',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const staff = await gql(
        t.url,
        REFUND,
        { input: { id, amountCents: 100, reason: 'Geste' } },
        { token: staffToken },
      );
      expect(staff.errors?.[0]).toMatchObject({
        message: 'Seul un administrateur peut rembourser.',
        extensions: { code: 'FORBIDDEN' },
      });
      // What the CRM offers (myPermissions) follows the setting, not only the role.
      const mayRefund = async (token: string) =>
        (
          await gqlOk<{ myPermissions: string[] }>(t.url, '{ myPermissions }', {}, token)
        ).myPermissions.includes('refundPayment');
      expect(await mayRefund(staffToken)).toBe(false);
      expect(await mayRefund(adminToken)).toBe(true);
      await gqlOk(
        t.url,
        'mutation { updatePaymentSettings(input: {staffCanRefund: true}) { staffCanRefund } }',
        {},
        adminToken,
      );
      try {
        await expect(
          gqlOk(t.url, REFUND, { input: { id, amountCents: 100, reason: 'Geste' } }, staffToken),
        ).resolves.toEqual({
          refundPayment: { id, status: 'PARTIALLY_REFUNDED', refundedCents: 100 },
        });
        expect(await mayRefund(staffToken)).toBe(true);
      } finally {
        await gqlOk(
          t.url,
          'mutation { updatePaymentSettings(input: {staffCanRefund: false}) { staffCanRefund } }',
          {},
          adminToken,
        );
      }
    });

    it('two concurrent refunds of the same payment never exceed it', async () => {
      const id = await paidDeposit(inDays(6, '14:00'));
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          gql(
            t.url,
            REFUND,
            { input: { id, amountCents: 1000, reason: 'Double clic' } },
            { token: adminToken },
          ),
        ),
      );
      const ok = results.filter((r) => !r.errors);
      expect(ok).toHaveLength(2); // 2 × 10 € fit in 27 €, a third would not
      // Each refused call is refused cleanly, in French: seen before the reservation (7 € left) or
      // lost the race on the conditional update. Never an internal error.
      const refused = results
        .flatMap((r) => r.errors ?? [])
        .map((e) => ({ code: e.extensions?.code, message: e.message }));
      expect(refused).toHaveLength(4);
      for (const error of refused) {
        expect([
          {
            code: 'BAD_USER_INPUT',
            message: 'Impossible de rembourser plus que le reste encaissé (7,00\u00a0€).',
          },
          {
            code: 'CONFLICT',
            message: 'Ce paiement vient d’être remboursé entre-temps : rechargez la page.',
          },
        ]).toContainEqual(error);
      }
      const [row] = await db.query('SELECT refunded_cents, status FROM payment WHERE id = $1', [id]);
      expect(row).toEqual({ refunded_cents: 2000, status: 'PARTIALLY_REFUNDED' });
      const [{ provider_reference: intentId }] = await db.query(
        'SELECT provider_reference FROM payment WHERE id = $1',
        [id],
      );
      expect(stripe.refunds(intentId).reduce((sum, r) => sum + r.amount, 0)).toBe(2000);
    });

    it('refuses to refund a fully refunded payment as a conflict, and writes nothing', async () => {
      const id = await paidDeposit(inDays(6, '16:00'));
      await gqlOk(t.url, REFUND, { input: { id, reason: 'Annulation' } }, adminToken);
      const before = await db.query('SELECT count(*)::int AS n FROM refund WHERE payment_id = $1', [id]);
      const again = await gql(t.url, REFUND, { input: { id, reason: 'Encore' } }, { token: adminToken });
      expect(again.errors).toEqual([
        expect.objectContaining({
          message: 'Ce paiement est déjà entièrement remboursé.',
          extensions: { code: 'CONFLICT' },
        }),
      ]);
      expect(await db.query('SELECT count(*)::int AS n FROM refund WHERE payment_id = $1', [id])).toEqual(
        before,
      );
      const [row] = await db.query('SELECT refunded_cents, status FROM payment WHERE id = $1', [id]);
      expect(row).toEqual({ refunded_cents: 2700, status: 'REFUNDED' });
    });
  });
});
