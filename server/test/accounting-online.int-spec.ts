import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { DataSource } from 'typeorm';
import { gqlOk } from '@serenaia/test-support';
import { BookingService } from '../src/booking/index.js';
import { GIFT_CARD_SOLD_ONLINE_JOB } from '../src/gift-card/index.js';
import { GiftCardPurchaseService } from '../src/gift-card/gift-card-purchase.service.js';
import { QUEUES } from '../src/jobs/queues.js';
import { DEPOSIT_RECEIVED_JOB } from '../src/payment/index.js';
import { CashSessionService, ClosureService } from '../src/pos/index.js';
import { startStripeFake, type StripeFake } from './fakes/stripe-fake.js';
import { createCategory, createPractitioner, createService, parisDate } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { configureStripe } from './support/stripe-settings.js';
import { postedEntryOf, type PostedEntry } from './support/accounting-entries.js';
import { bookOnline, payDepositWithStripe } from './support/online-deposit.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const STRIPE_SECRET = 'sk_test_fake';
const WEBHOOK_SECRET = 'whsec_test_acc0nl1ne';

const brief = (e: PostedEntry) => e.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);

/**
 * ACCOUNTING.md cases 5a, 5b, 6, 6b, 9a and 9a' from the real actions: a deposit paid through the Stripe
 * fake (signed webhook), refunded, used at the till, kept on a no-show; gift cards bought online and by
 * a transfer staff mark received. Each fact reaches the books through the outbox, once.
 */
describe('accounting: money received online (deposits, gift cards sold online)', () => {
  let stripe: StripeFake;
  let t: TestApp;
  let db: DataSource;
  let service: string;
  let practitioner: string;
  let admin: string;
  let staff: string;
  let staffId: string;
  let accountant: string;
  let n = 0;

  beforeAll(async () => {
    stripe = await startStripeFake({ apiKey: STRIPE_SECRET });
    t = await startTestApp({ env: { STRIPE_API_URL: stripe.url, RATE_LIMIT_PER_MINUTE: '100000' } });
    db = t.dataSource;
    await insertInstitute(db);
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60',
    );
    // A 90 € facial with a 30 € deposit (ACCOUNTING.md's sample figures).
    service = await createService(db, await createCategory(db), {
      minutes: 60,
      priceCents: 9000,
      deposit: ['FIXED', 3000],
    });
    practitioner = await createPractitioner(db, [service]);
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    await configureStripe(t.url, admin, { secretKey: STRIPE_SECRET, webhookSecret: WEBHOOK_SECRET });
  });

  afterAll(async () => {
    await t?.close();
    await stripe?.close();
  });

  const entryOf = (sourceKind: string, sourceId: string) =>
    postedEntryOf(t.url, accountant, sourceKind, sourceId);
  const setTreatment = (depositTreatment: 'ACOMPTE' | 'ARRHES') =>
    gqlOk(
      t.url,
      'mutation($input: UpdateAccountingSettingsInput!) { updateAccountingSettings(input: $input) { depositTreatment } }',
      { input: { depositTreatment } },
      admin,
    );

  /** A client books the facial online and pays its deposit with Stripe (the signed webhook confirms it). */
  async function paidDeposit(day: number): Promise<{ bookingId: string; paymentId: string }> {
    n += 1;
    const booking = await bookOnline(t.url, {
      serviceId: service,
      practitionerId: practitioner,
      day,
      n,
      client: { firstName: 'Alix', lastName: 'Compta', phoneFrom: 40000000 },
    });
    const deposit = await payDepositWithStripe(t, stripe, WEBHOOK_SECRET, booking.token);
    expect(deposit.amountCents).toBe(3000);
    const bookingId = booking.id;
    await waitFor(async () => {
      const [row] = await db.query('SELECT status FROM booking WHERE id = $1', [bookingId]);
      return row.status === 'CONFIRMED';
    }, 'the booking confirmed by its deposit');
    return { bookingId, paymentId: deposit.paymentId };
  }

  it('5a then 6: a Stripe deposit received, then refunded (credit note); a redelivered job posts nothing', async () => {
    const { paymentId } = await paidDeposit(3);
    const received = await entryOf('PAYMENT', paymentId);
    expect(brief(received)).toEqual([
      ['467STR', 3000, 0],
      ['4191', 0, 2500],
      ['445711', 0, 500],
    ]);
    expect(received).toMatchObject({ journalCode: 'BQ', debitCents: 3000, creditCents: 3000 });

    const queue = t.get<Queue>(getQueueToken(QUEUES.payments));
    const again = await queue.add(DEPOSIT_RECEIVED_JOB, { paymentId }, { jobId: `redelivery-${paymentId}` });
    expect(await again.finished()).toEqual({ outcome: 'already posted' });

    await gqlOk(
      t.url,
      'mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { id status } }',
      { input: { id: paymentId, reason: 'Rendez-vous annulé par la cliente' } },
      admin,
    );
    const [{ id: refundId }] = await db.query('SELECT id FROM refund WHERE payment_id = $1', [paymentId]);
    const refunded = await entryOf('PAYMENT_REFUND', refundId);
    expect(brief(refunded)).toEqual([
      ['4191', 2500, 0],
      ['445711', 500, 0],
      ['467STR', 0, 3000],
    ]);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM accounting_entry WHERE source_id IN ($1, $2)`,
      [paymentId, refundId],
    );
    expect(count).toBe(2);
  });

  it('5b: the deposit pays part of the ticket at the till; the booking’s 4191 balance is back to 0', async () => {
    const { bookingId, paymentId } = await paidDeposit(4);
    const received = await entryOf('PAYMENT', paymentId);
    // The client is at the desk after the appointment.
    await db.query(
      `UPDATE booking SET starts_at = now() - interval '1 hour', ends_at = now() WHERE id = $1`,
      [bookingId],
    );
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`Comptoir acomptes ${Date.now()}`);
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
    const SALE = 'id status totalInclCents';
    const { openSale } = await gqlOk<{ openSale: { id: string; totalInclCents: number } }>(
      t.url,
      `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`,
      { input: { tillId: till.id, bookingId } },
      staff,
    );
    expect(openSale.totalInclCents).toBe(9000);
    let status = '';
    for (const tender of [
      { kind: 'DEPOSIT', amountCents: 3000 },
      { kind: 'CARD_OTHER', amountCents: 6000 },
    ]) {
      const paid = await gqlOk<{ paySale: { status: string } }>(
        t.url,
        `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`,
        {
          input: { saleId: openSale.id, idempotencyKey: `acc-online-${tender.kind}-${bookingId}`, ...tender },
        },
        staff,
      );
      status = paid.paySale.status;
    }
    expect(status).toBe('COMPLETED');
    const closure = await t.get(ClosureService).closePeriod({
      tillId: till.id,
      period: 'DAY',
      date: parisDate(new Date()),
      now: new Date(),
      actorUserId: staffId,
    });
    const z = await entryOf('POS_Z', closure.id);
    expect(brief(z)).toEqual([
      ['5115', 6000, 0],
      ['4191', 2500, 0],
      ['706', 0, 7500],
      ['445711', 0, 1000],
    ]);
    const deposits = (e: PostedEntry) =>
      e.lines.filter((l) => l.accountNumber === '4191').reduce((s, l) => s + l.debitCents - l.creditCents, 0);
    expect(deposits(received) + deposits(z)).toBe(0);
  });

  it('6b: a no-show keeps the deposit — arrhes: an indemnity outside VAT; acompte: its VAT stays due', async () => {
    await setTreatment('ARRHES');
    try {
      const arrhes = await paidDeposit(5);
      const received = await entryOf('PAYMENT', arrhes.paymentId);
      // As arrhes no VAT is due on receipt: 4191 holds the 30 €.
      expect(brief(received)).toEqual([
        ['467STR', 3000, 0],
        ['4191', 0, 3000],
      ]);
      const [{ starts_at: startsAt }] = await db.query('SELECT starts_at FROM booking WHERE id = $1', [
        arrhes.bookingId,
      ]);
      await t.get(BookingService).markNoShow(arrhes.bookingId, startsAt.getTime() + 2 * 3_600_000);
      const forfeit = await entryOf('BOOKING', arrhes.bookingId);
      expect(brief(forfeit)).toEqual([
        ['4191', 3000, 0],
        ['7581', 0, 3000],
      ]);
      expect(forfeit.journalCode).toBe('OD');
      // Together, the table's 5a + 6b: the provider owes 30 €, 30 € of forfeits, no VAT left.
      const net = new Map<string, number>();
      for (const l of [...received.lines, ...forfeit.lines])
        net.set(l.accountNumber, (net.get(l.accountNumber) ?? 0) + l.debitCents - l.creditCents);
      expect(Object.fromEntries([...net].filter(([, v]) => v !== 0))).toEqual({
        '467STR': 3000,
        '7581': -3000,
      });
    } finally {
      await setTreatment('ACOMPTE');
    }
    const acompte = await paidDeposit(6);
    const [{ starts_at: startsAt }] = await db.query('SELECT starts_at FROM booking WHERE id = $1', [
      acompte.bookingId,
    ]);
    await t.get(BookingService).markNoShow(acompte.bookingId, startsAt.getTime() + 2 * 3_600_000);
    expect(brief(await entryOf('BOOKING', acompte.bookingId))).toEqual([
      ['4191', 2500, 0],
      ['706', 0, 2500],
    ]);
  });

  const forceCategory = (category: 'MULTI_PURPOSE' | null) =>
    db.query(
      `INSERT INTO gift_card_settings (id, validity_months, forced_category) VALUES (1, 12, $1)
       ON CONFLICT (id) DO UPDATE SET forced_category = $1`,
      [category],
    );

  /** A 100 € card bought on the public site, paid with Stripe; returns the order id. */
  async function cardBoughtWithStripe(): Promise<string> {
    n += 1;
    const { purchaseGiftCard } = await gqlOk<{
      purchaseGiftCard: { paymentId: string; order: { id: string } };
    }>(
      t.url,
      `mutation($input: PurchaseGiftCardInput!) { purchaseGiftCard(input: $input) { paymentId order { id } } }`,
      {
        input: {
          buyerName: `Camille ${n}`,
          buyerEmail: `camille.compta${n}@exemple.fr`,
          amountCents: 10000,
          recipientName: 'Sacha',
          recipientEmail: 'sacha@exemple.fr',
          method: 'CARD_ONLINE',
        },
      },
    );
    const [{ provider_reference: intentId, provider }] = await db.query(
      'SELECT provider_reference, provider FROM payment WHERE id = $1',
      [purchaseGiftCard.paymentId],
    );
    expect(provider).toBe('STRIPE');
    stripe.succeed(intentId);
    const delivery = stripe.events.forIntent('payment_intent.succeeded', intentId, {
      secret: WEBHOOK_SECRET,
    });
    expect(await stripe.events.deliver(`${t.url}/webhooks/stripe`, delivery)).toBe(200);
    return purchaseGiftCard.order.id;
  }

  it("9a' and 9a: a 100 € card sold online with Stripe, single-purpose then multi-purpose; posted once", async () => {
    await forceCategory(null);
    const single = await cardBoughtWithStripe();
    expect(brief(await entryOf('GIFT_CARD_ORDER', single))).toEqual([
      ['467STR', 10000, 0],
      ['487', 0, 8333],
      ['445711', 0, 1667],
    ]);
    await forceCategory('MULTI_PURPOSE');
    try {
      const multi = await cardBoughtWithStripe();
      const entry = await entryOf('GIFT_CARD_ORDER', multi);
      expect(brief(entry)).toEqual([
        ['467STR', 10000, 0],
        ['41911', 0, 10000],
      ]);
      expect(entry.journalCode).toBe('BQ');
      const queue = t.get<Queue>(getQueueToken(QUEUES.giftCards));
      const again = await queue.add(
        GIFT_CARD_SOLD_ONLINE_JOB,
        { orderId: multi },
        { jobId: `again-${multi}` },
      );
      expect(await again.finished()).toEqual({ outcome: 'already posted' });
    } finally {
      await forceCategory(null);
    }
  });

  it('a card paid by bank transfer, marked received by staff: the bank (512) against the liability', async () => {
    await db.query(
      `INSERT INTO gift_card_settings (id, transfer_iban, transfer_holder)
       VALUES (1, 'FR76 3000 6000 0112 3456 7890 189', 'Institut Sérénaia')
       ON CONFLICT (id) DO UPDATE SET transfer_iban = EXCLUDED.transfer_iban, transfer_holder = EXCLUDED.transfer_holder`,
    );
    const bought = await t.get(GiftCardPurchaseService).purchase(
      {
        buyerName: 'Jules Virement',
        buyerEmail: 'jules.virement@exemple.fr',
        amountCents: 4200,
        recipientName: 'Jules',
        recipientEmail: 'jules@exemple.fr',
        method: 'BANK_TRANSFER',
      },
      null,
    );
    await gqlOk(
      t.url,
      'mutation($input: MarkGiftCardTransferReceivedInput!) { markGiftCardTransferReceived(input: $input) { id } }',
      { input: { orderId: bought.order.id } },
      staff,
    );
    const entry = await entryOf('GIFT_CARD_ORDER', bought.order.id);
    expect(brief(entry)).toEqual([
      ['512', 4200, 0],
      ['487', 0, 3500],
      ['445711', 0, 700],
    ]);
    expect(entry.pieceRef).toBe(bought.order.reference);
  });

  it('every entry is balanced, and one per source', async () => {
    const rows: { id: string; debit: number; credit: number }[] = await db.query(
      `SELECT e.id, sum(l.debit_cents)::int AS debit, sum(l.credit_cents)::int AS credit
         FROM accounting_entry e JOIN accounting_entry_line l ON l.entry_id = e.id GROUP BY e.id`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(11);
    expect(rows.filter((r) => r.debit !== r.credit)).toEqual([]);
    const [{ dup }] = await db.query(
      `SELECT count(*)::int AS dup FROM (SELECT source_kind, source_id FROM accounting_entry
        GROUP BY 1, 2 HAVING count(*) > 1) d`,
    );
    expect(dup).toBe(0);
  });
});
