import type { DataSource } from 'typeorm';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gql, gqlOk, TestSmtpServer } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const SUPPLIER = `mutation($input: UpsertSupplierInput!) { upsertSupplier(input: $input) { id name contactName email phone notes active } }`;
const CREATE = `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id reference status } }`;
const SEND = `mutation($id: ID!) { sendPurchaseOrder(id: $id) { status sentAt } }`;
const CANCEL = `mutation($id: ID!) { cancelPurchaseOrder(id: $id) { id status } }`;
const RECEIVE = `mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { status } }`;
const ORDERS = `query($supplierId: ID) { purchaseOrders(supplierId: $supplierId) { id status supplier { id } } }`;
const SUGGESTIONS = `{ reorderSuggestions { product { id } onOrder } }`;

describe('purchase orders: send again, cancel, per supplier; supplier details', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let staff: string;
  let supplier: string;
  let other: string;
  let product: string;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Institut Test <stock@institut-test.fr>' },
    });
    db = t.dataSource;
    await insertInstitute(db);
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    staff = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    const save = async (input: Record<string, unknown>) =>
      (await gqlOk<{ upsertSupplier: { id: string } }>(t.url, SUPPLIER, { input }, admin)).upsertSupplier.id;
    supplier = await save({ name: 'Maison Lys', email: 'commandes@lys.test' });
    other = await save({ name: 'Dermapro', email: 'cmd@dermapro.test' });
    const [p] = await db.query(
      `INSERT INTO product (name, price_cents, cost_cents, threshold, quantity, supplier_id) VALUES ('Crème', 3600, 1200, 2, 1, $1) RETURNING id`,
      [supplier],
    );
    product = p.id;
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const order = async (supplierId = supplier) =>
    (
      await gqlOk<{ createPurchaseOrder: { id: string; reference: string } }>(
        t.url,
        CREATE,
        { input: { supplierId, lines: [{ productId: product, quantity: 5 }] } },
        admin,
      )
    ).createPurchaseOrder;
  const mailsFor = (reference: string) =>
    smtp.received.filter((m) => m.subject.startsWith(`Bon de commande ${reference}`));
  const onOrder = async () =>
    (
      await gqlOk<{ reorderSuggestions: { product: { id: string }; onOrder: number }[] }>(
        t.url,
        SUGGESTIONS,
        {},
        staff,
      )
    ).reorderSuggestions.find((s) => s.product.id === product)?.onOrder ?? null;

  it('edits a supplier’s contact details; a name taken by another supplier is refused on its field', async () => {
    const edited = await gqlOk<{ upsertSupplier: Record<string, unknown> }>(
      t.url,
      SUPPLIER,
      {
        input: {
          id: other,
          name: 'Dermapro France',
          contactName: 'Paul Girard',
          email: 'cmd@dermapro.test',
          phone: '04 91 00 00 00',
          notes: 'Franco à 150 €',
        },
      },
      admin,
    );
    expect(edited.upsertSupplier).toEqual({
      id: other,
      name: 'Dermapro France',
      contactName: 'Paul Girard',
      email: 'cmd@dermapro.test',
      phone: '04 91 00 00 00',
      notes: 'Franco à 150 €',
      active: true,
    });
    const taken = await gql(t.url, SUPPLIER, { input: { id: other, name: 'Maison Lys' } }, { token: admin });
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(taken.errors?.[0]?.message).toBe('Un fournisseur porte déjà ce nom.');
    const badMail = await gql(
      t.url,
      SUPPLIER,
      { input: { name: 'X', email: 'pas-un-mail' } },
      { token: admin },
    );
    expect(badMail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badMail.errors?.[0]?.extensions?.fields)).toContain('Adresse e-mail invalide.');
  });

  it('sends a sent order again: the supplier gets a second e-mail, the order stays sent', async () => {
    const o = await order();
    await gqlOk(t.url, SEND, { id: o.id }, admin);
    await waitFor(() => mailsFor(o.reference).length === 1, 'the first e-mail');
    const again = await gqlOk<{ sendPurchaseOrder: { status: string } }>(t.url, SEND, { id: o.id }, admin);
    expect(again.sendPurchaseOrder.status).toBe('SENT');
    const mails = await waitFor(
      () => mailsFor(o.reference).length === 2 && mailsFor(o.reference),
      'the second',
    );
    expect(mails.map((m) => m.to)).toEqual([['commandes@lys.test'], ['commandes@lys.test']]);
    await gqlOk(t.url, CANCEL, { id: o.id }, admin); // leave nothing on order for the next tests
  });

  it('cancels a sent order: no longer on order; it cannot be received, sent or cancelled again', async () => {
    const o = await order();
    await gqlOk(t.url, SEND, { id: o.id }, admin);
    expect(await onOrder()).toBe(null); // 1 + 5 on order is above the threshold: nothing suggested
    const cancelled = await gqlOk<{ cancelPurchaseOrder: { status: string } }>(
      t.url,
      CANCEL,
      { id: o.id },
      admin,
    );
    expect(cancelled.cancelPurchaseOrder.status).toBe('CANCELLED');
    expect(await onOrder()).toBe(0); // suggested again, with nothing on order
    const receive = await gql(
      t.url,
      RECEIVE,
      { input: { purchaseOrderId: o.id, lines: [{ productId: product, quantity: 1 }] } },
      { token: staff },
    );
    expect(receive.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const send = await gql(t.url, SEND, { id: o.id }, { token: admin });
    expect(send.errors?.[0]?.message).toBe('Ce bon de commande a déjà été réceptionné ou annulé.');
    const again = await gql(t.url, CANCEL, { id: o.id }, { token: admin });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe('Ce bon de commande est déjà annulé.');
    const [{ quantity }] = await db.query('SELECT quantity FROM product WHERE id = $1', [product]);
    expect(quantity).toBe(1);
  });

  it('refuses to cancel an order once part of it arrived, and staff may not cancel', async () => {
    const o = await order();
    const asStaff = await gql(t.url, CANCEL, { id: o.id }, { token: staff });
    expect(asStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await gqlOk(
      t.url,
      RECEIVE,
      { input: { purchaseOrderId: o.id, lines: [{ productId: product, quantity: 2 }] } },
      staff,
    );
    const refused = await gql(t.url, CANCEL, { id: o.id }, { token: admin });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe(
      'Une partie de ce bon de commande a déjà été réceptionnée : il ne peut plus être annulé.',
    );
    const [{ status }] = await db.query('SELECT status FROM purchase_order WHERE id = $1', [o.id]);
    expect(status).toBe('PARTLY_RECEIVED');
    const unknown = await gql(
      t.url,
      CANCEL,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: admin },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the orders of one supplier', async () => {
    const mine = await order();
    const theirs = await order(other);
    const list = async (supplierId?: string) =>
      (
        await gqlOk<{ purchaseOrders: { id: string; supplier: { id: string } }[] }>(
          t.url,
          ORDERS,
          { supplierId },
          staff,
        )
      ).purchaseOrders;
    const ofOther = await list(other);
    expect(ofOther.map((o) => o.id)).toEqual([theirs.id]);
    expect((await list(supplier)).map((o) => o.id)).toContain(mine.id);
    expect((await list(supplier)).every((o) => o.supplier.id === supplier)).toBe(true);
    expect((await list()).map((o) => o.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    const bad = await gql(t.url, ORDERS, { supplierId: 'abc' }, { token: staff });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
