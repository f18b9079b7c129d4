import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { gqlOk } from '@serenaia/test-support';
import { codeFromRandom } from '@serenaia/shared/gift-card-code';
import { BookingService } from '../src/booking/index.js';
import { GiftCardCodes, formatCode } from '../src/gift-card/index.js';
import { startStripeFake, type StripeFake } from './fakes/stripe-fake.js';
import { CashSessionService, ClosureService } from '../src/pos/index.js';
import { createCategory, createPractitioner, createService, parisDate } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { configureStripe } from './support/stripe-settings.js';
import { postedEntries, postedEntryOf, type PostedEntry } from './support/accounting-entries.js';
import { bookOnline, payDepositWithStripe } from './support/online-deposit.js';
import { startTestApp, type TestApp } from './support/app.js';

const STRIPE_SECRET = 'sk_test_fake';
const WEBHOOK_SECRET = 'whsec_test_d3p0s1tr3f';

const REFUND = 'mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { id status } }';
const brief = (e: PostedEntry) => e.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);
/** Debit − credit per account over entries, zero balances left out. */
function net(entries: PostedEntry[]): Record<string, number> {
  const sums = new Map<string, number>();
  for (const l of entries.flatMap((e) => e.lines))
    sums.set(l.accountNumber, (sums.get(l.accountNumber) ?? 0) + l.debitCents - l.creditCents);
  return Object.fromEntries([...sums].filter(([, v]) => v !== 0));
}

/**
 * Deposits given back, from the real actions (ACCOUNTING.md cases 5a, 6, 6b): several partial refunds of
 * one deposit add up to its receipt to the cent; a deposit paid with a single-purpose card consumes 487
 * (its VAT was paid when the card was sold); a refund after a no-show kept the deposit reverses the
 * forfeit's income, never 4191 twice.
 */
describe('accounting: deposits refunded', () => {
  let stripe: StripeFake;
  let t: TestApp;
  let db: DataSource;
  let service: string;
  let practitioner: string;
  let admin: string;
  let accountant: string;
  let staff: string;
  let staffId: string;
  let n = 0;

  beforeAll(async () => {
    stripe = await startStripeFake({ apiKey: STRIPE_SECRET });
    t = await startTestApp({ env: { STRIPE_API_URL: stripe.url, RATE_LIMIT_PER_MINUTE: '100000' } });
    db = t.dataSource;
    await insertInstitute(db);
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60',
    );
    service = await createService(db, await createCategory(db), {
      minutes: 60,
      priceCents: 9000,
      deposit: ['FIXED', 3000],
    });
    practitioner = await createPractitioner(db, [service]);
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    await configureStripe(t.url, admin, { secretKey: STRIPE_SECRET, webhookSecret: WEBHOOK_SECRET });
  });

  afterAll(async () => {
    await t?.close();
    await stripe?.close();
  });

  const entries = () => postedEntries(t.url, accountant);
  const entryOf = (sourceKind: string, sourceId: string) =>
    postedEntryOf(t.url, accountant, sourceKind, sourceId);
  const refund = (paymentId: string, amountCents?: number) =>
    gqlOk(t.url, REFUND, { input: { id: paymentId, amountCents, reason: 'Geste commercial' } }, admin);
  const refundIds = async (paymentId: string): Promise<string[]> =>
    (
      await db.query<{ id: string }[]>(
        'SELECT id FROM refund WHERE payment_id = $1 ORDER BY created_at, id',
        [paymentId],
      )
    ).map((r) => r.id);

  /** A booking of the 90 € facial (30 € deposit), still pending. */
  async function booking(day: number): Promise<{ id: string; token: string }> {
    n += 1;
    return bookOnline(t.url, {
      serviceId: service,
      practitionerId: practitioner,
      day,
      n,
      client: { firstName: 'Lou', lastName: 'Avoir', phoneFrom: 41000000 },
    });
  }

  /** The 30 € deposit paid with Stripe (the signed webhook confirms it). */
  async function paidDeposit(day: number): Promise<{ bookingId: string; paymentId: string }> {
    const b = await booking(day);
    const { paymentId } = await payDepositWithStripe(t, stripe, WEBHOOK_SECRET, b.token);
    await entryOf('PAYMENT', paymentId);
    return { bookingId: b.id, paymentId };
  }

  it('6 in three 10 € refunds: 833 + 834 + 833 on 4191, the refunds reverse the receipt exactly', async () => {
    const { paymentId } = await paidDeposit(3);
    for (let i = 0; i < 3; i += 1) await refund(paymentId, 1000);
    const ids = await refundIds(paymentId);
    expect(ids).toHaveLength(3);
    const refunds = await Promise.all(ids.map((id) => entryOf('PAYMENT_REFUND', id)));
    expect(refunds.map((e) => e.lines.find((l) => l.accountNumber === '4191')?.debitCents)).toEqual([
      833, 834, 833,
    ]);
    expect(net(refunds)).toEqual({ '4191': 2500, '445711': 500, '467STR': -3000 });
    expect(net([await entryOf('PAYMENT', paymentId), ...refunds])).toEqual({});
  });

  /** A 100 € single-purpose (20 %) card, and a booking's 30 € deposit paid with it. */
  async function depositPaidByCard(day: number): Promise<{ bookingId: string; paymentId: string }> {
    const code = codeFromRandom(randomBytes(16));
    const [{ id: cardId }] = await db.query<{ id: string }[]>(
      `INSERT INTO gift_card (code_hash, code_last4, kind, face_value_cents, price_paid_cents, balance_cents,
                              status, category, vat_rate_bp, expires_at, issued_at)
       VALUES ($1, $2, 'AMOUNT', 10000, 10000, 10000, 'ACTIVE', 'SINGLE_PURPOSE', 2000,
               now() + interval '300 days', now()) RETURNING id`,
      [t.get(GiftCardCodes).hash(code), code.slice(-4)],
    );
    await db.query(
      `INSERT INTO gift_card_movement (gift_card_id, kind, amount_cents, balance_after_cents, occurred_at)
       VALUES ($1, 'ISSUE', 10000, 10000, now())`,
      [cardId],
    );
    const b = await booking(day);
    const { payDepositWithGiftCard } = await gqlOk<{ payDepositWithGiftCard: { paymentId: string } }>(
      t.url,
      `mutation($input: PayDepositWithGiftCardInput!) { payDepositWithGiftCard(input: $input) { paymentId } }`,
      { input: { token: b.token, code: formatCode(code) } },
    );
    return { bookingId: b.id, paymentId: payDepositWithGiftCard.paymentId };
  }
  const setTreatment = (depositTreatment: 'ACOMPTE' | 'ARRHES') =>
    gqlOk(
      t.url,
      'mutation($input: UpdateAccountingSettingsInput!) { updateAccountingSettings(input: $input) { depositTreatment } }',
      { input: { depositTreatment } },
      admin,
    );

  it('arrhes paid with a single-purpose card, then a no-show: 487 / 4191 for the base, kept as 706, 445711 untouched', async () => {
    await setTreatment('ARRHES');
    try {
      const { bookingId, paymentId } = await depositPaidByCard(6);
      const receipt = await entryOf('PAYMENT', paymentId);
      // As arrhes too, 4191 holds the card's base: its VAT stays declared from the card's sale.
      expect(brief(receipt)).toEqual([
        ['487', 2500, 0],
        ['4191', 0, 2500],
      ]);
      const [{ starts_at: startsAt }] = await db.query('SELECT starts_at FROM booking WHERE id = $1', [
        bookingId,
      ]);
      await t.get(BookingService).markNoShow(bookingId, startsAt.getTime() + 2 * 3_600_000);
      const forfeit = await entryOf('BOOKING', bookingId);
      expect(brief(forfeit)).toEqual([
        ['4191', 2500, 0],
        ['706', 0, 2500],
      ]);
      // Over the receipt and the forfeit: 487 consumed by its base, 706 earned, 4191 back to 0, and
      // 445711 never touched (the card's 500 declared at its sale, once).
      expect(net([receipt, forfeit])).toEqual({ '487': 2500, '706': -2500 });
      // A goodwill refund to the card afterwards: 706 reversed, 487 restored, the card's VAT untouched.
      await refund(paymentId);
      const [refundId] = await refundIds(paymentId);
      expect(brief(await entryOf('PAYMENT_REFUND', refundId))).toEqual([
        ['706', 2500, 0],
        ['487', 0, 2500],
      ]);
    } finally {
      await setTreatment('ACOMPTE');
    }
  });

  it("arrhes paid with a single-purpose card, then the service at the till: the Z takes 4191's base, VAT exact", async () => {
    await setTreatment('ARRHES');
    try {
      const { bookingId, paymentId } = await depositPaidByCard(7);
      const receipt = await entryOf('PAYMENT', paymentId);
      expect(brief(receipt)).toEqual([
        ['487', 2500, 0],
        ['4191', 0, 2500],
      ]);
      // The client is at the desk after the appointment: 30 € from the deposit, 60 € cash.
      await db.query(
        `UPDATE booking SET starts_at = now() - interval '1 hour', ends_at = now() WHERE id = $1`,
        [bookingId],
      );
      const tills = t.get(CashSessionService);
      const till = await tills.createTill(`Comptoir arrhes ${Date.now()}`);
      await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
      const { openSale } = await gqlOk<{ openSale: { id: string; totalInclCents: number } }>(
        t.url,
        'mutation($input: OpenSaleInput!) { openSale(input: $input) { id totalInclCents } }',
        { input: { tillId: till.id, bookingId } },
        staff,
      );
      expect(openSale.totalInclCents).toBe(9000);
      for (const tender of [
        { kind: 'DEPOSIT', amountCents: 3000 },
        { kind: 'CASH', amountCents: 6000 },
      ]) {
        await gqlOk(
          t.url,
          'mutation($input: PaySaleInput!) { paySale(input: $input) { id } }',
          { input: { saleId: openSale.id, idempotencyKey: `arrhes-${tender.kind}-${bookingId}`, ...tender } },
          staff,
        );
      }
      const closure = await t.get(ClosureService).closePeriod({
        tillId: till.id,
        period: 'DAY',
        date: parisDate(new Date()),
        now: new Date(),
        actorUserId: staffId,
      });
      const z = await entryOf('POS_Z', closure.id);
      // 90 € facial: 75 + 15 VAT, of which the card's 5 € was declared at its sale.
      expect(brief(z)).toEqual([
        ['531', 6000, 0],
        ['4191', 2500, 0],
        ['706', 0, 7500],
        ['445711', 0, 1000],
      ]);
      // Card sale (445711 500) + receipt + Z: the facial's 15 € of VAT, once; 4191 back to 0.
      expect(net([receipt, z])).toEqual({ '487': 2500, '531': 6000, '706': -7500, '445711': -1000 });
      // The VAT report agrees: the card's part of the arrhes used is not taxed again at the till.
      const [year, month] = parisDate(new Date()).split('-').map(Number);
      const { vatReport } = await gqlOk<{
        vatReport: { sources: { source: string; rateBp: number; baseCents: number; vatCents: number }[] };
      }>(
        t.url,
        `query($period: VatReportPeriodInput!) { vatReport(period: $period) {
          sources { source rateBp baseCents vatCents } } }`,
        { period: { year, month } },
        accountant,
      );
      expect(vatReport.sources.filter((x) => x.source === 'SINGLE_PURPOSE_REDEEMED')).toEqual([
        { source: 'SINGLE_PURPOSE_REDEEMED', rateBp: 2000, baseCents: -2500, vatCents: -500 },
      ]);
    } finally {
      await setTreatment('ACOMPTE');
    }
  });

  it('a deposit paid with a single-purpose card: 487 25 / 4191 25 (no VAT twice); given back: the same turned over', async () => {
    const { paymentId } = await depositPaidByCard(4);
    expect(brief(await entryOf('PAYMENT', paymentId))).toEqual([
      ['487', 2500, 0],
      ['4191', 0, 2500],
    ]);
    await refund(paymentId);
    const [refundId] = await refundIds(paymentId);
    expect(brief(await entryOf('PAYMENT_REFUND', refundId))).toEqual([
      ['4191', 2500, 0],
      ['487', 0, 2500],
    ]);
  });

  it('6b then a refund: 10 € back before the no-show, the rest after — 4191, 706 and VAT all back to 0', async () => {
    const { bookingId, paymentId } = await paidDeposit(5);
    await refund(paymentId, 1000);
    const [before] = await refundIds(paymentId);
    await entryOf('PAYMENT_REFUND', before);
    const [{ starts_at: startsAt }] = await db.query('SELECT starts_at FROM booking WHERE id = $1', [
      bookingId,
    ]);
    await t.get(BookingService).markNoShow(bookingId, startsAt.getTime() + 2 * 3_600_000);
    const forfeit = await entryOf('BOOKING', bookingId);
    // What is left on 4191 for this deposit: 2500 − 833.
    expect(brief(forfeit)).toEqual([
      ['4191', 1667, 0],
      ['706', 0, 1667],
    ]);
    await refund(paymentId);
    const [, after] = await refundIds(paymentId);
    const late = await entryOf('PAYMENT_REFUND', after);
    expect(brief(late)).toEqual([
      ['706', 1667, 0],
      ['445711', 333, 0],
      ['467STR', 0, 2000],
    ]);
    const all = (await entries()).filter((e) => [paymentId, before, after, bookingId].includes(e.sourceId));
    expect(all).toHaveLength(4);
    expect(net(all)).toEqual({});
  });
});
