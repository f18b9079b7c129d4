import type { DataSource } from 'typeorm';
import { gql } from '@serenaia/test-support';
import { GiftCardRevivalPosting, validateFecText } from '../src/accounting/index.js';
import { GiftCardExpiryService } from '../src/gift-card/index.js';
import { CashSessionService } from '../src/pos/index.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

interface Entry {
  id: string;
  sourceKind: string;
  sourceId: string;
  journalCode: string;
  entryDate: string;
  pieceRef: string;
  lines: { accountNumber: string; debitCents: number; creditCents: number }[];
}
const ENTRY =
  'id sourceKind sourceId journalCode entryDate pieceRef lines { accountNumber debitCents creditCents }';
const ENTRIES = `query { accountingEntries(page: {limit: 200}) { items { ${ENTRY} } } }`;
const PAYOUT = `mutation($input: RecordPayoutInput!) { recordPayout(input: $input) {
  id provider providerPayoutId paidOn grossCents feeCents netCents entryId } }`;
const BANK = `mutation($input: RecordCashBankingInput!) { recordCashBanking(input: $input) {
  id tillName amountCents depositedOn creditedOn slipRef } }`;
const CREDIT = `mutation($input: RecordCashBankingCreditInput!) { recordCashBankingCredit(input: $input) { id creditedOn } }`;
const OPENING = `mutation($input: RecordOpeningEntryInput!) { recordOpeningEntry(input: $input) { ${ENTRY} } }`;
const brief = (e: Entry) => e.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);

/**
 * ACCOUNTING.md cases 2, 8 and 8b and the opening entry, from the real mutations: payouts typed from a
 * provider's statement, cash taken from a till to the bank, the accountant's opening balances; then the
 * year's FEC (opening entry first) passes the validator. Every date is a fixed day of 2025 (in the past).
 */
describe('accounting: payouts, cash banked and the opening entry', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let staffId: string;
  let accountant: string;
  let admin: string;
  let client: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    await insertInstitute(db);
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    client = (await loginAs(t.url, await createUser(db, 'CLIENT'))).accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await gql<T>(t.url, query, variables, { token });
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  /** The refusal of a bad input: its code and its fields with their French messages. */
  async function refused(query: string, variables: Record<string, unknown>, token: string) {
    const res = await gql(t.url, query, variables, { token });
    const error = res.errors?.[0] as {
      extensions?: { code?: string; fields?: { field: string; message: string }[] };
    };
    return { code: error?.extensions?.code, fields: error?.extensions?.fields ?? [] };
  }
  const entries = async () =>
    (await ok<{ accountingEntries: { items: Entry[] } }>(ENTRIES, {}, accountant)).accountingEntries.items;
  const entriesOf = async (sourceId: string) => (await entries()).filter((e) => e.sourceId === sourceId);

  it('8: a Stripe payout typed by the accountant → 512 29,30 · 6278 0,70 / 467STR 30; the same payout id once', async () => {
    const input = {
      provider: 'STRIPE',
      providerPayoutId: 'po_1QaBcD',
      paidOn: '2025-03-03',
      grossCents: 3000,
      feeCents: 70,
      netCents: 2930,
    };
    const { recordPayout } = await ok<{ recordPayout: { id: string; entryId: string } }>(
      PAYOUT,
      { input },
      accountant,
    );
    const again = await ok<{ recordPayout: { id: string } }>(PAYOUT, { input }, admin);
    expect(again.recordPayout.id).toBe(recordPayout.id);
    const [entry, ...more] = await entriesOf(recordPayout.id);
    expect(more).toHaveLength(0);
    expect(entry).toMatchObject({
      id: recordPayout.entryId,
      journalCode: 'BQ',
      entryDate: '2025-03-03',
      pieceRef: 'po_1QaBcD',
    });
    expect(brief(entry)).toEqual([
      ['512', 2930, 0],
      ['6278', 70, 0],
      ['467STR', 0, 3000],
    ]);
  });

  it('8b: a SumUp payout of 96 € → 512 94,32 · 6278 1,68 / 5115 96', async () => {
    const { recordPayout } = await ok<{ recordPayout: { id: string } }>(
      PAYOUT,
      { input: { provider: 'SUMUP', paidOn: '2025-03-04', grossCents: 9600, feeCents: 168, netCents: 9432 } },
      admin,
    );
    const [entry] = await entriesOf(recordPayout.id);
    expect(brief(entry)).toEqual([
      ['512', 9432, 0],
      ['6278', 168, 0],
      ['5115', 0, 9600],
    ]);
    const { payouts } = await ok<{ payouts: { provider: string }[] }>(
      '{ payouts { provider } }',
      {},
      accountant,
    );
    expect(payouts.map((p) => p.provider)).toEqual(['SUMUP', 'STRIPE']);
  });

  it('a payout whose net is not gross − fees is refused, naming the net, and nothing is written', async () => {
    const before = (await entries()).length;
    const r = await refused(
      PAYOUT,
      {
        input: { provider: 'PAYPAL', paidOn: '2025-03-05', grossCents: 5000, feeCents: 120, netCents: 4900 },
      },
      accountant,
    );
    expect(r).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.netCents', message: 'Le net doit être égal au brut moins les frais : 48,80 €.' },
      ],
    });
    expect((await entries()).length).toBe(before);
    const valid = {
      provider: 'PAYPAL',
      paidOn: '2025-03-05',
      grossCents: 5000,
      feeCents: 120,
      netCents: 4880,
    };
    const asStaff = await gql(t.url, PAYOUT, { input: valid }, { token: staff });
    expect(asStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await entries()).length).toBe(before);
  });

  it("2: staff bank the cash counted at the till's closing: 580 / 531, then 512 / 580 when credited; never more than counted", async () => {
    const tills = t.get(CashSessionService);
    const till = await tills.createTill('Comptoir banque');
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
    // 96 € counted at the close: two 20 € notes, five 10 € notes, three 2 € coins.
    await tills.close({
      tillId: till.id,
      counts: [
        { denominationCents: 2000, count: 2 },
        { denominationCents: 1000, count: 5 },
        { denominationCents: 200, count: 3 },
      ],
      by: staffId,
      now: new Date(),
    });
    const deposit = { tillId: till.id, amountCents: 6000, depositedOn: '2025-03-05', slipRef: 'BR-0042' };
    const { recordCashBanking: first } = await ok<{ recordCashBanking: { id: string; tillName: string } }>(
      BANK,
      { input: deposit },
      staff,
    );
    expect(first.tillName).toBe('Comptoir banque');
    const [out] = await entriesOf(first.id);
    expect(out).toMatchObject({ journalCode: 'CA', entryDate: '2025-03-05', pieceRef: 'BR-0042' });
    expect(brief(out)).toEqual([
      ['580', 6000, 0],
      ['531', 0, 6000],
    ]);

    // 36 € are left of the 96 € counted.
    const tooMuch = await refused(BANK, { input: { ...deposit, amountCents: 3700, slipRef: null } }, staff);
    expect(tooMuch.fields).toEqual([
      {
        field: 'input.amountCents',
        message:
          "La caisse ne contient que 36,00 € d'espèces comptées : la remise ne peut pas dépasser ce montant.",
      },
    ]);
    expect((await gql(t.url, BANK, { input: deposit }, { token: client })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    // The bank's credit, later: 512 / 580, once.
    const early = await refused(CREDIT, { input: { id: first.id, creditedOn: '2025-03-04' } }, staff);
    expect(early.fields.map((f) => f.field)).toEqual(['input.creditedOn']);
    await ok(CREDIT, { input: { id: first.id, creditedOn: '2025-03-07' } }, accountant);
    const twice = await refused(CREDIT, { input: { id: first.id, creditedOn: '2025-03-07' } }, accountant);
    expect(twice.code).toBe('CONFLICT');
    const both = await entriesOf(first.id);
    expect(both.map((e) => [e.journalCode, e.entryDate, ...brief(e)])).toEqual([
      ['CA', '2025-03-05', ['580', 6000, 0], ['531', 0, 6000]],
      ['BQ', '2025-03-07', ['512', 6000, 0], ['580', 0, 6000]],
    ]);

    // The rest in one action with both dates.
    const { recordCashBanking: rest } = await ok<{ recordCashBanking: { id: string; creditedOn: string } }>(
      BANK,
      {
        input: {
          ...deposit,
          amountCents: 3600,
          slipRef: null,
          depositedOn: '2025-03-10',
          creditedOn: '2025-03-10',
        },
      },
      admin,
    );
    expect(rest.creditedOn).toBe('2025-03-10');
    expect((await entriesOf(rest.id)).map((e) => e.journalCode)).toEqual(['BQ', 'CA']);
  });

  it('an extension reviving an expired card reverses its write-off once (9c reversed)', async () => {
    const tills = t.get(CashSessionService);
    const till = await tills.createTill('Comptoir cartes');
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
    await db.query(
      `INSERT INTO gift_card_settings (id, validity_months, forced_category) VALUES (1, 12, 'MULTI_PURPOSE')
       ON CONFLICT (id) DO UPDATE SET forced_category = 'MULTI_PURPOSE'`,
    );
    const sale = (
      await ok<{ openSale: { id: string } }>(
        'mutation($input: OpenSaleInput!) { openSale(input: $input) { id } }',
        { input: { tillId: till.id } },
        staff,
      )
    ).openSale;
    await ok(
      'mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { id } }',
      { input: { saleId: sale.id, kind: 'GIFT_CARD', unitPriceCents: 4000 } },
      staff,
    );
    await ok(
      'mutation($input: PaySaleInput!) { paySale(input: $input) { id } }',
      { input: { saleId: sale.id, idempotencyKey: 'banking-card-1', kind: 'CASH', amountCents: 4000 } },
      staff,
    );
    const [sold] = (
      await ok<{ soldGiftCards: { giftCard: { id: string; last4: string } }[] }>(
        'query($saleId: ID!) { soldGiftCards(saleId: $saleId) { giftCard { id last4 } } }',
        { saleId: sale.id },
        staff,
      )
    ).soldGiftCards;
    // Thirteen months on, the card is past its date with its 40 € unused: written off (9c).
    await t.get(GiftCardExpiryService).expireDue(Date.now() + 396 * 86_400_000);
    const ofCard = (kind: string) => async () => {
      const found = (await entries()).filter(
        (e) => e.sourceKind === kind && e.lines.length > 0 && e.pieceRef.endsWith(sold.giftCard.last4),
      );
      return found.length > 0 ? found : undefined;
    };
    const [writeOff] = await waitFor(ofCard('GIFT_CARD_EXPIRY'), 'the write-off');
    expect(brief(writeOff)).toEqual([
      ['41911', 4000, 0],
      ['7588', 0, 4000],
    ]);
    // An ADMIN extends it to a date two years on: the 40 € come back to the card, and to 4191x.
    const lastValidDate = new Date(Date.now() + 2 * 366 * 86_400_000).toISOString().slice(0, 10);
    await ok(
      'mutation($input: ExtendGiftCardInput!) { extendGiftCard(input: $input) { id } }',
      { input: { id: sold.giftCard.id, lastValidDate, reason: 'Geste commercial' } },
      admin,
    );
    const [revival, ...more] = await waitFor(ofCard('GIFT_CARD_REVIVAL'), 'the reversal');
    expect(more).toHaveLength(0);
    expect(revival.journalCode).toBe('OD');
    expect(brief(revival)).toEqual([
      ['7588', 4000, 0],
      ['41911', 0, 4000],
    ]);
    expect(await t.get(GiftCardRevivalPosting).post(revival.sourceId)).toBe('already posted');
  });

  it('the opening entry (AN) balances, is recorded once per fiscal year, and comes first in the FEC', async () => {
    // The year's other entries are validated before the opening entry is typed.
    await ok(
      'mutation { validateEntries(input: {through: "2025-12-31"}) { validatedCount } }',
      {},
      accountant,
    );
    const lines = [
      {
        accountNumber: '101300',
        accountLabel: 'Capital souscrit - appelé, versé',
        debitCents: 0,
        creditCents: 800000,
      },
      { accountNumber: '512', debitCents: 750000, creditCents: 0 },
      { accountNumber: '531', debitCents: 50000, creditCents: 0 },
    ];
    const unbalanced = await refused(
      OPENING,
      { input: { fiscalYear: 2025, lines: [lines[0], { ...lines[1], debitCents: 700000 }] } },
      accountant,
    );
    expect(unbalanced.fields).toEqual([
      {
        field: 'input.lines',
        message: "L'écriture n'est pas équilibrée : débit 7000,00 €, crédit 8000,00 €.",
      },
    ]);
    const { recordOpeningEntry } = await ok<{ recordOpeningEntry: Entry }>(
      OPENING,
      { input: { fiscalYear: 2025, lines } },
      accountant,
    );
    expect(recordOpeningEntry).toMatchObject({
      journalCode: 'AN',
      entryDate: '2025-01-01',
      sourceKind: 'OPENING',
    });
    expect(brief(recordOpeningEntry)).toEqual([
      ['512', 750000, 0],
      ['531', 50000, 0],
      ['101300', 0, 800000],
    ]);
    expect((await refused(OPENING, { input: { fiscalYear: 2025, lines } }, admin)).code).toBe('CONFLICT');
    await ok(
      'mutation { validateEntries(input: {through: "2025-12-31"}) { validatedCount } }',
      {},
      accountant,
    );

    const { fecExport } = await ok<{
      fecExport: { url: string; report: { ok: boolean; entryCount: number; findingCount: number } };
    }>(
      'mutation { fecExport(input: {from: "2025-01-01", to: "2025-12-31"}) { url report { ok entryCount findingCount } } }',
      {},
      accountant,
    );
    // Two payouts, a deposit and its credit, the rest banked (two entries), the opening entry.
    expect(fecExport.report).toEqual({ ok: true, entryCount: 7, findingCount: 0 });
    const local = new URL(fecExport.url);
    const text = await (await fetch(`${t.url}${local.pathname}${local.search}`)).text();
    const rows = text
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split('\t'));
    expect(rows.slice(0, 3).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['AN', '1', '512'],
      ['AN', '1', '531'],
      ['AN', '1', '101300'],
    ]);
    expect(rows.slice(3).every((r) => r[0] !== 'AN')).toBe(true);
    expect(validateFecText(text, { from: '2025-01-01', to: '2025-12-31' })).toMatchObject({
      ok: true,
      entryCount: 7,
    });
  });
});
