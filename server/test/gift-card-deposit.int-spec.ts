import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { gql, gqlOk, type GqlResponse } from '@serenaia/test-support';
import { codeFromRandom } from '@serenaia/shared/gift-card-code';
import { BookingService } from '../src/booking/booking.service.js';
import { GiftCardCodes, formatCode } from '../src/gift-card/index.js';
import { startStripeFake, type StripeFake } from './fakes/stripe-fake.js';
import { createCategory, createPractitioner, createService, inDays } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { configureStripe } from './support/stripe-settings.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { insertGiftCard } from './support/gift-card-factory.js';

const STRIPE_SECRET = 'sk_test_fake';
const WEBHOOK_SECRET = 'whsec_test_5e2b8d1c7a4f';

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { id status depositCents holdExpiresAt } }
}`;
const PAY_CARD = `mutation PayCard($input: PayDepositWithGiftCardInput!) {
  payDepositWithGiftCard(input: $input) { paymentId coveredCents cardBalanceCents depositCents remainingCents }
}`;
const DEPOSIT = `mutation Deposit($input: CreateDepositPaymentInput!) {
  createDepositPayment(input: $input) { paymentId provider amountCents giftCardCents }
}`;
const REFUND = `mutation Refund($input: RefundPaymentInput!) { refundPayment(input: $input) { id status refundedCents } }`;
const BALANCE = `query Balance($code: String!) { giftCardBalance(code: $code) { balanceCents } }`;

interface CardPaid {
  payDepositWithGiftCard: {
    paymentId: string;
    coveredCents: number;
    cardBalanceCents: number;
    depositCents: number;
    remainingCents: number;
  };
}

let n = 0;
const contact = () => {
  n += 1;
  return {
    firstName: 'Inès',
    lastName: `Carte${n}`,
    email: `ines${n}@exemple.fr`,
    phone: `+336${String(40000000 + n)}`,
  };
};
/** A fresh client IP per request: the public code budget is per IP (tested on its own below). */
let ipSeq = 0;
const freshIp = () => {
  ipSeq += 1;
  return { 'x-forwarded-for': `192.0.2.${ipSeq % 250}` };
};

describe('gift cards paying booking deposits (public site)', () => {
  let stripe: StripeFake;
  let t: TestApp;
  let db: DataSource;
  let service: string;
  let practitioner: string;
  let adminToken: string;
  let slot = 0;

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
    adminToken = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    await configureStripe(t.url, adminToken, { secretKey: STRIPE_SECRET, webhookSecret: WEBHOOK_SECRET });
  });

  afterAll(async () => {
    await t.close();
    await stripe.close();
  });

  /** A pending booking (deposit 27 €) on its own slot. */
  async function pendingBooking() {
    const s = slot;
    slot += 1;
    const start = inDays(3 + Math.floor(s / 8), `${String(9 + (s % 8)).padStart(2, '0')}:00`);
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
    return { token: data.createBooking.manageToken, id: data.createBooking.booking.id };
  }

  /** An ACTIVE card with `cents` on it (issued as the till would: hashed code, ISSUE movement). */
  const card = (cents: number) => insertGiftCard(db, t.get(GiftCardCodes), cents);

  const payCard = (token: string, code: string, headers = freshIp()) =>
    gql<CardPaid>(t.url, PAY_CARD, { input: { token, code } }, { headers });
  const cardRow = async (id: string) =>
    (
      await db.query<{ balance_cents: number; status: string }[]>(
        'SELECT balance_cents, status FROM gift_card WHERE id = $1',
        [id],
      )
    )[0];
  const ledgerSum = async (id: string) =>
    (
      await db.query<{ s: number }[]>(
        'SELECT sum(amount_cents)::int AS s FROM gift_card_movement WHERE gift_card_id = $1',
        [id],
      )
    )[0].s;
  const payments = (bookingId: string) =>
    db.query<{ id: string; provider: string; status: string; amount_cents: number }[]>(
      'SELECT id, provider, status, amount_cents FROM payment WHERE booking_id = $1 ORDER BY created_at',
      [bookingId],
    );
  const bookingStatus = async (id: string) =>
    (await db.query<{ status: string }[]>('SELECT status FROM booking WHERE id = $1', [id]))[0].status;
  const fieldOf = (res: GqlResponse<unknown>) =>
    (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);

  it('pays the whole deposit with a card: one GIFT_CARD payment, the booking confirmed, never paid twice', async () => {
    const booking = await pendingBooking();
    const c = await card(10000);
    const res = await payCard(booking.token, c.code.toLowerCase().replaceAll('-', ' '));
    expect(res.errors).toBeUndefined();
    expect(res.data!.payDepositWithGiftCard).toMatchObject({
      coveredCents: 2700,
      cardBalanceCents: 7300,
      depositCents: 2700,
      remainingCents: 0,
    });
    await waitFor(async () => (await bookingStatus(booking.id)) === 'CONFIRMED', 'the booking confirmed');
    expect(await payments(booking.id)).toEqual([
      expect.objectContaining({ provider: 'GIFT_CARD', status: 'SUCCEEDED', amount_cents: 2700 }),
    ]);
    expect(await cardRow(c.id)).toEqual({ balance_cents: 7300, status: 'ACTIVE' });
    expect(await ledgerSum(c.id)).toBe(7300);
    // Neither the card again nor a provider: the deposit is paid.
    const again = await payCard(booking.token, c.code);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await cardRow(c.id)).balance_cents).toBe(7300);
    const provider = await gql(t.url, DEPOSIT, { input: { token: booking.token } });
    expect(provider.errors?.[0]?.message).toBe('L’acompte de ce rendez-vous est déjà réglé.');
  });

  it('a card short of the deposit pays part of it; Stripe takes the rest and both are collected', async () => {
    const booking = await pendingBooking();
    const c = await card(1500);
    const paid = (await payCard(booking.token, c.code)).data!.payDepositWithGiftCard;
    expect(paid).toMatchObject({ coveredCents: 1500, cardBalanceCents: 0, remainingCents: 1200 });
    expect(await cardRow(c.id)).toEqual({ balance_cents: 0, status: 'USED' });
    // Not confirmed on a part: the card's payment waits for the rest.
    expect(await payments(booking.id)).toEqual([
      expect.objectContaining({ provider: 'GIFT_CARD', status: 'PENDING', amount_cents: 1500 }),
    ]);
    const checkout = (
      await gqlOk<{
        createDepositPayment: {
          paymentId: string;
          provider: string;
          amountCents: number;
          giftCardCents: number;
        };
      }>(t.url, DEPOSIT, { input: { token: booking.token } })
    ).createDepositPayment;
    expect(checkout).toMatchObject({ provider: 'STRIPE', amountCents: 1200, giftCardCents: 1500 });
    const [{ provider_reference: intentId }] = await db.query<{ provider_reference: string }[]>(
      'SELECT provider_reference FROM payment WHERE id = $1',
      [checkout.paymentId],
    );
    expect(stripe.intent(intentId).amount).toBe(1200);
    stripe.succeed(intentId);
    const delivery = stripe.events.forIntent('payment_intent.succeeded', intentId, {
      secret: WEBHOOK_SECRET,
    });
    expect(await stripe.events.deliver(`${t.url}/webhooks/stripe`, delivery)).toBe(200);
    await waitFor(async () => (await bookingStatus(booking.id)) === 'CONFIRMED', 'the booking confirmed');
    const rows = await payments(booking.id);
    expect(rows.map((p) => [p.provider, p.status, p.amount_cents])).toEqual([
      ['GIFT_CARD', 'SUCCEEDED', 1500],
      ['STRIPE', 'SUCCEEDED', 1200],
    ]);
  });

  it('the rest declined, or the hold expired: the card gets its money back, nothing half-written', async () => {
    // Declined by the bank.
    const declined = await pendingBooking();
    const c1 = await card(2000);
    await payCard(declined.token, c1.code);
    const checkout = (
      await gqlOk<{ createDepositPayment: { paymentId: string } }>(t.url, DEPOSIT, {
        input: { token: declined.token },
      })
    ).createDepositPayment;
    const [{ provider_reference: intentId }] = await db.query<{ provider_reference: string }[]>(
      'SELECT provider_reference FROM payment WHERE id = $1',
      [checkout.paymentId],
    );
    stripe.fail(intentId);
    const failed = stripe.events.forIntent('payment_intent.payment_failed', intentId, {
      secret: WEBHOOK_SECRET,
    });
    expect(await stripe.events.deliver(`${t.url}/webhooks/stripe`, failed)).toBe(200);
    await waitFor(async () => (await cardRow(c1.id)).balance_cents === 2000, 'the card credited back');
    expect(await cardRow(c1.id)).toEqual({ balance_cents: 2000, status: 'ACTIVE' });
    expect(await ledgerSum(c1.id)).toBe(2000);
    expect((await payments(declined.id)).find((p) => p.provider === 'GIFT_CARD')?.status).toBe('CANCELLED');

    // The hold ran out before the rest was paid.
    const expired = await pendingBooking();
    const c2 = await card(1000);
    await payCard(expired.token, c2.code);
    expect((await cardRow(c2.id)).balance_cents).toBe(0);
    const [{ hold }] = await db.query<{ hold: Date }[]>(
      'SELECT hold_expires_at AS hold FROM booking WHERE id = $1',
      [expired.id],
    );
    expect(await t.get(BookingService).expireHold(expired.id, hold.getTime() + 1000)).toBe('expired');
    expect(await cardRow(c2.id)).toEqual({ balance_cents: 1000, status: 'ACTIVE' });
    expect(await ledgerSum(c2.id)).toBe(1000);
    expect(await payments(expired.id)).toEqual([
      expect.objectContaining({ provider: 'GIFT_CARD', status: 'CANCELLED' }),
    ]);
  });

  it('a typo, an unknown or a spent code: a French error naming input.code, nothing written', async () => {
    const booking = await pendingBooking();
    const c = await card(5000);
    const chars = c.code.split('');
    const i = chars.length - 2;
    chars[i] = chars[i] === 'A' ? 'B' : 'A';
    const typo = await payCard(booking.token, chars.join(''));
    expect(typo.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldOf(typo)).toEqual(['input.code']);
    expect(typo.errors?.[0]?.message).toMatch(/code/i);
    const unknown = await payCard(booking.token, formatCode(codeFromRandom(randomBytes(16))));
    expect(unknown.errors?.[0]?.message).toBe('Aucune carte cadeau ne correspond à ce code.');
    expect(fieldOf(unknown)).toEqual(['input.code']);
    const empty = await card(100);
    await db.query(`UPDATE gift_card SET balance_cents = 0, status = 'USED' WHERE id = $1`, [empty.id]);
    const spent = await payCard(booking.token, empty.code);
    expect(spent.errors?.[0]?.message).toBe('Cette carte cadeau est entièrement utilisée (solde 0,00 €).');
    expect(fieldOf(spent)).toEqual(['input.code']);
    expect(await payments(booking.id)).toEqual([]);
    expect((await cardRow(c.id)).balance_cents).toBe(5000);
  });

  it('one 40 € card on four bookings at once (27 € each) never pays more than 40 €', async () => {
    const bookings = await Promise.all([1, 2, 3, 4].map(() => pendingBooking()));
    const c = await card(4000);
    const results = await Promise.all(bookings.map((b) => payCard(b.token, c.code)));
    const covered = results
      .filter((r) => r.errors === undefined)
      .reduce((s, r) => s + r.data!.payDepositWithGiftCard.coveredCents, 0);
    expect(covered).toBe(4000);
    expect(await cardRow(c.id)).toEqual({ balance_cents: 0, status: 'USED' });
    expect(await ledgerSum(c.id)).toBe(0);
    const [{ taken }] = await db.query<{ taken: number }[]>(
      `SELECT coalesce(sum(amount_cents), 0)::int AS taken FROM payment
        WHERE provider = 'GIFT_CARD' AND booking_id = ANY($1)`,
      [bookings.map((b) => b.id)],
    );
    expect(taken).toBe(4000);
    for (const r of results.filter((x) => x.errors !== undefined)) {
      expect(r.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('refunding the deposit puts the money back on the card', async () => {
    const booking = await pendingBooking();
    const c = await card(6000);
    const { paymentId } = (await payCard(booking.token, c.code)).data!.payDepositWithGiftCard;
    await waitFor(async () => (await bookingStatus(booking.id)) === 'CONFIRMED', 'the booking confirmed');
    const partial = await gqlOk<{ refundPayment: { status: string; refundedCents: number } }>(
      t.url,
      REFUND,
      { input: { id: paymentId, amountCents: 1000, reason: 'Geste commercial' } },
      adminToken,
    );
    expect(partial.refundPayment).toEqual({
      id: paymentId,
      status: 'PARTIALLY_REFUNDED',
      refundedCents: 1000,
    });
    expect((await cardRow(c.id)).balance_cents).toBe(3300 + 1000);
    await gqlOk(t.url, REFUND, { input: { id: paymentId, reason: 'Annulation' } }, adminToken);
    expect((await cardRow(c.id)).balance_cents).toBe(6000);
    expect(await ledgerSum(c.id)).toBe(6000);
    const kinds = await db.query<{ kind: string; amount_cents: number }[]>(
      `SELECT kind, amount_cents FROM gift_card_movement WHERE gift_card_id = $1 ORDER BY occurred_at, kind`,
      [c.id],
    );
    expect(kinds.map((k) => k.kind)).toEqual(['ISSUE', 'REDEEM', 'REFUND', 'REFUND']);
  });

  it('a card since cancelled cannot take a refund back: refused in French before anything is written', async () => {
    const booking = await pendingBooking();
    const c = await card(6000);
    const { paymentId } = (await payCard(booking.token, c.code)).data!.payDepositWithGiftCard;
    await waitFor(async () => (await bookingStatus(booking.id)) === 'CONFIRMED', 'the booking confirmed');
    await db.query(`UPDATE gift_card SET status = 'CANCELLED' WHERE id = $1`, [c.id]);
    const refused = await gql(
      t.url,
      REFUND,
      { input: { id: paymentId, reason: 'Annulation' } },
      { token: adminToken },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe(
      'La carte cadeau de cet acompte est expirée ou annulée : remboursez par un autre moyen.',
    );
    // No refund left pending, nothing reserved: the payment can be refunded another way.
    const [payment] = await db.query<{ status: string; refunded_cents: number }[]>(
      'SELECT status, refunded_cents FROM payment WHERE id = $1',
      [paymentId],
    );
    expect(payment).toEqual({ status: 'SUCCEEDED', refunded_cents: 0 });
    const pending = await db.query(`SELECT 1 FROM refund WHERE payment_id = $1 AND status = 'PENDING'`, [
      paymentId,
    ]);
    expect(pending).toHaveLength(0);
    expect((await cardRow(c.id)).balance_cents).toBe(3300);
  });

  it('codes tried here count against the balance page’s budget (per IP)', async () => {
    const booking = await pendingBooking();
    const ip = { 'x-forwarded-for': '203.0.113.99' };
    for (let i = 0; i < 5; i += 1) {
      const r = await gql(
        t.url,
        BALANCE,
        { code: formatCode(codeFromRandom(randomBytes(16))) },
        { headers: ip },
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    for (let i = 0; i < 5; i += 1) {
      const r = await payCard(booking.token, formatCode(codeFromRandom(randomBytes(16))), ip);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const c = await card(5000);
    const eleventh = await payCard(booking.token, c.code, ip);
    expect(eleventh.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(eleventh.errors?.[0]?.message).toMatch(/^Trop de tentatives/);
    expect((await cardRow(c.id)).balance_cents).toBe(5000);
  });
});
