import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { gql } from '@serenaia/test-support';
import { PostingService } from '../src/accounting/index.js';
import { GiftCardExpiryService } from '../src/gift-card/index.js';
import { CashSessionService, ClosureService } from '../src/pos/index.js';
import { CreditNoteService } from '../src/pos/sale/credit-note.service.js';
import { createCategory, createService, parisDate } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

interface Entry {
  sourceKind: string;
  sourceId: string;
  label: string;
  journalCode: string;
  entryDate: string;
  debitCents: number;
  creditCents: number;
  lines: { accountNumber: string; debitCents: number; creditCents: number }[];
}
const ENTRIES = `query { accountingEntries(page: {limit: 200}) { items {
  sourceKind sourceId label journalCode entryDate debitCents creditCents lines { accountNumber debitCents creditCents } } } }`;
const SALE = 'id status totalInclCents';
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const SOLD = `query($saleId: ID!) { soldGiftCards(saleId: $saleId) { code giftCard { category } } }`;

/**
 * ACCOUNTING.md cases 3, 3b, 4, 9a and 9a' from the real till: gift cards sold and redeemed at the
 * desk, the day closed (Z), and the sales entry the outbox job writes, by the cards' voucher category.
 */
describe('accounting: gift cards in the daily sales entry, by voucher category', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let staffId: string;
  let admin: string;
  let adminId: string;
  let accountant: string;
  let facial: string;
  let cream: string;
  let keys = 0;
  const key = () => `acc-gift-card-${++keys}`;

  beforeAll(async () => {
    t = await startTestApp({ env: { SIMULATED_PAYMENTS: '0' } });
    db = t.dataSource;
    await insertInstitute(db);
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    const adminUser = await createUser(db, 'ADMIN');
    adminId = adminUser.id;
    admin = (await loginAs(t.url, adminUser)).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    // Everything the institute sells is at 20 %: an amount card is single-purpose unless forced.
    facial = await createService(db, await createCategory(db), { minutes: 30, priceCents: 6000 });
    cream = (
      await ok<{ upsertProduct: { id: string } }>(
        'mutation($input: UpsertProductInput!) { upsertProduct(input: $input) { id } }',
        { input: { name: 'Crème', priceCents: 3600, vatRateBp: 2000, costCents: 900, kind: 'RETAIL' } },
        admin,
      )
    ).upsertProduct.id;
    await ok('mutation($input: RecordStockMovementInput!) { recordStockMovement(input: $input) { id } }', {
      input: { productId: cream, kind: 'RECEIPT', quantity: 10 },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown> = {}, token = staff): Promise<T> {
    const res = await gql<T>(t.url, query, variables, { token });
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async function openTill(name: string): Promise<string> {
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(name);
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
    return till.id;
  }

  /** One ticket: its lines added, then paid with `tenders` in order; returns the sale id. */
  async function sell(
    tillId: string,
    lines: Record<string, unknown>[],
    tenders: { kind: string; amountCents: number; reference?: string }[],
  ): Promise<string> {
    const sale = (await ok<{ openSale: { id: string } }>(OPEN, { input: { tillId } })).openSale;
    for (const line of lines) await ok(ADD, { input: { saleId: sale.id, ...line } });
    let status = '';
    for (const tender of tenders) {
      status = (
        await ok<{ paySale: { status: string } }>(PAY, {
          input: { saleId: sale.id, idempotencyKey: key(), ...tender },
        })
      ).paySale.status;
    }
    expect(status).toBe('COMPLETED');
    return sale.id;
  }

  async function sellCard(tillId: string, cents: number, tender: string) {
    const saleId = await sell(
      tillId,
      [{ kind: 'GIFT_CARD', unitPriceCents: cents }],
      [{ kind: tender, amountCents: cents }],
    );
    const [sold] = (
      await ok<{ soldGiftCards: { code: string; giftCard: { category: string } }[] }>(SOLD, { saleId })
    ).soldGiftCards;
    return sold;
  }

  async function closeAndPost(tillId: string, now = new Date()): Promise<Entry> {
    const closure = await t.get(ClosureService).closePeriod({
      tillId,
      period: 'DAY',
      date: parisDate(now),
      now,
      actorUserId: staffId,
    });
    return waitFor(async () => {
      const { accountingEntries } = await ok<{ accountingEntries: { items: Entry[] } }>(
        ENTRIES,
        {},
        accountant,
      );
      return accountingEntries.items.find((e) => e.sourceId === closure.id);
    }, `the entry of Z ${closure.id}`);
  }
  /** The institute's setting that forces a voucher category on every card sold (null: the rule decides). */
  const forceCategory = (category: 'MULTI_PURPOSE' | null) =>
    db.query(
      `INSERT INTO gift_card_settings (id, validity_months, forced_category) VALUES (1, 12, $1)
       ON CONFLICT (id) DO UPDATE SET forced_category = $1`,
      [category],
    );
  const brief = (e: Entry) => e.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);

  it("single-purpose: the card's VAT is due at its sale (9a'), not again when it pays a facial (3b)", async () => {
    const tillId = await openTill('Comptoir bons mono-usage');
    const card = await sellCard(tillId, 6000, 'CARD_OTHER');
    expect(card.giftCard.category).toBe('SINGLE_PURPOSE');
    await sell(
      tillId,
      [{ kind: 'SERVICE', referenceId: facial }],
      [{ kind: 'GIFT_CARD', amountCents: 6000, reference: card.code }],
    );
    const entry = await closeAndPost(tillId);
    // Sale: 5115 60 / 487 50 · 445711 10. Redemption: 487 50 / 706 50. One VAT line for the day: 10 €.
    expect(brief(entry)).toEqual([
      ['5115', 6000, 0],
      ['487', 5000, 0],
      ['487', 0, 5000],
      ['706', 0, 5000],
      ['445711', 0, 1000],
    ]);
    expect(entry).toMatchObject({ debitCents: 11000, creditCents: 11000 });
  });

  it('multi-purpose: the card sold is outside VAT (9a); it pays 40 € of a split ticket with VAT then (4)', async () => {
    await forceCategory('MULTI_PURPOSE');
    const tillId = await openTill('Comptoir bons multi-usages');
    const card = await sellCard(tillId, 10000, 'CASH');
    expect(card.giftCard.category).toBe('MULTI_PURPOSE');
    await sell(
      tillId,
      [
        { kind: 'SERVICE', referenceId: facial },
        { kind: 'PRODUCT', productId: cream, quantity: 1 },
      ],
      [
        { kind: 'GIFT_CARD', amountCents: 4000, reference: card.code },
        { kind: 'CASH', amountCents: 2000 },
        { kind: 'CARD_OTHER', amountCents: 3600 },
      ],
    );
    const entry = await closeAndPost(tillId);
    expect(brief(entry)).toEqual([
      ['5115', 3600, 0],
      ['531', 12000, 0],
      ['41911', 4000, 0],
      ['41911', 0, 10000],
      ['707', 0, 3000],
      ['706', 0, 5000],
      ['445711', 0, 1600],
    ]);
  });

  it("a card expiring with money left is written off once, through the outbox (9c multi-purpose, 9c' single)", async () => {
    const tillId = await openTill('Comptoir bons expirés');
    await forceCategory('MULTI_PURPOSE');
    const multi = await sellCard(tillId, 5000, 'CASH');
    await forceCategory(null);
    const single = await sellCard(tillId, 6000, 'CASH');
    expect([multi.giftCard.category, single.giftCard.category]).toEqual(['MULTI_PURPOSE', 'SINGLE_PURPOSE']);
    await sell(
      tillId,
      [{ kind: 'PRODUCT', productId: cream, quantity: 1 }],
      [
        { kind: 'GIFT_CARD', amountCents: 1000, reference: multi.code },
        { kind: 'GIFT_CARD', amountCents: 2600, reference: single.code },
      ],
    );
    // Thirteen months on, both cards are past their date: 40 € and 34 € are left on them.
    const later = Date.now() + 396 * 86_400_000;
    const expiry = t.get(GiftCardExpiryService);
    await expiry.expireDue(later);
    await expiry.expireDue(later);
    const written = await waitFor(async () => {
      const { accountingEntries } = await ok<{ accountingEntries: { items: Entry[] } }>(
        ENTRIES,
        {},
        accountant,
      );
      // The earlier tests' cards expire too: only these two matter here.
      const ours = [multi.code, single.code].map((c) => `…${c.slice(-4)} `);
      const found = accountingEntries.items.filter(
        (e) => e.sourceKind === 'GIFT_CARD_EXPIRY' && ours.some((o) => e.label.includes(o)),
      );
      return found.length >= 2 ? found : undefined;
    }, 'the write-off entries');
    const byAccount = written
      .map((e) => brief(e))
      .sort((a, b) => String(a[0][0]).localeCompare(String(b[0][0])));
    expect(byAccount).toEqual([
      [
        ['41911', 4000, 0],
        ['7588', 0, 4000],
      ],
      [
        ['487', 2833, 0],
        ['7588', 0, 2833],
      ],
    ]);
    expect(written.every((e) => e.journalCode === 'OD')).toBe(true);
    // Run twice (a redelivered job would be the same): one entry per card expired with money left.
    const counts = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*)::int FROM accounting_entry WHERE source_kind = 'GIFT_CARD_EXPIRY') AS entries,
                  (SELECT count(*)::int FROM gift_card_movement WHERE kind = 'EXPIRE' AND amount_cents < 0) AS cards`,
        )
      )[0] as { entries: number; cards: number };
    await waitFor(async () => {
      const c = await counts();
      return c.entries === c.cards ? c : undefined;
    }, 'one write-off per expired card');
    expect(await t.get(PostingService).postGiftCardExpiry(written[0].sourceId)).toBe('already posted');
    const c = await counts();
    expect(c.entries).toBe(c.cards);
  });

  it("a card sold at the till is not cancelled from the CRM: its ticket's credit note takes it back and reverses 9a' exactly", async () => {
    await forceCategory(null);
    const tills = t.get(CashSessionService);
    const tillId = await openTill('Comptoir carte reprise');
    const saleId = await sell(
      tillId,
      [{ kind: 'GIFT_CARD', unitPriceCents: 10000 }],
      [{ kind: 'CASH', amountCents: 10000 }],
    );
    const { sale } = await ok<{
      sale: { number: number; lines: { id: string }[] };
    }>('query($id: ID!) { sale(id: $id) { number lines { id } } }', { id: saleId });
    const [sold] = (
      await ok<{ soldGiftCards: { giftCard: { id: string; category: string } }[] }>(
        'query($saleId: ID!) { soldGiftCards(saleId: $saleId) { giftCard { id category } } }',
        { saleId },
      )
    ).soldGiftCards;
    expect(sold.giftCard.category).toBe('SINGLE_PURPOSE');
    await tills.close({ tillId, counts: [], by: staffId, now: new Date() });
    const soldDay = await closeAndPost(tillId);
    expect(brief(soldDay)).toEqual([
      ['531', 10000, 0],
      ['487', 0, 8333],
      ['445711', 0, 1667],
    ]);

    const state = async () => ({
      card: (
        await db.query<{ status: string; balance_cents: number }[]>(
          'SELECT status, balance_cents FROM gift_card WHERE id = $1',
          [sold.giftCard.id],
        )
      )[0],
      movements: (
        await db.query<{ kind: string }[]>(
          'SELECT kind FROM gift_card_movement WHERE gift_card_id = $1 ORDER BY occurred_at',
          [sold.giftCard.id],
        )
      ).map((m) => m.kind),
      entries: (await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM accounting_entry'))[0].n,
    });
    const before = await state();
    const refused = await gql(
      t.url,
      'mutation($input: CancelGiftCardInput!) { cancelGiftCard(input: $input) { id status } }',
      { input: { id: sold.giftCard.id, reason: 'Cadeau rendu' } },
      { token: admin },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(
      `Cette carte a été vendue en caisse : elle ne s’annule pas seule. Faites un avoir sur le ticket n° ${sale.number}, qui annule la carte et rembourse l’acheteur.`,
    );
    expect(
      (refused.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field),
    ).toEqual(['input.id']);
    expect(before).toEqual({
      card: { status: 'ACTIVE', balance_cents: 10000 },
      movements: ['ISSUE'],
      entries: before.entries,
    });
    expect(await state()).toEqual(before);

    // The next day, the credit note on its ticket cancels the card; that day's Z turns 9a' over.
    const nextDay = new Date(Date.parse(`${parisDate(new Date())}T12:00:00Z`) + 86_400_000);
    await tills.open({ tillId, counts: [], by: staffId, now: new Date(nextDay.getTime() - 3_600_000) });
    await t.get(CreditNoteService).issue(
      {
        saleId,
        lines: [{ lineId: sale.lines[0].id, quantity: 1 }],
        refunds: [{ kind: 'CASH', amountCents: 10000 }],
        reason: 'Cadeau rendu',
        idempotencyKey: key(),
      },
      { userId: adminId, admin: true, sessionId: randomUUID() },
      nextDay.getTime(),
    );
    expect((await state()).card).toEqual({ status: 'CANCELLED', balance_cents: 0 });
    expect((await state()).movements).toEqual(['ISSUE', 'CANCEL']);
    await tills.close({ tillId, counts: [], by: staffId, now: new Date(nextDay.getTime() + 3_600_000) });
    const creditDay = await closeAndPost(tillId, new Date(nextDay.getTime() + 7_200_000));
    expect(brief(creditDay)).toEqual([
      ['487', 8333, 0],
      ['445711', 1667, 0],
      ['531', 0, 10000],
    ]);
    expect(
      brief(creditDay)
        .map(([a, d, c]) => [a, c, d])
        .sort(),
    ).toEqual(brief(soldDay).sort());
  });
});
