import { inflateSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { gql, TestSmtpServer, type GqlResponse } from '@serenaia/test-support';
import { CashSessionService } from '../src/pos/index.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';

const RECEIPT = `saleId kind title number tillName issuedAt issuedAtLocal clientName
  institute { name addressLines siret vatNumber }
  lines { label quantity unitPriceCents discountCents totalExclCents vatRateBp totalInclCents }
  vatTotals { rateBp baseCents vatCents totalInclCents }
  totalExclCents totalVatCents totalInclCents
  tenders { kind label amountCents givenCents changeCents } changeCents shortHash
  duplicate { number printedAtLocal }`;
const GET = `query($id: ID!) { saleReceipt(saleId: $id) { ${RECEIPT} } }`;
const REPRINT = `mutation($input: ReprintSaleReceiptInput!) { reprintSaleReceipt(input: $input) { ${RECEIPT} } }`;
const SEND = `mutation($input: SendSaleReceiptInput!) { sendSaleReceipt(input: $input) { email } }`;
const LINK = `query($id: ID!, $format: ReceiptFormat) { saleReceiptPdfLink(saleId: $id, format: $format) { url expiresAt } }`;

interface Receipt {
  title: string;
  number: number;
  tillName: string;
  issuedAtLocal: string;
  clientName: string | null;
  institute: { name: string; addressLines: string[]; siret: string; vatNumber: string | null };
  lines: { label: string; quantity: number; totalInclCents: number; vatRateBp: number }[];
  vatTotals: { rateBp: number; baseCents: number; vatCents: number; totalInclCents: number }[];
  totalExclCents: number;
  totalVatCents: number;
  totalInclCents: number;
  tenders: { kind: string; amountCents: number; givenCents: number; changeCents: number }[];
  changeCents: number;
  shortHash: string;
  duplicate: { number: number; printedAtLocal: string } | null;
}

/** The text a PDF shows: content streams inflated, hex strings of the core fonts decoded (WinAnsi ≈ latin1). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = streams.exec(raw); m !== null; m = streams.exec(raw)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      body = m[1];
    }
    const hex = /<([0-9a-fA-F]+)>/g;
    for (let h = hex.exec(body); h !== null; h = hex.exec(body)) {
      parts.push(Buffer.from(h[1], 'hex').toString('latin1'));
    }
    parts.push('\n');
  }
  return parts.join('');
}

describe('point of sale: receipts', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let admin: string;
  let accountant: string;
  let client: string;
  let staffId: string;
  let tillId: string;
  let saleId: string;
  let clientId: string;
  let keys = 0;
  const key = () => `receipt-click-${++keys}`;

  const as = <T>(query: string, variables: Record<string, unknown>, token: string): Promise<GqlResponse<T>> =>
    gql<T>(t.url, query, variables, { token });
  async function ok<T>(query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
    const res = await as<T>(query, variables, token);
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Institut Test <caisse@institut-test.fr>' },
    });
    db = t.dataSource;
    await insertInstitute(db);
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    client = (await loginAs(t.url, await createUser(db, 'CLIENT'))).accessToken;
    const tills = t.get(CashSessionService);
    const till = await tills.createTill('Accueil reçus');
    tillId = till.id;
    await tills.open({ tillId, counts: [], by: staffId, now: new Date() });
    const rows: { id: string }[] = await db.query(
      `INSERT INTO client (first_name, last_name, email) VALUES ('Nora', 'Reçu', 'nora.recu@exemple.fr') RETURNING id`,
    );
    clientId = rows[0].id;

    // A mixed-VAT ticket: a 60 € service at 20 % and 2 × 5,28 € at 5,5 %, paid 20 € cash (change) + card.
    const S = 'id status number';
    const opened = await ok<{ openSale: { id: string } }>(
      `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${S} } }`,
      { input: { tillId, clientId } },
    );
    saleId = opened.openSale.id;
    const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${S} } }`;
    await ok(ADD, {
      input: { saleId, kind: 'FREE', label: 'Soin visage éclat', unitPriceCents: 6000, vatRateBp: 2000 },
    });
    await ok(ADD, {
      input: { saleId, kind: 'FREE', label: 'Tisane bio', quantity: 2, unitPriceCents: 528, vatRateBp: 550 },
    });
    const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${S} } }`;
    await ok(PAY, { input: { saleId, kind: 'CARD_OTHER', amountCents: 6000, idempotencyKey: key() } });
    const paid = await ok<{ paySale: { status: string } }>(PAY, {
      input: { saleId, kind: 'CASH', amountCents: 2000, idempotencyKey: key() },
    });
    expect(paid.paySale.status).toBe('COMPLETED');
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('states every mention the law asks for, from the journal record', async () => {
    const { saleReceipt: r } = await ok<{ saleReceipt: Receipt }>(GET, { id: saleId });
    const completed: { completed_at: Date; journal_number: number; journal_short_hash: string }[] =
      await db.query('SELECT completed_at, journal_number, journal_short_hash FROM sale WHERE id = $1', [
        saleId,
      ]);
    expect(r.institute).toEqual({
      name: 'Institut Test',
      addressLines: ['1 rue de la Paix', '75002 Paris'],
      siret: '91234567500017',
      vatNumber: 'FR65912345675',
    });
    expect(r.title).toBe(`Ticket n° ${completed[0].journal_number}`);
    expect(r.tillName).toBe('Accueil reçus');
    const paris = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      dateStyle: 'short',
      timeStyle: 'medium',
    })
      .format(completed[0].completed_at)
      .replace(' ', ' ');
    expect(r.issuedAtLocal).toBe(paris);
    expect(r.clientName).toBe('Nora Reçu');
    expect(r.lines).toEqual([
      expect.objectContaining({
        label: 'Soin visage éclat',
        quantity: 1,
        vatRateBp: 2000,
        totalInclCents: 6000,
      }),
      expect.objectContaining({ label: 'Tisane bio', quantity: 2, vatRateBp: 550, totalInclCents: 1056 }),
    ]);
    expect(r.vatTotals).toEqual([
      { rateBp: 550, baseCents: 1001, vatCents: 55, totalInclCents: 1056 },
      { rateBp: 2000, baseCents: 5000, vatCents: 1000, totalInclCents: 6000 },
    ]);
    expect([r.totalExclCents, r.totalVatCents, r.totalInclCents]).toEqual([6001, 1055, 7056]);
    expect(r.tenders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'CARD_OTHER', amountCents: 6000, changeCents: 0 }),
        expect.objectContaining({ kind: 'CASH', amountCents: 1056, givenCents: 2000, changeCents: 944 }),
      ]),
    );
    expect(r.changeCents).toBe(944);
    expect(r.shortHash).toBe(completed[0].journal_short_hash);
    expect(r.duplicate).toBeNull();
  });

  it('reprints as DUPLICATA n° 1, 2, chained in the journal, which still verifies', async () => {
    const first = await ok<{ reprintSaleReceipt: Receipt }>(REPRINT, { input: { saleId } });
    const second = await ok<{ reprintSaleReceipt: Receipt }>(REPRINT, { input: { saleId } }, admin);
    expect(first.reprintSaleReceipt.duplicate?.number).toBe(1);
    expect(second.reprintSaleReceipt.duplicate?.number).toBe(2);
    expect(second.reprintSaleReceipt.totalInclCents).toBe(7056);
    const records: { kind: string; number: number; payload: { saleId: string }; prev_hash: string }[] =
      await db.query(
        `SELECT kind, number, payload, prev_hash FROM pos_journal WHERE till_id = $1 AND kind = 'DUPLICATE' ORDER BY seq`,
        [tillId],
      );
    expect(records.map((r) => [r.number, r.payload.saleId])).toEqual([
      [1, saleId],
      [2, saleId],
    ]);
    const { verifyJournal } = await ok<{ verifyJournal: { ok: boolean; recordsChecked: number } }>(
      'mutation($input: JournalRangeInput!) { verifyJournal(input: $input) { ok recordsChecked } }',
      { input: { tillId } },
      admin,
    );
    expect(verifyJournal.ok).toBe(true);
  });

  it('e-mails the receipt to the client by default, or to the address given', async () => {
    const sent = await ok<{ sendSaleReceipt: { email: string } }>(SEND, { input: { saleId } });
    expect(sent.sendSaleReceipt.email).toBe('nora.recu@exemple.fr');
    const mail = await smtp.mailTo('nora.recu@exemple.fr');
    expect(mail.subject).toContain('Ticket n°');
    expect(mail.text).toContain('Soin visage éclat');
    expect(mail.text).toContain('70,56');
    expect(mail.attachments).toEqual([expect.stringMatching(/^ticket-\d+\.pdf$/)]);

    await ok(SEND, { input: { saleId, email: 'autre@exemple.fr' } });
    expect((await smtp.mailTo('autre@exemple.fr')).subject).toContain('Institut Test');
  });

  it('refuses in French when there is no address, and a malformed one', async () => {
    const opened = await ok<{ openSale: { id: string } }>(
      'mutation($input: OpenSaleInput!) { openSale(input: $input) { id } }',
      { input: { tillId } },
    );
    const id = opened.openSale.id;
    await ok('mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { id } }', {
      input: { saleId: id, kind: 'FREE', label: 'Vernis', unitPriceCents: 1200, vatRateBp: 2000 },
    });
    const open = await as(SEND, { input: { saleId: id } }, staff);
    expect(open.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(open.errors?.[0]?.message).toContain('pas encore encaissé');
    await ok('mutation($input: PaySaleInput!) { paySale(input: $input) { id } }', {
      input: { saleId: id, kind: 'CHEQUE', amountCents: 1200, idempotencyKey: key() },
    });
    const none = await as(SEND, { input: { saleId: id } }, staff);
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'email', message: expect.stringContaining('Aucun client') })],
    });
    const bad = await as(SEND, { input: { saleId: id, email: 'pas-une-adresse' } }, staff);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.email', message: 'Adresse e-mail invalide.' })],
    });
  });

  it('filters the sales by amount (absolute total including VAT)', async () => {
    const LIST = `query($filter: SalesFilterInput) { sales(filter: $filter) { total items { id totalInclCents } } }`;
    const within = await ok<{ sales: { items: { id: string }[] } }>(
      LIST,
      { filter: { tillId, minTotalCents: 7056, maxTotalCents: 7056 } },
      accountant,
    );
    expect(within.sales.items.map((s) => s.id)).toEqual([saleId]);
    const below = await ok<{ sales: { items: { totalInclCents: number }[] } }>(LIST, {
      filter: { tillId, maxTotalCents: 7055 },
    });
    expect(below.sales.items.every((s) => Math.abs(s.totalInclCents) <= 7055)).toBe(true);
    expect(below.sales.items.length).toBeGreaterThan(0);
    const bad = await as(LIST, { filter: { minTotalCents: -1 } }, staff);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves the PDF through a signed, short-lived link: receipt and A4 note', async () => {
    const { saleReceiptPdfLink: link } = await ok<{ saleReceiptPdfLink: { url: string; expiresAt: string } }>(
      LINK,
      { id: saleId },
      accountant,
    );
    const number = (await db.query('SELECT journal_number AS n FROM sale WHERE id = $1', [saleId]))[0].n;
    const res = await fetch(`${t.url}${link.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(pdf);
    expect(text).toContain(`Ticket n° ${number}`);
    expect(text).toContain('SIRET 91234567500017');

    const note = await ok<{ saleReceiptPdfLink: { url: string } }>(LINK, { id: saleId, format: 'NOTE' });
    const notePdf = Buffer.from(await (await fetch(`${t.url}${note.saleReceiptPdfLink.url}`)).arrayBuffer());
    expect(pdfText(notePdf)).toContain('Client : Nora Reçu');

    const tampered = link.url.replace('format=RECEIPT', 'format=NOTE');
    expect((await fetch(`${t.url}${tampered}`)).status).toBe(403);
    expect((await fetch(`${t.url}/receipts/${saleId}/pdf?format=RECEIPT`)).status).toBe(400);
  });

  it('lets STAFF, ADMIN and ACCOUNTANT read; refuses ACCOUNTANT writes and every CLIENT operation', async () => {
    for (const token of [staff, admin, accountant]) {
      expect((await as(GET, { id: saleId }, token)).errors).toBeUndefined();
    }
    for (const [query, variables] of [
      [REPRINT, { input: { saleId } }],
      [SEND, { input: { saleId } }],
    ] as const) {
      expect((await as(query, variables, accountant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const [query, variables] of [
      [GET, { id: saleId }],
      [LINK, { id: saleId }],
      [REPRINT, { input: { saleId } }],
      [SEND, { input: { saleId } }],
    ] as const) {
      expect((await as(query, variables, client)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
