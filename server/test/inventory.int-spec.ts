import type { DataSource } from 'typeorm';
import { BookingCompletedEvent } from '../src/booking/index.js';
import { TransactionRunner } from '../src/common/transaction/unit-of-work.js';
import { StockLedger } from '../src/inventory/index.js';
import { createCategory, createPractitioner, createService, inDays } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gql, gqlOk, subscribe, wsClient, TestSmtpServer } from '@serenaia/test-support';
import { startTestApp, waitForSubscribers, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const UPSERT = `mutation($input: UpsertProductInput!) { upsertProduct(input: $input) { id name quantity barcode lowStock } }`;
const SUPPLIER = `mutation($input: UpsertSupplierInput!) { upsertSupplier(input: $input) { id name } }`;
const MOVE = `mutation($input: RecordStockMovementInput!) { recordStockMovement(input: $input) { id kind quantity quantityAfter unitCostCents averageCostAfterCents } }`;
const PRODUCT = `query($id: ID!) { product(id: $id) { quantity averageCostCents stockValueCents lowStock } }`;
const VALUATION = `query($at: DateTime!) { stockValuation(at: $at) { totalValueCents lines { product { id } quantity averageCostCents valueCents } } }`;
const IMPORT = `mutation($file: String!, $dryRun: Boolean!, $valid: Boolean) { importProducts(file: $file, dryRun: $dryRun, importValidLines: $valid) { dryRun applied created updated problems { line column message } } }`;

let seq = 0;
/** A valid EAN-13 that no other test uses. */
function ean(): string {
  seq += 1;
  const first12 = `200${String(Date.now() % 1e6).padStart(6, '0')}${String(seq).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return `${first12}${(10 - (sum % 10)) % 10}`;
}

describe('inventory', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let staff: string;
  let client: string;
  let tx: TransactionRunner;
  let ledger: StockLedger;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Institut Test <stock@institut-test.fr>',
        PUBLIC_URL: 'https://institut-test.fr',
      },
    });
    db = t.dataSource;
    await insertInstitute(db);
    await db.query(`UPDATE institute SET email = 'contact@institut-test.fr'`);
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    staff = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    client = (await loginAs(t.url, await createUser(db, 'CLIENT'))).accessToken;
    tx = t.get(TransactionRunner);
    ledger = t.get(StockLedger);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const product = async (fields: Record<string, unknown> = {}) =>
    (
      await gqlOk<{ upsertProduct: { id: string } }>(
        t.url,
        UPSERT,
        {
          input: {
            name: `Crème ${++seq}`,
            priceCents: 2500,
            vatRateBp: 2000,
            costCents: 900,
            kind: 'RETAIL',
            barcode: ean(),
            ...fields,
          },
        },
        admin,
      )
    ).upsertProduct.id;
  const receive = (productId: string, quantity: number, unitCostCents = 900) =>
    gqlOk(t.url, MOVE, { input: { productId, kind: 'RECEIPT', quantity, unitCostCents } }, staff);
  const quantityOf = async (id: string) =>
    (await gqlOk<{ product: { quantity: number } }>(t.url, PRODUCT, { id }, staff)).product.quantity;

  it('20 tills selling the last 10 units: exactly 10 sales, stock 0, 10 movements', async () => {
    const id = await product();
    await receive(id, 10);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        tx.run((uow) =>
          ledger.recordSale(uow, { productId: id, quantity: 1, saleLineId: `race-${id}-${i}` }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(10);
    for (const r of refused)
      expect((r.reason as Error).message).toMatch(/^Stock insuffisant pour « Crème \d+ » : 0 en stock/);
    expect(await quantityOf(id)).toBe(0);
    const [{ sales, sum }] = await db.query(
      `SELECT count(*) FILTER (WHERE kind = 'SALE')::int AS sales, sum(quantity)::int AS sum FROM stock_movement WHERE product_id = $1`,
      [id],
    );
    expect({ sales, sum }).toEqual({ sales: 10, sum: 0 });
    // The same sale line twice is one movement.
    await receive(id, 1);
    const again = () =>
      tx.run((uow) => ledger.recordSale(uow, { productId: id, quantity: 1, saleLineId: 'twice' }));
    const [a, b] = [await again(), await again()];
    expect(b.id).toBe(a.id);
    expect(await quantityOf(id)).toBe(0);
  });

  it('refuses what makes no sense, in French and naming the field, and keeps the ledger immutable', async () => {
    const bad = await gql(
      t.url,
      UPSERT,
      { input: { name: 'X', priceCents: 100, vatRateBp: 2000, kind: 'RETAIL', barcode: '3600523614577' } },
      { token: admin },
    );
    expect(bad.errors?.[0]).toMatchObject({
      message:
        'Le code-barres est invalide : son dernier chiffre (clé de contrôle EAN-13) ne correspond pas.',
      extensions: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.barcode' })] },
    });
    const code = ean();
    await product({ barcode: code });
    const dup = await gql(
      t.url,
      UPSERT,
      { input: { name: 'Y', priceCents: 100, vatRateBp: 2000, kind: 'RETAIL', barcode: code } },
      { token: admin },
    );
    expect(dup.errors?.[0]).toMatchObject({
      message: 'Ce code-barres est déjà celui d’un autre produit.',
      extensions: { code: 'CONFLICT' },
    });
    const vat = await gql(
      t.url,
      UPSERT,
      { input: { name: 'Z', priceCents: 100, vatRateBp: 1900, kind: 'RETAIL' } },
      { token: admin },
    );
    expect(vat.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const id = await product();
    const zero = await gql(
      t.url,
      MOVE,
      { input: { productId: id, kind: 'LOSS', quantity: 0 } },
      { token: staff },
    );
    expect(zero.errors?.[0]).toMatchObject({
      message: 'La quantité doit être un nombre entier supérieur à zéro.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const negativeReceipt = await gql(
      t.url,
      MOVE,
      { input: { productId: id, kind: 'RECEIPT', quantity: -3 } },
      { token: staff },
    );
    expect(negativeReceipt.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMuch = await gql(
      t.url,
      MOVE,
      { input: { productId: id, kind: 'LOSS', quantity: 1 } },
      { token: staff },
    );
    expect(tooMuch.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(tooMuch.errors?.[0]?.message).toMatch(/^Stock insuffisant/);
    const sale = await gql(
      t.url,
      MOVE,
      { input: { productId: id, kind: 'SALE', quantity: -1 } },
      { token: staff },
    );
    expect(sale.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await receive(id, 2);
    await expect(
      db.query('UPDATE stock_movement SET quantity = 99 WHERE product_id = $1', [id]),
    ).rejects.toThrow(/immutable/);
    await expect(db.query('DELETE FROM stock_movement WHERE product_id = $1', [id])).rejects.toThrow(
      /immutable/,
    );
    // With negative stock allowed, a loss may go below zero.
    await gqlOk(
      t.url,
      `mutation { updateInventorySettings(input: { allowNegativeStock: true }) { allowNegativeStock } }`,
      {},
      admin,
    );
    await gqlOk(t.url, MOVE, { input: { productId: id, kind: 'LOSS', quantity: 3, reason: 'Casse' } }, staff);
    expect(await quantityOf(id)).toBe(-1);
    await gqlOk(
      t.url,
      `mutation { updateInventorySettings(input: { allowNegativeStock: false }) { allowNegativeStock } }`,
      {},
      admin,
    );
  });

  it('values the stock at a past date from the ledger (CUMP), as computed by hand', async () => {
    const id = await product();
    const day = (d: number) => Date.UTC(2026, 0, d, 12);
    const rec = (
      kind: 'RECEIPT' | 'SALE' | 'SALE_RETURN' | 'COUNT',
      quantity: number,
      at: number,
      unitCostCents?: number,
    ) => tx.run((uow) => ledger.record(uow, { productId: id, kind, quantity, unitCostCents }, at));
    await rec('RECEIPT', 10, day(1), 500); // 10 × 5,00
    await rec('SALE', -4, day(2)); // 6 × 5,00
    await rec('RECEIPT', 6, day(3), 800); // (6 × 5,00 + 6 × 8,00) / 12 = 6,50
    await rec('SALE_RETURN', 1, day(4)); // 13 × 6,50
    await rec('COUNT', -2, day(5)); // 11 × 6,50 = 71,50
    await rec('RECEIPT', 9, day(10), 1000); // (11 × 6,50 + 9 × 10,00) / 20 = 8,075 → 8,08
    const at = async (iso: string) =>
      (
        await gqlOk<{
          stockValuation: {
            lines: {
              product: { id: string };
              quantity: number;
              averageCostCents: number;
              valueCents: number;
            }[];
          };
        }>(t.url, VALUATION, { at: iso }, staff)
      ).stockValuation.lines.find((l) => l.product.id === id);
    expect(await at('2026-01-06T00:00:00Z')).toMatchObject({
      quantity: 11,
      averageCostCents: 650,
      valueCents: 7150,
    });
    expect(await at('2026-01-02T23:00:00+01:00')).toMatchObject({
      quantity: 6,
      averageCostCents: 500,
      valueCents: 3000,
    });
    expect(await at('2026-01-01T00:00:00Z')).toBeUndefined();
    expect(await at('2026-02-01T00:00:00Z')).toMatchObject({
      quantity: 20,
      averageCostCents: 808,
      valueCents: 16160,
    });
    const bad = await gql(t.url, VALUATION, { at: '06/01/2026' }, { token: staff });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('alerts the institute once per downward crossing of the threshold (real SMTP)', async () => {
    const name = `Sérum alerte ${++seq}`;
    const id = await product({ name, threshold: 3 });
    await receive(id, 5);
    const sell = (n: number) =>
      gqlOk(t.url, MOVE, { input: { productId: id, kind: 'ADJUSTMENT', quantity: -n } }, staff);
    await sell(2); // 3: crossing → alert
    await sell(1); // 2: still low, no alert
    await receive(id, 5); // 7: back above
    // Four tills at once take it from 7 to 3: one crossing, one alert.
    await Promise.all(Array.from({ length: 4 }, () => sell(1)));
    const rows = await db.query(
      `SELECT status, recipient FROM notification WHERE template = 'LOW_STOCK' AND subject_id = $1`,
      [id],
    );
    expect(rows).toHaveLength(2);
    const mails = await waitFor(() => {
      const got = smtp.received.filter((m) => m.subject.startsWith(`Stock bas : ${name}`));
      return got.length === 2 ? got : false;
    }, 'two low-stock e-mails');
    expect(mails.map((m) => m.to)).toEqual([['contact@institut-test.fr'], ['contact@institut-test.fr']]);
    // Known limitation: the e-mail is rendered at send time, so it shows the quantity then (not at the crossing).
    for (const m of mails) expect(m.subject.startsWith(`Stock bas : ${name} (`)).toBe(true);
    expect(mails[0].text).toContain('seuil d’alerte');
    expect(
      (await gqlOk<{ product: { lowStock: boolean } }>(t.url, PRODUCT, { id }, staff)).product.lowStock,
    ).toBe(true);
  });

  it('writes cabin use once per booking item when a booking is completed', async () => {
    const category = await createCategory(db);
    const service = await createService(db, category, { minutes: 30 });
    const practitioner = await createPractitioner(db, [service], 'Inès');
    const serum = await product({
      name: `Sérum cabine ${++seq}`,
      kind: 'PROFESSIONAL',
      unit: 'ML',
      barcode: null,
    });
    await receive(serum, 100, 9);
    const retail = await product();
    const refused = await gql(
      t.url,
      `mutation($input: SetServiceConsumptionInput!) { setServiceConsumption(input: $input) { quantity } }`,
      { input: { serviceId: service, items: [{ productId: retail, quantity: 1 }] } },
      { token: admin },
    );
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await gqlOk(
      t.url,
      `mutation($input: SetServiceConsumptionInput!) { setServiceConsumption(input: $input) { product { id } quantity } }`,
      { input: { serviceId: service, items: [{ productId: serum, quantity: 5 }] } },
      admin,
    );
    const created = await gqlOk<{ createBooking: { booking: { id: string } } }>(
      t.url,
      `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } } }`,
      {
        input: {
          serviceIds: [service],
          practitionerId: practitioner,
          start: inDays(3, '10:00').toISOString(),
          client: {
            firstName: 'Lina',
            lastName: 'Cabine',
            email: `lina${seq}@exemple.fr`,
            phone: '+33611223344',
          },
        },
      },
      staff,
    );
    const bookingId = created.createBooking.booking.id;
    // The treatment took place: its time is moved into the past, then staff complete it.
    await db.query(
      `UPDATE booking SET starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes' WHERE id = $1`,
      [bookingId],
    );
    await gqlOk(
      t.url,
      `mutation($id: ID!) { completeBooking(id: $id) { status } }`,
      { id: bookingId },
      staff,
    );
    expect(await quantityOf(serum)).toBe(95);
    // The event handled again (a redelivery) writes nothing more.
    await tx.run((uow) => {
      uow.emit(
        new BookingCompletedEvent({ bookingId, status: 'COMPLETED', start: new Date(), end: new Date() }),
      );
      return Promise.resolve();
    });
    expect(await quantityOf(serum)).toBe(95);
    const moves = await db.query(
      `SELECT kind, quantity, booking_item_id FROM stock_movement WHERE product_id = $1 AND kind = 'CABIN_USE'`,
      [serum],
    );
    expect(moves).toEqual([{ kind: 'CABIN_USE', quantity: -5, booking_item_id: expect.any(String) }]);
  });

  it('counts against the quantity when each line was counted: a sale during the count is not lost', async () => {
    const category = `Comptage ${++seq}`;
    const id = await product({ category });
    const code = (await db.query('SELECT barcode FROM product WHERE id = $1', [id]))[0].barcode as string;
    const other = await product({ category });
    await receive(id, 10);
    await receive(other, 4);
    const start = await gqlOk<{ startInventoryCount: { id: string; totalLines: number } }>(
      t.url,
      `mutation($input: StartInventoryCountInput!) { startInventoryCount(input: $input) { id totalLines } }`,
      { input: { category } },
      admin,
    );
    const countId = start.startInventoryCount.id;
    expect(start.startInventoryCount.totalLines).toBe(2);
    const second = await gql(
      t.url,
      `mutation { startInventoryCount(input: {}) { id } }`,
      {},
      { token: admin },
    );
    expect(second.errors?.[0]).toMatchObject({
      message: 'Un inventaire est déjà en cours : terminez-le d’abord.',
      extensions: { code: 'CONFLICT' },
    });
    const COUNTED = `mutation($input: RecordCountedQuantityInput!) { recordCountedQuantity(input: $input) { countedQuantity expectedQuantity difference } }`;
    const line = await gqlOk<{ recordCountedQuantity: { expectedQuantity: number; difference: number } }>(
      t.url,
      COUNTED,
      { input: { countId, barcode: code, countedQuantity: 8 } },
      staff,
    );
    expect(line.recordCountedQuantity).toMatchObject({ expectedQuantity: 10, difference: -2 });
    const unknown = await gql(
      t.url,
      COUNTED,
      { input: { countId, barcode: '3600523614578', countedQuantity: 1 } },
      { token: staff },
    );
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Aucun produit ne porte le code-barres 3600523614578.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // Three sold after the line was counted, while the count is open.
    await tx.run((uow) => ledger.recordSale(uow, { productId: id, quantity: 3, saleLineId: `count-${id}` }));
    const staffClose = await gql(
      t.url,
      `mutation($id: ID!) { closeInventoryCount(id: $id) { status } }`,
      { id: countId },
      { token: staff },
    );
    expect(staffClose.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const closed = await gqlOk<{ closeInventoryCount: { status: string; differenceValueCents: number } }>(
      t.url,
      `mutation($id: ID!) { closeInventoryCount(id: $id) { status differenceValueCents } }`,
      { id: countId },
      admin,
    );
    expect(closed.closeInventoryCount).toEqual({ status: 'CLOSED', differenceValueCents: -1800 });
    // 8 counted − 3 sold since = 5; the uncounted product is untouched.
    expect(await quantityOf(id)).toBe(5);
    expect(await quantityOf(other)).toBe(4);
  });

  it('purchase order: draft, sent by e-mail with its PDF, received in two deliveries', async () => {
    const supplierName = `Fournisseur ${++seq}`;
    const supplier = (
      await gqlOk<{ upsertSupplier: { id: string } }>(
        t.url,
        SUPPLIER,
        { input: { name: supplierName, email: 'cmd@fournisseur.test', contactName: 'Paul' } },
        admin,
      )
    ).upsertSupplier.id;
    const id = await product({ supplierId: supplier, threshold: 2 });
    // The suggestion names the product's supplier (the CRM groups the order lines by it).
    const before = await gqlOk<{
      reorderSuggestions: { product: { id: string; supplier: { id: string; name: string } | null } }[];
    }>(t.url, `{ reorderSuggestions { product { id supplier { id name } } } }`, {}, staff);
    expect(before.reorderSuggestions.find((s) => s.product.id === id)?.product.supplier).toEqual({
      id: supplier,
      name: supplierName,
    });
    const created = await gqlOk<{
      createPurchaseOrder: { id: string; reference: string; status: string; totalCents: number };
    }>(
      t.url,
      `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id reference status totalCents } }`,
      { input: { supplierId: supplier, lines: [{ productId: id, quantity: 10, unitCostCents: 400 }] } },
      admin,
    );
    const order = created.createPurchaseOrder;
    expect(order).toMatchObject({ status: 'DRAFT', totalCents: 4000 });
    expect(order.reference).toMatch(/^BC-\d{4}$/);
    const suggestions = await gqlOk<{ reorderSuggestions: { product: { id: string }; onOrder: number }[] }>(
      t.url,
      `{ reorderSuggestions { product { id } onOrder suggestedQuantity } }`,
      {},
      staff,
    );
    expect(suggestions.reorderSuggestions.find((s) => s.product.id === id)).toBeUndefined(); // 10 on order
    await gqlOk(
      t.url,
      `mutation($id: ID!) { sendPurchaseOrder(id: $id) { status } }`,
      { id: order.id },
      admin,
    );
    const mail = await waitFor(
      () => smtp.received.find((m) => m.subject.startsWith(`Bon de commande ${order.reference}`)),
      'the purchase order e-mail',
    );
    expect(mail.to).toEqual(['cmd@fournisseur.test']);
    const pdf = mail.parsed.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.filename).toBe(`${order.reference}.pdf`);
    expect(pdf?.content.subarray(0, 5).toString()).toBe('%PDF-');
    const RECEIVE = `mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { status lines { quantityReceived } } }`;
    const first = await gqlOk<{ receivePurchaseOrder: { status: string } }>(
      t.url,
      RECEIVE,
      { input: { purchaseOrderId: order.id, lines: [{ productId: id, quantity: 4 }] } },
      staff,
    );
    expect(first.receivePurchaseOrder.status).toBe('PARTLY_RECEIVED');
    const over = await gql(
      t.url,
      RECEIVE,
      { input: { purchaseOrderId: order.id, lines: [{ productId: id, quantity: 7 }] } },
      { token: staff },
    );
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toMatch(/^Il reste 6 unité\(s\) à recevoir/);
    const second = await gqlOk<{ receivePurchaseOrder: { status: string } }>(
      t.url,
      RECEIVE,
      { input: { purchaseOrderId: order.id, lines: [{ productId: id, quantity: 6 }] } },
      staff,
    );
    expect(second.receivePurchaseOrder.status).toBe('RECEIVED');
    expect(await quantityOf(id)).toBe(10);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM stock_movement WHERE purchase_order_id = $1 AND kind = 'RECEIPT'`,
      [order.id],
    );
    expect(n).toBe(2);
  });

  it('imports a CSV: the dry run writes nothing, a bad line blocks the file unless asked', async () => {
    const count = async () => (await db.query('SELECT count(*)::int AS n FROM product'))[0].n as number;
    const before = await count();
    const good = ean();
    const csv = `nom;marque;prix_ttc;tva;code_barres;type\nBaume import ${++seq};Lys;12,50;20;${good};vente\nHuile import ${seq};Lys;9,90 €;20;;vente\n`;
    const dry = await gqlOk<{ importProducts: unknown }>(t.url, IMPORT, { file: csv, dryRun: true }, admin);
    expect(dry.importProducts).toEqual({
      dryRun: true,
      applied: false,
      created: 1,
      updated: 0,
      problems: [
        {
          line: 3,
          column: 'prix_ttc',
          message: 'Le prix TTC : écrivez le montant sans symbole € (par exemple 12,50).',
        },
      ],
    });
    expect(await count()).toBe(before);
    const blocked = await gqlOk<{ importProducts: { applied: boolean } }>(
      t.url,
      IMPORT,
      { file: csv, dryRun: false },
      admin,
    );
    expect(blocked.importProducts.applied).toBe(false);
    expect(await count()).toBe(before);
    const partial = await gqlOk<{ importProducts: { applied: boolean; created: number } }>(
      t.url,
      IMPORT,
      { file: csv, dryRun: false, valid: true },
      admin,
    );
    expect(partial.importProducts).toMatchObject({ applied: true, created: 1 });
    expect(await count()).toBe(before + 1);
    const header = await gqlOk<{ importProducts: { problems: { message: string }[] } }>(
      t.url,
      IMPORT,
      { file: 'a,b\n1,2', dryRun: true },
      admin,
    );
    expect(header.importProducts.problems[0].message).toMatch(/^En-tête invalide/);
  });

  it('publishes stockChanged after the commit', async () => {
    const id = await product();
    const ws = wsClient(t.url, staff);
    try {
      const sub = subscribe<{ stockChanged: { products: { id: string; quantity: number }[] } }>(
        ws,
        'subscription { stockChanged { products { id quantity } } }',
      );
      await waitForSubscribers(t.config, 'stockChanged');
      await receive(id, 7);
      await expect(sub.next()).resolves.toEqual({ stockChanged: { products: [{ id, quantity: 7 }] } });
    } finally {
      await ws.dispose();
    }
  });

  describe('who may do what', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const ADMIN_ONLY: [string, Record<string, unknown>][] = [
      [UPSERT, { input: { name: 'X', priceCents: 1, vatRateBp: 2000, kind: 'RETAIL' } }],
      [SUPPLIER, { input: { name: 'X' } }],
      [IMPORT, { file: 'nom;prix_ttc;tva', dryRun: true }],
      [`mutation { startInventoryCount(input: {}) { id } }`, {}],
      [`mutation($id: ID!) { closeInventoryCount(id: $id) { id } }`, { id }],
      [
        `mutation($id: ID!) { createPurchaseOrder(input: { supplierId: $id, lines: [{ productId: $id, quantity: 1 }] }) { id } }`,
        { id },
      ],
      [`mutation($id: ID!) { sendPurchaseOrder(id: $id) { id } }`, { id }],
      [
        `mutation($id: ID!) { setServiceConsumption(input: { serviceId: $id, items: [] }) { quantity } }`,
        { id },
      ],
      [
        `mutation { updateInventorySettings(input: { allowNegativeStock: true }) { allowNegativeStock } }`,
        {},
      ],
    ];
    const STAFF: [string, Record<string, unknown>][] = [
      [`{ products { total } }`, {}],
      [PRODUCT, { id }],
      [`{ suppliers { id } }`, {}],
      [MOVE, { input: { productId: id, kind: 'LOSS', quantity: 1 } }],
      [`{ stockMovements { total } }`, {}],
      [VALUATION, { at: '2026-01-01T00:00:00Z' }],
      [`{ reorderSuggestions { suggestedQuantity } }`, {}],
      [`{ purchaseOrders { id } }`, {}],
      [`{ currentInventoryCount { id } }`, {}],
      [
        `mutation($id: ID!) { receivePurchaseOrder(input: { purchaseOrderId: $id, lines: [{ productId: $id, quantity: 1 }] }) { id } }`,
        { id },
      ],
      [
        `mutation($id: ID!) { recordCountedQuantity(input: { countId: $id, productId: $id, countedQuantity: 1 }) { difference } }`,
        { id },
      ],
      [`query($id: ID!) { serviceConsumption(serviceId: $id) { quantity } }`, { id }],
      [`{ inventorySettings { allowNegativeStock } }`, {}],
    ];

    it.each(ADMIN_ONLY)('staff are refused %s', async (query, variables) => {
      const res = await gql(t.url, query, variables, { token: staff });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    });

    it.each(STAFF)('clients and anonymous callers are refused %s', async (query, variables) => {
      const asClient = await gql(t.url, query, variables, { token: client });
      expect(asClient.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await gql(t.url, query, variables);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('staff read the catalogue and record movements', async () => {
      const pid = await product();
      await receive(pid, 2);
      const list = await gqlOk<{ products: { items: { id: string }[] } }>(
        t.url,
        `query($s: String) { products(filter: { search: $s }) { items { id } } }`,
        { s: (await db.query('SELECT barcode FROM product WHERE id = $1', [pid]))[0].barcode },
        staff,
      );
      expect(list.products.items.map((p) => p.id)).toEqual([pid]);
      const clientSub = wsClient(t.url, client);
      try {
        await expect(
          subscribe(clientSub, 'subscription { stockChanged { products { id } } }').next(),
        ).rejects.toEqual([
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
        ]);
      } finally {
        await clientSub.dispose();
      }
    });
  });
});
