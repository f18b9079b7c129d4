import type { DataSource } from 'typeorm';
import { gql, gqlOk } from '@serenaia/test-support';
import { startStripeFake, type StripeFake } from './fakes/stripe-fake.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { configureStripe } from './support/stripe-settings.js';
import { postedEntryOf, type PostedEntry } from './support/accounting-entries.js';
import { startTestApp, type TestApp } from './support/app.js';

const STRIPE_SECRET = 'sk_test_fake';
const WEBHOOK_SECRET = 'whsec_test_g1ftr3fund';

const REFUND = 'mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { id status } }';
const CANCEL =
  'mutation($input: CancelGiftCardInput!) { cancelGiftCard(input: $input) { id status balanceCents } }';
const VAT_REPORT = `query($period: VatReportPeriodInput!) { vatReport(period: $period) {
  sources { source rateBp baseCents vatCents } } }`;
const brief = (e: PostedEntry) => e.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);

/**
 * A gift card bought online and refunded before it was used (ACCOUNTING.md 9a / 9a' turned over): only
 * in full, only while the card is unused; the card is cancelled and the sale's entry reversed exactly.
 */
describe('accounting: gift-card orders refunded', () => {
  let stripe: StripeFake;
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let accountant: string;
  let n = 0;

  beforeAll(async () => {
    stripe = await startStripeFake({ apiKey: STRIPE_SECRET });
    t = await startTestApp({ env: { STRIPE_API_URL: stripe.url, RATE_LIMIT_PER_MINUTE: '100000' } });
    db = t.dataSource;
    await insertInstitute(db);
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    await configureStripe(t.url, admin, { secretKey: STRIPE_SECRET, webhookSecret: WEBHOOK_SECRET });
  });

  afterAll(async () => {
    await t?.close();
    await stripe?.close();
  });

  const entryOf = (sourceKind: string, sourceId: string) =>
    postedEntryOf(t.url, accountant, sourceKind, sourceId);
  const forceCategory = (category: 'MULTI_PURPOSE' | 'SINGLE_PURPOSE') =>
    db.query(
      `INSERT INTO gift_card_settings (id, validity_months, forced_category) VALUES (1, 12, $1)
       ON CONFLICT (id) DO UPDATE SET forced_category = $1`,
      [category],
    );

  /** A 100 € card bought on the public site and paid with Stripe: its order, payment and card. */
  async function bought(): Promise<{ orderId: string; paymentId: string; cardId: string }> {
    n += 1;
    const { purchaseGiftCard } = await gqlOk<{
      purchaseGiftCard: { paymentId: string; order: { id: string } };
    }>(
      t.url,
      `mutation($input: PurchaseGiftCardInput!) { purchaseGiftCard(input: $input) { paymentId order { id } } }`,
      {
        input: {
          buyerName: `Noé ${n}`,
          buyerEmail: `noe.rembourse${n}@exemple.fr`,
          amountCents: 10000,
          recipientName: 'Sacha',
          recipientEmail: 'sacha@exemple.fr',
          method: 'CARD_ONLINE',
        },
      },
    );
    const [{ provider_reference: intentId }] = await db.query(
      'SELECT provider_reference FROM payment WHERE id = $1',
      [purchaseGiftCard.paymentId],
    );
    stripe.succeed(intentId);
    const delivery = stripe.events.forIntent('payment_intent.succeeded', intentId, {
      secret: WEBHOOK_SECRET,
    });
    expect(await stripe.events.deliver(`${t.url}/webhooks/stripe`, delivery)).toBe(200);
    const orderId = purchaseGiftCard.order.id;
    await entryOf('GIFT_CARD_ORDER', orderId);
    const [{ id: cardId }] = await db.query<{ id: string }[]>(
      'SELECT id FROM gift_card WHERE order_id = $1',
      [orderId],
    );
    return { orderId, paymentId: purchaseGiftCard.paymentId, cardId };
  }
  const refundEntry = async (paymentId: string) => {
    const [{ id }] = await db.query<{ id: string }[]>('SELECT id FROM refund WHERE payment_id = $1', [
      paymentId,
    ]);
    return entryOf('PAYMENT_REFUND', id);
  };
  const cardState = async (cardId: string) =>
    (
      await db.query<{ status: string; balance_cents: number }[]>(
        'SELECT status, balance_cents FROM gift_card WHERE id = $1',
        [cardId],
      )
    )[0];

  it("9a' refunded: 487 83,33 · 445711 16,67 / 467STR 100, the card cancelled; only in full", async () => {
    await forceCategory('SINGLE_PURPOSE');
    const { orderId, paymentId, cardId } = await bought();
    const partial = await gql(
      t.url,
      REFUND,
      { input: { id: paymentId, amountCents: 5000, reason: 'Moitié' } },
      { token: admin },
    );
    expect(partial.errors?.[0]?.message).toBe('Une commande de carte cadeau se rembourse en entier.');
    expect(partial.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      stripe.refunds(
        String(
          (await db.query('SELECT provider_reference AS r FROM payment WHERE id = $1', [paymentId]))[0].r,
        ),
      ),
    ).toEqual([]);

    await gqlOk(t.url, REFUND, { input: { id: paymentId, reason: 'Cadeau annulé' } }, admin);
    const sale = await entryOf('GIFT_CARD_ORDER', orderId);
    const reversal = await refundEntry(paymentId);
    expect(brief(reversal)).toEqual([
      ['487', 8333, 0],
      ['445711', 1667, 0],
      ['467STR', 0, 10000],
    ]);
    expect(reversal.journalCode).toBe('BQ');
    // Exactly the sale turned over.
    expect(
      brief(reversal)
        .map(([a, d, c]) => [a, c, d])
        .sort(),
    ).toEqual(brief(sale).sort());
    expect(await cardState(cardId)).toEqual({ status: 'CANCELLED', balance_cents: 0 });
  });

  it('9a refunded: 41911 100 / 467STR 100; a card already used is refused before any money moves', async () => {
    await forceCategory('MULTI_PURPOSE');
    const unused = await bought();
    await gqlOk(t.url, REFUND, { input: { id: unused.paymentId, reason: 'Cadeau annulé' } }, admin);
    expect(brief(await refundEntry(unused.paymentId))).toEqual([
      ['41911', 10000, 0],
      ['467STR', 0, 10000],
    ]);

    const used = await bought();
    // The card paid 20 € at the till.
    await db.query(`UPDATE gift_card SET balance_cents = 8000 WHERE id = $1`, [used.cardId]);
    await db.query(
      `INSERT INTO gift_card_movement (gift_card_id, kind, amount_cents, balance_after_cents, occurred_at)
       VALUES ($1, 'REDEEM', -2000, 8000, now())`,
      [used.cardId],
    );
    const refused = await gql(
      t.url,
      REFUND,
      { input: { id: used.paymentId, reason: 'Cadeau annulé' } },
      { token: admin },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/^La carte de cette commande a déjà servi/);
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM refund WHERE payment_id = $1', [
      used.paymentId,
    ]);
    expect(count).toBe(0);
    expect(await cardState(used.cardId)).toEqual({ status: 'ACTIVE', balance_cents: 8000 });
  });

  it("cancelGiftCard of an unused card sold online refunds it: 9a' turned over that day, VAT taken back", async () => {
    await forceCategory('SINGLE_PURPOSE');
    const { orderId, paymentId, cardId } = await bought();
    const sale = await entryOf('GIFT_CARD_ORDER', orderId);
    const [{ day }] = await db.query<{ day: string }[]>(
      `SELECT to_char(succeeded_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS day FROM payment WHERE id = $1`,
      [paymentId],
    );
    const [year, month] = day.split('-').map(Number);
    const soldOnline = async () =>
      (
        await gqlOk<{
          vatReport: { sources: { source: string; rateBp: number; baseCents: number; vatCents: number }[] };
        }>(t.url, VAT_REPORT, { period: { year, month } }, accountant)
      ).vatReport.sources.find((x) => x.source === 'SINGLE_PURPOSE_SOLD_ONLINE' && x.rateBp === 2000) ?? {
        baseCents: 0,
        vatCents: 0,
      };
    const before = await soldOnline();

    const { cancelGiftCard } = await gqlOk<{ cancelGiftCard: { status: string; balanceCents: number } }>(
      t.url,
      CANCEL,
      { input: { id: cardId, reason: 'Erreur de commande' } },
      admin,
    );
    expect(cancelGiftCard).toMatchObject({ status: 'CANCELLED', balanceCents: 0 });
    const intent = String(
      (await db.query('SELECT provider_reference AS r FROM payment WHERE id = $1', [paymentId]))[0].r,
    );
    expect(stripe.refunds(intent).map((r) => r.amount)).toEqual([10000]);
    const [{ refundDay }] = await db.query<{ refundDay: string }[]>(
      `SELECT to_char(created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS "refundDay" FROM refund
        WHERE payment_id = $1`,
      [paymentId],
    );
    const reversal = await refundEntry(paymentId);
    expect(brief(reversal)).toEqual([
      ['487', 8333, 0],
      ['445711', 1667, 0],
      ['467STR', 0, 10000],
    ]);
    expect(reversal.entryDate).toBe(refundDay);
    expect(
      brief(reversal)
        .map(([a, d, c]) => [a, c, d])
        .sort(),
    ).toEqual(brief(sale).sort());
    const after = await soldOnline();
    expect([after.baseCents - before.baseCents, after.vatCents - before.vatCents]).toEqual([-8333, -1667]);
    expect(await cardState(cardId)).toEqual({ status: 'CANCELLED', balance_cents: 0 });

    // Cancelled twice: refused in French, no second refund.
    const again = await gql(t.url, CANCEL, { input: { id: cardId, reason: 'Encore' } }, { token: admin });
    expect(again.errors?.[0]?.message).toBe('Cette carte cadeau est déjà annulée.');
    expect(stripe.refunds(intent)).toHaveLength(1);
  });

  it('cancelGiftCard of an unused multi-purpose card sold online: 41911 100 / 467STR 100', async () => {
    await forceCategory('MULTI_PURPOSE');
    const { paymentId, cardId } = await bought();
    await gqlOk(t.url, CANCEL, { input: { id: cardId, reason: 'Erreur de commande' } }, admin);
    expect(brief(await refundEntry(paymentId))).toEqual([
      ['41911', 10000, 0],
      ['467STR', 0, 10000],
    ]);
  });
});
