/**
 * A deposit paid partly by a gift card and partly by Stripe (the SDK against the local fake), when the
 * card's part was given back to the card (the hold expired, or the rest was first declined) before the
 * rest succeeded: the booking is never confirmed on a short deposit. The card's part is taken again
 * when the card still holds it; otherwise the rest is refunded through Stripe, the booking stays
 * unconfirmed and the client gets the refund's e-mail.
 */
import type { DataSource } from 'typeorm';
import { gql, gqlOk } from '@serenaia/test-support';
import { BookingService } from '../src/booking/booking.service.js';
import { GiftCardCodes } from '../src/gift-card/index.js';
import { startStripeFake, type StripeFake } from './fakes/stripe-fake.js';
import { createCategory, createPractitioner, createService, inDays } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { configureStripe } from './support/stripe-settings.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { insertGiftCard } from './support/gift-card-factory.js';

const STRIPE_SECRET = 'sk_test_fake';
const WEBHOOK_SECRET = 'whsec_test_71c0d9e4b2a8';

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { id status depositCents } } }`;
const PAY_CARD = `mutation PayCard($input: PayDepositWithGiftCardInput!) {
  payDepositWithGiftCard(input: $input) { coveredCents remainingCents } }`;
const DEPOSIT = `mutation Deposit($input: CreateDepositPaymentInput!) {
  createDepositPayment(input: $input) { paymentId amountCents giftCardCents } }`;

describe('a gift card’s deposit part released before the rest succeeds', () => {
  let stripe: StripeFake;
  let t: TestApp;
  let db: DataSource;
  let service: string;
  let practitioner: string;
  let slot = 0;
  let n = 0;

  beforeAll(async () => {
    stripe = await startStripeFake({ apiKey: STRIPE_SECRET });
    t = await startTestApp({
      env: { STRIPE_API_URL: stripe.url, RATE_LIMIT_PER_MINUTE: '100000', TRUST_PROXY: '1' },
    });
    db = t.dataSource;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60',
    );
    const category = await createCategory(db);
    service = await createService(db, category, {
      minutes: 30,
      priceCents: 9000,
      deposit: ['PERCENT', 3000],
    });
    practitioner = await createPractitioner(db, [service]);
    const adminToken = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    await configureStripe(t.url, adminToken, { secretKey: STRIPE_SECRET, webhookSecret: WEBHOOK_SECRET });
  });

  afterAll(async () => {
    await t.close();
    await stripe.close();
  });

  /** A pending booking (deposit 27 €) on its own slot. */
  async function pendingBooking(): Promise<{ id: string; token: string; email: string }> {
    const s = slot++;
    n += 1;
    const email = `liberee${n}@exemple.fr`;
    const start = inDays(4 + Math.floor(s / 8), `${String(9 + (s % 8)).padStart(2, '0')}:00`);
    const data = await gqlOk<{
      createBooking: { manageToken: string; booking: { id: string; depositCents: number } };
    }>(t.url, CREATE, {
      input: {
        serviceIds: [service],
        practitionerId: practitioner,
        start: start.toISOString(),
        client: { firstName: 'Léa', lastName: `Libérée${n}`, email, phone: `+336${String(50000000 + n)}` },
      },
    });
    expect(data.createBooking.booking.depositCents).toBe(2700);
    return { id: data.createBooking.booking.id, token: data.createBooking.manageToken, email };
  }

  /** An ACTIVE card with `cents` on it (hashed code, ISSUE movement). */
  const card = (cents: number) => insertGiftCard(db, t.get(GiftCardCodes), cents);

  let ip = 0;
  async function payCard(token: string, code: string) {
    const res = await gql<{ payDepositWithGiftCard: { coveredCents: number; remainingCents: number } }>(
      t.url,
      PAY_CARD,
      { input: { token, code } },
      { headers: { 'x-forwarded-for': `198.51.100.${++ip % 250}` } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.payDepositWithGiftCard;
  }

  /** The card pays 15 €, Stripe is asked for the other 12 €: the intent's id. */
  async function splitDeposit(booking: { id: string; token: string }, cardCode: string): Promise<string> {
    expect(await payCard(booking.token, cardCode)).toEqual({
      coveredCents: 1500,
      remainingCents: 1200,
    });
    const checkout = (
      await gqlOk<{
        createDepositPayment: { paymentId: string; amountCents: number; giftCardCents: number };
      }>(t.url, DEPOSIT, { input: { token: booking.token } })
    ).createDepositPayment;
    expect(checkout).toMatchObject({ amountCents: 1200, giftCardCents: 1500 });
    const [{ ref }] = await db.query<{ ref: string }[]>(
      'SELECT provider_reference AS ref FROM payment WHERE id = $1',
      [checkout.paymentId],
    );
    return ref;
  }

  async function expireHold(bookingId: string): Promise<void> {
    const [{ hold }] = await db.query<{ hold: Date }[]>(
      'SELECT hold_expires_at AS hold FROM booking WHERE id = $1',
      [bookingId],
    );
    expect(await t.get(BookingService).expireHold(bookingId, hold.getTime() + 1000)).toBe('expired');
  }

  async function stripeReports(intentId: string, outcome: 'succeed' | 'fail'): Promise<void> {
    if (outcome === 'succeed') stripe.succeed(intentId);
    else stripe.fail(intentId);
    const type = outcome === 'succeed' ? 'payment_intent.succeeded' : 'payment_intent.payment_failed';
    const delivery = stripe.events.forIntent(type, intentId, { secret: WEBHOOK_SECRET });
    expect(await stripe.events.deliver(`${t.url}/webhooks/stripe`, delivery)).toBe(200);
  }

  const balance = async (cardId: string) =>
    (await db.query<{ b: number }[]>('SELECT balance_cents AS b FROM gift_card WHERE id = $1', [cardId]))[0]
      .b;
  const ledgerSum = async (cardId: string) =>
    (
      await db.query<{ s: number }[]>(
        'SELECT sum(amount_cents)::int AS s FROM gift_card_movement WHERE gift_card_id = $1',
        [cardId],
      )
    )[0].s;
  const bookingStatus = async (id: string) =>
    (await db.query<{ status: string }[]>('SELECT status FROM booking WHERE id = $1', [id]))[0].status;
  const payments = async (bookingId: string) =>
    (
      await db.query<{ provider: string; status: string; amount_cents: number; refunded_cents: number }[]>(
        `SELECT provider, status, amount_cents, refunded_cents FROM payment WHERE booking_id = $1
          ORDER BY created_at, provider`,
        [bookingId],
      )
    ).map((p) => [p.provider, p.status, p.amount_cents, p.refunded_cents]);
  const refundMails = async (bookingId: string) =>
    (
      await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM notification WHERE booking_id = $1 AND template = 'DEPOSIT_REFUNDED'`,
        [bookingId],
      )
    )[0].n;

  it('the hold expired, the card still holds its part: taken again, the booking confirmed on the full deposit', async () => {
    const booking = await pendingBooking();
    const c = await card(1500);
    const intent = await splitDeposit(booking, c.code);
    await expireHold(booking.id);
    expect(await balance(c.id)).toBe(1500);

    await stripeReports(intent, 'succeed');
    await waitFor(async () => (await bookingStatus(booking.id)) === 'CONFIRMED', 'the booking confirmed');
    expect(await payments(booking.id)).toEqual([
      ['GIFT_CARD', 'CANCELLED', 1500, 0],
      ['STRIPE', 'SUCCEEDED', 1200, 0],
      ['GIFT_CARD', 'SUCCEEDED', 1500, 0],
    ]);
    expect(await balance(c.id)).toBe(0);
    expect(await ledgerSum(c.id)).toBe(0);
    expect(stripe.refunds(intent)).toEqual([]);
  });

  it('the hold expired and the card was spent meanwhile: Stripe’s part refunded, the booking stays cancelled, the client told', async () => {
    const booking = await pendingBooking();
    const c = await card(1500);
    const intent = await splitDeposit(booking, c.code);
    await expireHold(booking.id);
    expect(await balance(c.id)).toBe(1500);
    // The card, credited back, goes towards another booking's deposit before Stripe answers.
    const other = await pendingBooking();
    expect((await payCard(other.token, c.code)).coveredCents).toBe(1500);
    expect(await balance(c.id)).toBe(0);

    await stripeReports(intent, 'succeed');
    await waitFor(() => stripe.refunds(intent).length === 1, 'Stripe’s part refunded');
    expect(stripe.refunds(intent)[0]).toMatchObject({ amount: 1200 });
    await waitFor(
      async () => (await payments(booking.id)).some(([p, s]) => p === 'STRIPE' && s === 'REFUNDED'),
      'the refund recorded',
    );
    expect(await payments(booking.id)).toEqual([
      ['GIFT_CARD', 'CANCELLED', 1500, 0],
      ['STRIPE', 'REFUNDED', 1200, 1200],
    ]);
    expect(await bookingStatus(booking.id)).toBe('CANCELLED');
    expect(await balance(c.id)).toBe(0);
    expect(await ledgerSum(c.id)).toBe(0);
    expect(await bookingStatus(other.id)).toBe('PENDING');
    await waitFor(async () => (await refundMails(booking.id)) === 1, 'the refund’s e-mail planned');
  });

  it('the rest first declined then paid (card cancelled since): refunded, the booking left pending; with the card still full: confirmed', async () => {
    const spent = await pendingBooking();
    const c1 = await card(1500);
    const intent1 = await splitDeposit(spent, c1.code);
    await stripeReports(intent1, 'fail');
    await waitFor(async () => (await balance(c1.id)) === 1500, 'the card credited back');
    await db.query(`UPDATE gift_card SET status = 'CANCELLED' WHERE id = $1`, [c1.id]);
    await stripeReports(intent1, 'succeed');
    await waitFor(() => stripe.refunds(intent1).length === 1, 'Stripe’s part refunded');
    await waitFor(
      async () => (await payments(spent.id)).some(([p, s]) => p === 'STRIPE' && s === 'REFUNDED'),
      'the refund recorded',
    );
    expect(await bookingStatus(spent.id)).toBe('PENDING');
    expect(await balance(c1.id)).toBe(1500);

    const full = await pendingBooking();
    const c2 = await card(1500);
    const intent2 = await splitDeposit(full, c2.code);
    await stripeReports(intent2, 'fail');
    await waitFor(async () => (await balance(c2.id)) === 1500, 'the card credited back');
    await stripeReports(intent2, 'succeed');
    await waitFor(async () => (await bookingStatus(full.id)) === 'CONFIRMED', 'the booking confirmed');
    expect(await balance(c2.id)).toBe(0);
    expect(await ledgerSum(c2.id)).toBe(0);
    expect(stripe.refunds(intent2)).toEqual([]);
  });
});
