import type { DataSource } from 'typeorm';
import { gql, TestSmtpServer, type GqlResponse } from '@serenaia/test-support';
import { CashSessionService, ClosureService } from '../src/pos/index.js';
import { createCategory, createService, parisDate } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const SALE = `id status totalInclCents lines { id kind vatRateBp totalInclCents }`;
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const CREDIT = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { ${SALE} } }`;
const SOLD = `query($saleId: ID!) { soldGiftCards(saleId: $saleId) { code giftCard { category vatRateBp } } }`;
const VAT_REPORT = `query($period: VatReportPeriodInput!) { vatReport(period: $period) {
  from to outsideScopeCents
  rates { rateBp baseCents vatCents }
  sources { source rateBp baseCents vatCents }
  ca3 { code rateBp baseCents vatCents }
  ca12 { code rateBp baseCents vatCents }
  b2cDailySummary { date transactionCount lines { category rateBp baseCents vatCents } }
} }`;

interface Sale {
  id: string;
  status: string;
  totalInclCents: number;
  lines: { id: string; kind: string; vatRateBp: number; totalInclCents: number }[];
}
interface Amount {
  rateBp: number;
  baseCents: number;
  vatCents: number;
}
interface VatReport {
  from: string;
  to: string;
  outsideScopeCents: number;
  rates: Amount[];
  sources: (Amount & { source: string })[];
  ca3: { code: string; rateBp: number | null; baseCents: number | null; vatCents: number | null }[];
  ca12: { code: string; rateBp: number | null; baseCents: number | null; vatCents: number | null }[];
  b2cDailySummary: {
    date: string;
    transactionCount: number;
    lines: (Amount & { category: string })[];
  }[];
}

describe('accounting: VAT report from the till, the accountant invited', () => {
  let t: TestApp;
  let db: DataSource;
  let smtp: TestSmtpServer;
  let staff: string;
  let staffId: string;
  let admin: string;
  let accountant: string;
  let service: string;
  let cream: string;
  let supplement: string;
  let tillId: string;
  let keys = 0;
  const key = () => `vat-${++keys}-${Date.now()}`;
  const today = parisDate(new Date());
  const [year, month] = today.split('-').map(Number);

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: { SIMULATED_PAYMENTS: '0', SMTP_URL: smtp.url, PUBLIC_URL: 'https://rdv.institut-test.fr' },
    });
    db = t.dataSource;
    await insertInstitute(db);
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    service = await createService(db, await createCategory(db), { minutes: 30, priceCents: 6000 });
    cream = await product('Crème hydratante', 3600, 2000);
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`Comptoir TVA ${Date.now()}`);
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
    tillId = till.id;
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  function as<T>(query: string, variables: Record<string, unknown>, token: string): Promise<GqlResponse<T>> {
    return gql<T>(t.url, query, variables, { token });
  }
  async function ok<T>(query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
    const res = await as<T>(query, variables, token);
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  const fieldOf = (res: GqlResponse<unknown>) =>
    (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);

  async function product(name: string, priceCents: number, vatRateBp: number): Promise<string> {
    const { upsertProduct } = await ok<{ upsertProduct: { id: string } }>(
      'mutation($input: UpsertProductInput!) { upsertProduct(input: $input) { id } }',
      { input: { name, priceCents, vatRateBp, costCents: 100, kind: 'RETAIL' } },
      admin,
    );
    await ok('mutation($input: RecordStockMovementInput!) { recordStockMovement(input: $input) { id } }', {
      input: { productId: upsertProduct.id, kind: 'RECEIPT', quantity: 20 },
    });
    return upsertProduct.id;
  }

  /** A ticket with `lines`, paid with `tenders` (in order). */
  async function sell(lines: Record<string, unknown>[], tenders: Record<string, unknown>[]): Promise<Sale> {
    let sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId } })).openSale;
    for (const line of lines) {
      sale = (await ok<{ addSaleLine: Sale }>(ADD, { input: { saleId: sale.id, ...line } })).addSaleLine;
    }
    for (const tender of tenders) {
      sale = (
        await ok<{ paySale: Sale }>(PAY, { input: { saleId: sale.id, idempotencyKey: key(), ...tender } })
      ).paySale;
    }
    expect(sale.status).toBe('COMPLETED');
    return sale;
  }

  describe('a day at the till, closed (Z)', () => {
    let zVat: Amount[];
    let zTransactions: number;
    let report: VatReport;

    beforeAll(async () => {
      // 1. A 60 € card while every supply is at 20 %: single-purpose, its VAT due now (ACCOUNTING.md 9a').
      const cardSale = await sell(
        [{ kind: 'GIFT_CARD', unitPriceCents: 6000 }],
        [{ kind: 'CASH', amountCents: 6000 }],
      );
      const [sold] = (
        await ok<{ soldGiftCards: { code: string; giftCard: { category: string } }[] }>(SOLD, {
          saleId: cardSale.id,
        })
      ).soldGiftCards;
      expect(sold.giftCard.category).toBe('SINGLE_PURPOSE');
      // 2. A facial paid with that card: not taxed again (3b).
      await sell(
        [{ kind: 'SERVICE', referenceId: service }],
        [{ kind: 'GIFT_CARD', amountCents: 6000, reference: sold.code }],
      );
      // 3. The ACCOUNTING.md sample (facial 60 € + cream 36 €) by card, then the cream returned (7).
      const sample = await sell(
        [
          { kind: 'SERVICE', referenceId: service },
          { kind: 'PRODUCT', productId: cream, quantity: 1 },
        ],
        [{ kind: 'CARD_OTHER', amountCents: 9600 }],
      );
      const creamLine = sample.lines.find((l) => l.kind === 'PRODUCT');
      await ok(CREDIT, {
        input: {
          saleId: sample.id,
          lines: [{ lineId: creamLine?.id, quantity: 1 }],
          refunds: [{ kind: 'CASH', amountCents: 3600 }],
          reason: 'Produit rapporté',
          idempotencyKey: key(),
        },
      });
      // 4. A food supplement at 5,5 %, cash.
      supplement = await product('Complément alimentaire', 1055, 550);
      await sell(
        [{ kind: 'PRODUCT', productId: supplement, quantity: 1 }],
        [{ kind: 'CASH', amountCents: 1055 }],
      );

      const closure = await t.get(ClosureService).closePeriod({
        tillId,
        period: 'DAY',
        date: today,
        now: new Date(),
        actorUserId: staffId,
      });
      const [z]: { payload: { vatTotals: Amount[]; ticketCount: number; creditNoteCount: number } }[] =
        await db.query(`SELECT payload FROM pos_journal WHERE id = $1`, [closure.id]);
      zVat = z.payload.vatTotals;
      zTransactions = z.payload.ticketCount + z.payload.creditNoteCount;
      report = (await ok<{ vatReport: VatReport }>(VAT_REPORT, { period: { year, month } }, accountant))
        .vatReport;
    });

    it('the till sales of the report are the Z closure, rate by rate', () => {
      expect(zVat).toEqual([
        { rateBp: 550, baseCents: 1000, vatCents: 55 },
        { rateBp: 2000, baseCents: 15000, vatCents: 3000 },
      ]);
      const pos = report.sources.filter((s) => s.source === 'POS_SALES');
      expect(pos.map(({ rateBp, baseCents, vatCents }) => ({ rateBp, baseCents, vatCents }))).toEqual(
        [...zVat].sort((a, b) => b.rateBp - a.rateBp),
      );
    });

    it('takes the single-purpose card spent at the till off (its VAT was due at its sale)', () => {
      expect(report.sources).toContainEqual({
        source: 'SINGLE_PURPOSE_REDEEMED',
        rateBp: 2000,
        baseCents: -5000,
        vatCents: -1000,
      });
      expect(report.rates).toEqual([
        { rateBp: 2000, baseCents: 10000, vatCents: 2000 },
        { rateBp: 550, baseCents: 1000, vatCents: 55 },
      ]);
      expect(report).toMatchObject({
        from: `${today.slice(0, 7)}-01`,
        outsideScopeCents: 0,
      });
    });

    it('lays it out as the CA3 and CA12 lines', () => {
      expect(report.ca3.map((l) => [l.code, l.baseCents, l.vatCents])).toEqual([
        ['A1', 11000, null],
        ['E2', 0, null],
        ['08', 10000, 2000],
        ['09', 1000, 55],
        ['16', null, 2055],
        ['23', null, 0],
        ['TD', null, 2055],
      ]);
      expect(report.ca12.find((l) => l.code === '5A')).toMatchObject({ baseCents: 10000, vatCents: 2000 });
    });

    it('the VE entry of the Z credits the VAT accounts with the VAT due: the report adds up with the books', async () => {
      const entry = await waitFor(async () => {
        const res = await ok<{
          accountingEntries: {
            items: { lines: { accountNumber: string; creditCents: number; debitCents: number }[] }[];
          };
        }>(
          `{ accountingEntries(filter: {journalCode: "VE"}) { items { lines { accountNumber debitCents creditCents } } } }`,
          {},
          accountant,
        );
        return res.accountingEntries.items[0];
      }, 'the Z entry');
      const vatOf = (account: string) =>
        entry.lines
          .filter((l) => l.accountNumber === account)
          .reduce((s, l) => s + l.creditCents - l.debitCents, 0);
      // The Z says 30 € at 20 %; 10 € of it was the single-purpose card's, declared when it was sold
      // (case 3b): the entry credits 20 €, the report's VAT due.
      expect(vatOf('445711')).toBe(report.rates.find((r) => r.rateBp === 2000)?.vatCents);
      expect(vatOf('445711')).toBe(2000);
      expect(vatOf('445713')).toBe(zVat.find((v) => v.rateBp === 550)?.vatCents);
      expect(vatOf('445713')).toBe(report.rates.find((r) => r.rateBp === 550)?.vatCents);
    });

    it('gives the B2C daily summary: goods or services per rate, and the transactions', () => {
      expect(report.b2cDailySummary).toEqual([
        {
          date: today,
          transactionCount: zTransactions,
          lines: [
            { category: 'GOODS', rateBp: 2000, baseCents: 0, vatCents: 0 },
            { category: 'GOODS', rateBp: 550, baseCents: 1000, vatCents: 55 },
            { category: 'SERVICES', rateBp: 2000, baseCents: 15000, vatCents: 3000 },
          ],
        },
      ]);
      expect(zTransactions).toBe(5);
    });

    it('exports the entry lines as CSV through a signed link (BOM, semicolons, comma decimals)', async () => {
      const CSV = `mutation($input: AccountingEntriesCsvInput!) { accountingEntriesCsv(input: $input) { url fileName } }`;
      const { accountingEntriesCsv } = await ok<{ accountingEntriesCsv: { url: string; fileName: string } }>(
        CSV,
        { input: { from: today, to: today } },
        accountant,
      );
      expect(accountingEntriesCsv.fileName).toBe(`ecritures-${today}-${today}.csv`);
      const local = (url: string) => `${t.url}${new URL(url).pathname}${new URL(url).search}`;
      const res = await fetch(local(accountingEntriesCsv.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe('Date;Journal;Compte;Libellé;Pièce;Débit;Crédit;Lettrage;ÉcritureNum');
      const [d, m, y] = [today.slice(8), today.slice(5, 7), today.slice(0, 4)];
      const vat = lines.find((l) => l.split(';')[2] === '445711')?.split(';');
      expect(vat).toEqual([
        `${d}/${m}/${y}`,
        'VE',
        '445711',
        expect.stringMatching(/^Z n° \d+ /),
        expect.stringMatching(/^Z\d+$/),
        '',
        '20,00',
        '',
        '',
      ]);
      const cells = lines.slice(1, -1).map((l) => l.split(';'));
      const cents = (v: string) => (v === '' ? 0 : Math.round(Number(v.replace(',', '.')) * 100));
      expect(cells.reduce((s, c) => s + cents(c[5]), 0)).toBe(cells.reduce((s, c) => s + cents(c[6]), 0));
      expect(lines.at(-1)).toBe('');
      // Validated only: nothing is validated yet, the file is its header.
      const validated = await ok<{ accountingEntriesCsv: { url: string } }>(
        CSV,
        { input: { from: today, to: today, validatedOnly: true } },
        admin,
      );
      expect(
        (await (await fetch(local(validated.accountingEntriesCsv.url))).text()).split('\r\n'),
      ).toHaveLength(2);
      // A forged token is refused.
      const forged = await fetch(
        local(accountingEntriesCsv.url).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      );
      expect(forged.status).toBe(403);
      const staffTry = await as(CSV, { input: { from: today, to: today } }, staff);
      expect(staffTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('the same month asked as a date range or as its quarter includes the same day', async () => {
      const quarter = Math.floor((month - 1) / 3) + 1;
      const byQuarter = (await ok<{ vatReport: VatReport }>(VAT_REPORT, { period: { year, quarter } }, admin))
        .vatReport;
      expect(byQuarter.rates).toEqual(report.rates);
      const byRange = (
        await ok<{ vatReport: VatReport }>(VAT_REPORT, { period: { from: today, to: today } }, admin)
      ).vatReport;
      expect(byRange.rates).toEqual(report.rates);
    });
  });

  it('refuses an incomplete or contradictory period with the field at fault', async () => {
    const noMonth = await as(VAT_REPORT, { period: { year: 2026 } }, accountant);
    expect(noMonth.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldOf(noMonth)).toEqual(['period.month']);
    const reversed = await as(VAT_REPORT, { period: { from: '2026-03-31', to: '2026-03-01' } }, accountant);
    expect(fieldOf(reversed)).toEqual(['period.to']);
    const tooLong = await as(VAT_REPORT, { period: { from: '2024-01-01', to: '2026-01-01' } }, accountant);
    expect(tooLong.errors?.[0]?.message).toBe('Une déclaration de TVA couvre au plus un an.');
    const badQuarter = await as(VAT_REPORT, { period: { year: 2026, quarter: 5 } }, accountant);
    expect(badQuarter.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the VAT report to the front desk', async () => {
    const res = await as(VAT_REPORT, { period: { year, month } }, staff);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('inviteAccountant', () => {
    const INVITE = `mutation($input: InviteAccountantInput!) { inviteAccountant(input: $input) {
      id email firstName lastName role invitationPending } }`;

    it('creates an ACCOUNTANT account and e-mails the link to choose a password', async () => {
      const res = await ok<{
        inviteAccountant: { id: string; email: string; firstName: string; lastName: string; role: string };
      }>(
        INVITE,
        { input: { email: 'Claire.Compta@Cabinet.test', name: '  Claire   Dupont Martin ' } },
        admin,
      );
      expect(res.inviteAccountant).toMatchObject({
        email: 'claire.compta@cabinet.test',
        firstName: 'Claire',
        lastName: 'Dupont Martin',
        role: 'ACCOUNTANT',
        invitationPending: true,
      });
      const mail = await waitFor(() => smtp.to('claire.compta@cabinet.test')[0], 'the invitation');
      expect(mail.subject).toBe('Invitation à rejoindre Institut Test sur Sérénaia');
      expect(mail.text).toMatch(/https:\/\/rdv\.institut-test\.fr\/crm\/mot-de-passe\?jeton=[A-Za-z0-9_-]+/);
      expect(mail.text).toContain('Claire');
    });

    it('refuses an address already used, naming the field', async () => {
      const res = await as(INVITE, { input: { email: 'claire.compta@cabinet.test', name: 'Autre' } }, admin);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toBe('Un compte existe déjà avec cette adresse e-mail.');
      expect(fieldOf(res)).toEqual(['input.email']);
      const blank = await as(INVITE, { input: { email: 'new@cabinet.test', name: '   ' } }, admin);
      expect(fieldOf(blank)).toEqual(['input.name']);
    });

    it('is refused to staff and to the accountant', async () => {
      for (const token of [staff, accountant]) {
        const res = await as(INVITE, { input: { email: `x-${key()}@cabinet.test`, name: 'X Y' } }, token);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const [{ n }]: { n: string }[] = await db.query(
        `SELECT count(*) AS n FROM app_user WHERE email LIKE 'x-%'`,
      );
      expect(Number(n)).toBe(0);
    });
  });
});
