import type { DataSource } from 'typeorm';
import { TransactionRunner } from '../src/common/transaction/unit-of-work.js';
import { StockLedger } from '../src/inventory/index.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gql, gqlOk, unzip } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

const EXPORT = `query($format: StockExportFormat!, $at: DateTime) { stockExport(format: $format, at: $at) { fileName mimeType contentBase64 lineCount totalValueCents } }`;

interface ExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  lineCount: number;
  totalValueCents: number;
}

describe('stock export (CSV and XLSX)', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let client: string;
  let serum: string;
  let oil: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    await insertInstitute(db);
    await createUser(db, 'ADMIN');
    staff = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    client = (await loginAs(t.url, await createUser(db, 'CLIENT'))).accessToken;
    const [s] = await db.query(`INSERT INTO supplier (name) VALUES ('Cosmétiques du Sud') RETURNING id`);
    const insert = (name: string, unit: string, kind: string, supplierId: string | null) =>
      db
        .query(
          `INSERT INTO product (name, unit, kind, supplier_id, price_cents) VALUES ($1, $2, $3, $4, 3490) RETURNING id`,
          [name, unit, kind, supplierId],
        )
        .then((rows: { id: string }[]) => rows[0].id);
    serum = await insert('Sérum éclat <C>', 'PIECE', 'RETAIL', s.id);
    oil = await insert('Huile de massage', 'ML', 'PROFESSIONAL', null);
    await insert('Crème jamais reçue', 'PIECE', 'RETAIL', null);
    const tx = t.get(TransactionRunner);
    const ledger = t.get(StockLedger);
    const day = (d: number) => Date.UTC(2026, 0, d, 12);
    const rec = (productId: string, kind: 'RECEIPT' | 'SALE', quantity: number, at: number, cost?: number) =>
      tx.run((uow) => ledger.record(uow, { productId, kind, quantity, unitCostCents: cost }, at));
    await rec(serum, 'RECEIPT', 10, day(1), 1850); // 10 × 18,50
    await rec(oil, 'RECEIPT', 1000, day(1), 3); // 1 000 ml × 0,03
    await rec(serum, 'SALE', -3, day(3)); // 7 × 18,50 = 129,50
    await rec(serum, 'RECEIPT', 3, day(10), 2350); // (129,50 + 70,50) / 10 = 20,00
  });

  afterAll(() => t.close());

  const exportAs = async (format: 'CSV' | 'XLSX', at?: string) =>
    (await gqlOk<{ stockExport: ExportFile }>(t.url, EXPORT, { format, at }, staff)).stockExport;

  it('values the stock at a past date as an XLSX sheet: numbers as numbers, money in euros', async () => {
    const file = await exportAs('XLSX', '2026-01-05T00:00:00Z');
    expect(file).toMatchObject({
      fileName: 'valorisation-stock-2026-01-05.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      lineCount: 2,
      totalValueCents: 12950 + 3000,
    });
    const parts = unzip(Buffer.from(file.contentBase64, 'base64'));
    expect(parts.get('xl/workbook.xml')?.toString()).toContain('<sheet name="Stock au 05.01.2026"');
    const sheet = parts.get('xl/worksheets/sheet1.xml')?.toString() ?? '';
    const rows = sheet.match(/<row r="\d+">.*?<\/row>/g) ?? [];
    expect(rows).toHaveLength(4); // header, two products (by name), total
    expect(rows[1]).toContain('<t xml:space="preserve">Huile de massage</t>');
    expect(rows[1]).toContain('<c r="H2"><v>1000</v></c>');
    expect(rows[1]).toContain('<t xml:space="preserve">ml</t>');
    expect(rows[1]).toContain('<c r="L2" s="2"><v>30</v></c>');
    expect(rows[2]).toContain('<t xml:space="preserve">Sérum éclat &lt;C&gt;</t>');
    expect(rows[2]).toContain('<t xml:space="preserve">Cosmétiques du Sud</t>');
    expect(rows[2]).toContain('<c r="H3"><v>7</v></c>');
    expect(rows[2]).toContain('<c r="K3" s="2"><v>18.5</v></c>');
    expect(rows[2]).toContain('<c r="L3" s="2"><v>129.5</v></c>');
    expect(rows[3]).toContain('<c r="L4" s="3"><v>159.5</v></c>');
    expect(rows[3]).not.toContain('r="H4"'); // ml and pieces are not added up
  });

  it('exports the current inventory as CSV, with the products that never moved', async () => {
    const file = await exportAs('CSV');
    expect(file.fileName).toMatch(/^inventaire-stock-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    const lines = Buffer.from(file.contentBase64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0].startsWith('\uFEFFProduit;')).toBe(true);
    expect(lines.slice(1, 4)).toEqual([
      'Crème jamais reçue;;;;;Vente;;0;pièce;;0,00;0,00',
      'Huile de massage;;;;;Cabine;;1000;ml;;0,03;30,00',
      'Sérum éclat <C>;;;;Cosmétiques du Sud;Vente;;10;pièce;;20,00;200,00',
    ]);
    expect(lines[4]).toBe('Total;;;;;;;;;;;230,00');
    expect(file).toMatchObject({ lineCount: 3, totalValueCents: 23000 });
  });

  it('refuses a bad format or date in French, and callers who are not staff', async () => {
    const badFormat = await gql(t.url, EXPORT, { format: 'PDF' }, { token: staff });
    expect(badFormat.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await gql(t.url, EXPORT, { format: 'CSV', at: '05/01/2026' }, { token: staff });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const asClient = await gql(t.url, EXPORT, { format: 'CSV' }, { token: client });
    expect(asClient.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asClient.data ?? null).toBeNull();
    const anonymous = await gql(t.url, EXPORT, { format: 'CSV' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
