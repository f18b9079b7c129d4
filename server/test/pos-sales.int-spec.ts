import type { DataSource } from 'typeorm';
import { freePort, gql, subscribe, wsClient, type GqlResponse } from '@serenaia/test-support';
import { CashSessionService, ClosureService } from '../src/pos/index.js';
import {
  createCategory,
  createPractitioner,
  createService,
  inDays,
  parisDate,
} from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { startTestApp, waitForSubscribers, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { startSumUpFake, type SumUpFake } from './fakes/sumup-fake.js';

const API_KEY = 'sup_sk_possales_4b1e0c7a';
const MERCHANT = 'MSALE001';

const SALE = `id tillId kind status number shortHash bookingId clientId originalSaleId totalInclCents discountCents
  paidCents pendingCents leftToPayCents changeCents completedAt
  lines { id kind label quantity unitPriceCents vatRateBp discountCents totalInclCents totalExclCents practitionerId productId bookingItemId originalLineId }
  tenders { id kind status amountCents changeCents paymentId terminalCheckoutId failureReason }
  vatTotals { rateBp baseCents vatCents totalInclCents }`;
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const UPDATE = `mutation($input: UpdateSaleLineInput!) { updateSaleLine(input: $input) { ${SALE} } }`;
const REMOVE = `mutation($input: RemoveSaleLineInput!) { removeSaleLine(input: $input) { ${SALE} } }`;
const DISCOUNT = `mutation($input: ApplyDiscountInput!) { applyDiscount(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const PARK = `mutation($input: ParkSaleInput!) { parkSale(input: $input) { ${SALE} } }`;
const CREDIT = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { ${SALE} } }`;
const GET = `query($id: ID!) { sale(id: $id) { ${SALE} } }`;
const LIST = `query($filter: SalesFilterInput) { sales(filter: $filter) { total items { id status } } }`;
const CHECKOUT = `query($id: ID!) { terminalCheckout(id: $id) { id status payment { providerReference status } } }`;

interface Line {
  id: string;
  kind: string;
  label: string;
  quantity: number;
  unitPriceCents: number;
  vatRateBp: number;
  discountCents: number;
  totalInclCents: number;
  totalExclCents: number;
  practitionerId: string | null;
  productId: string | null;
  bookingItemId: string | null;
  originalLineId: string | null;
}
interface Tender {
  id: string;
  kind: string;
  status: string;
  amountCents: number;
  changeCents: number;
  paymentId: string | null;
  terminalCheckoutId: string | null;
  failureReason: string | null;
}
interface Sale {
  id: string;
  tillId: string;
  kind: string;
  status: string;
  number: number | null;
  shortHash: string | null;
  bookingId: string | null;
  clientId: string | null;
  originalSaleId: string | null;
  totalInclCents: number;
  discountCents: number;
  paidCents: number;
  pendingCents: number;
  leftToPayCents: number;
  changeCents: number;
  completedAt: string | null;
  lines: Line[];
  tenders: Tender[];
  vatTotals: { rateBp: number; baseCents: number; vatCents: number; totalInclCents: number }[];
}

describe('point of sale: sales', () => {
  let fake: SumUpFake;
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let admin: string;
  let staffId: string;
  let readerId: string;
  let practitioner: string;
  let service: string;
  let keys = 0;
  const key = () => `click-${++keys}-${Date.now()}`;

  beforeAll(async () => {
    fake = await startSumUpFake({ apiKey: API_KEY, merchantCode: MERCHANT });
    const port = await freePort();
    t = await startTestApp({
      env: {
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SUMUP_API_URL: fake.url,
        TERMINAL_POLL_INTERVAL_MS: '150',
        SIMULATED_PAYMENTS: '0',
      },
    });
    db = t.dataSource;
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    await gqlAs(
      'mutation($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { sumupApiKeyHint } }',
      { input: { sumupApiKey: API_KEY, sumupMerchantCode: MERCHANT } },
      admin,
    );
    fake.addPairingCode('SALE0001', { identifier: 'SOLO-SALES' });
    readerId = (
      await ok<{ pairReader: { id: string } }>(
        'mutation($input: PairReaderInput!) { pairReader(input: $input) { id } }',
        { input: { pairingCode: 'SALE0001', name: 'Accueil' } },
        admin,
      )
    ).pairReader.id;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 0',
    );
    const category = await createCategory(db);
    service = await createService(db, category, { minutes: 30, priceCents: 4500 });
    practitioner = await createPractitioner(db, [service], 'Inès');
  });

  afterAll(async () => {
    await t?.close();
    expect(fake.crashes).toEqual([]);
    await fake.close();
  });

  function gqlAs<T>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ): Promise<GqlResponse<T>> {
    return gql<T>(t.url, query, variables, { token });
  }
  async function ok<T>(query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
    const res = await gqlAs<T>(query, variables, token);
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  const open = async (input: Record<string, unknown>) =>
    (await ok<{ openSale: Sale }>(OPEN, { input })).openSale;
  const add = async (input: Record<string, unknown>, token = staff) =>
    (await ok<{ addSaleLine: Sale }>(ADD, { input }, token)).addSaleLine;
  const pay = async (input: Record<string, unknown>) =>
    (await ok<{ paySale: Sale }>(PAY, { input: { idempotencyKey: key(), ...input } })).paySale;
  const get = async (id: string) => (await ok<{ sale: Sale }>(GET, { id })).sale;

  /** A till with an open cash session. */
  async function openTill(name: string): Promise<string> {
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`${name} ${Date.now()}`);
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
    return till.id;
  }

  async function product(priceCents: number, quantity: number, vatRateBp = 2000): Promise<string> {
    const { upsertProduct } = await ok<{ upsertProduct: { id: string } }>(
      'mutation($input: UpsertProductInput!) { upsertProduct(input: $input) { id } }',
      { input: { name: `Crème ${++keys}`, priceCents, vatRateBp, costCents: 900, kind: 'RETAIL' } },
      admin,
    );
    await ok('mutation($input: RecordStockMovementInput!) { recordStockMovement(input: $input) { id } }', {
      input: { productId: upsertProduct.id, kind: 'RECEIPT', quantity },
    });
    return upsertProduct.id;
  }

  /** A confirmed booking that started an hour ago, with a deposit of `depositCents` paid online. */
  async function bookedClient(depositCents: number): Promise<string> {
    const created = await ok<{ createBooking: { booking: { id: string; status: string } } }>(
      `mutation($input: CreateBookingInput!) { createBooking(input: $input) { booking { id status } } }`,
      {
        input: {
          serviceIds: [service],
          practitionerId: practitioner,
          start: inDays(2, '10:00').toISOString(),
          client: {
            firstName: 'Lina',
            lastName: `Caisse${++keys}`,
            email: `lina${keys}@exemple.fr`,
            phone: `+3361${String(1000000 + keys)}`,
          },
        },
      },
      staff,
    );
    const id = created.createBooking.booking.id;
    // Time has passed: the client is at the desk after the appointment.
    await db.query(
      `UPDATE booking SET starts_at = now() - interval '1 hour', ends_at = now() - interval '30 minutes' WHERE id = $1`,
      [id],
    );
    if (depositCents > 0) {
      await db.query(
        `INSERT INTO payment (kind, method, provider, amount_cents, status, booking_id, idempotency_key, succeeded_at)
         VALUES ('DEPOSIT', 'CARD_ONLINE', 'SIMULATED', $1, 'SUCCEEDED', $2, $3, now())`,
        [depositCents, id, `deposit:${id}`],
      );
    }
    return id;
  }

  const ctidOf = async (tender: Tender) =>
    (
      await ok<{ terminalCheckout: { payment: { providerReference: string } } }>(CHECKOUT, {
        id: tender.terminalCheckoutId,
      })
    ).terminalCheckout.payment.providerReference;

  it('checks out a booked client: service from the booking, a product, deposit + cash + card on the reader', async () => {
    const tillId = await openTill('Accueil');
    const bookingId = await bookedClient(2000);
    const cream = await product(2590, 5);
    let sale = await open({ tillId, bookingId });
    expect(sale.lines).toEqual([
      expect.objectContaining({
        kind: 'SERVICE',
        unitPriceCents: 4500,
        quantity: 1,
        practitionerId: practitioner,
      }),
    ]);
    // Opening it again resumes the same ticket.
    expect((await open({ tillId, bookingId })).id).toBe(sale.id);
    sale = await add({ saleId: sale.id, kind: 'PRODUCT', productId: cream, quantity: 2 });
    expect(sale.totalInclCents).toBe(4500 + 2 * 2590);
    expect(sale.vatTotals).toEqual([{ rateBp: 2000, baseCents: 8067, vatCents: 1613, totalInclCents: 9680 }]);

    const deposit = `query($id: ID!) { sale(id: $id) { depositAvailableCents } }`;
    expect((await ok<{ sale: { depositAvailableCents: number } }>(deposit, { id: sale.id })).sale).toEqual({
      depositAvailableCents: 2000,
    });
    sale = await pay({ saleId: sale.id, kind: 'DEPOSIT', amountCents: 2000 });
    // What the ticket used is no longer available.
    expect((await ok<{ sale: { depositAvailableCents: number } }>(deposit, { id: sale.id })).sale).toEqual({
      depositAvailableCents: 0,
    });
    sale = await pay({ saleId: sale.id, kind: 'CASH', amountCents: 3000 });
    expect(sale).toMatchObject({ status: 'OPEN', paidCents: 5000, leftToPayCents: 4680 });
    sale = await pay({ saleId: sale.id, kind: 'CARD_TERMINAL', amountCents: 4680, readerId });
    const card = sale.tenders.find((x) => x.kind === 'CARD_TERMINAL')!;
    expect(card.status).toBe('PENDING');
    expect(sale).toMatchObject({ status: 'OPEN', pendingCents: 4680, leftToPayCents: 0 });
    fake.approve(await ctidOf(card));
    const done = await waitFor(async () => {
      const s = await get(sale.id);
      return s.status === 'COMPLETED' ? s : false;
    }, 'the ticket to complete once the card is accepted');
    expect(done.number).toBeGreaterThanOrEqual(1);
    expect(done.shortHash).toMatch(/^[0-9a-f]+$/i);
    expect(done.tenders.map((x) => [x.kind, x.status, x.amountCents])).toEqual([
      ['DEPOSIT', 'CONFIRMED', 2000],
      ['CASH', 'CONFIRMED', 3000],
      ['CARD_TERMINAL', 'CONFIRMED', 4680],
    ]);
    const [record] = await db.query(
      `SELECT kind, number, payload FROM pos_journal WHERE till_id = $1 AND kind = 'TICKET'`,
      [tillId],
    );
    expect(record.number).toBe(done.number);
    expect(record.payload).toMatchObject({
      totalInclCents: 9680,
      vatTotals: [{ rateBp: 2000, baseCents: 8067, vatCents: 1613 }],
      tenders: [
        { kind: 'DEPOSIT', amountCents: 2000 },
        { kind: 'CASH', amountCents: 3000 },
        { kind: 'CARD_TERMINAL', amountCents: 4680 },
      ],
    });
    expect(record.payload.lines).toHaveLength(2);
    const [movement] = await db.query(
      `SELECT kind, quantity, quantity_after FROM stock_movement WHERE product_id = $1 AND kind = 'SALE'`,
      [cream],
    );
    expect(movement).toEqual({ kind: 'SALE', quantity: -2, quantity_after: 3 });
    const [booking] = await db.query('SELECT status FROM booking WHERE id = $1', [bookingId]);
    expect(booking.status).toBe('COMPLETED');
    // Paying a completed ticket is refused in French.
    const again = await gqlAs(
      PAY,
      { input: { saleId: sale.id, kind: 'CASH', amountCents: 100, idempotencyKey: key() } },
      staff,
    );
    expect(again.errors?.[0]).toMatchObject({
      message: 'Ce ticket est déjà encaissé.',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('gives change on cash only, and refuses bad tenders and quantities in French, naming the field', async () => {
    const tillId = await openTill('Erreurs');
    let sale = await open({ tillId });
    sale = await add({
      saleId: sale.id,
      kind: 'FREE',
      label: 'Coffret',
      unitPriceCents: 1999,
      vatRateBp: 2000,
    });
    const negative = await gqlAs(
      ADD,
      {
        input: {
          saleId: sale.id,
          kind: 'FREE',
          label: 'x',
          unitPriceCents: 100,
          vatRateBp: 2000,
          quantity: -1,
        },
      },
      staff,
    );
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.quantity' })],
    });
    const badVat = await gqlAs(
      ADD,
      { input: { saleId: sale.id, kind: 'FREE', label: 'x', unitPriceCents: 100, vatRateBp: 1900 } },
      staff,
    );
    expect(badVat.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.vatRateBp' })],
    });
    const above = await gqlAs(
      PAY,
      { input: { saleId: sale.id, kind: 'CARD_OTHER', amountCents: 2000, idempotencyKey: key() } },
      staff,
    );
    expect(above.errors?.[0]?.message).toContain('seules les espèces permettent de rendre la monnaie');
    expect(above.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.amountCents' })],
    });
    const unknown = await gqlAs(
      PAY,
      { input: { saleId: sale.id, kind: 'BITCOIN', amountCents: 100, idempotencyKey: key() } },
      staff,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.kind' })],
    });
    const noDeposit = await gqlAs(
      PAY,
      { input: { saleId: sale.id, kind: 'DEPOSIT', amountCents: 100, idempotencyKey: key() } },
      staff,
    );
    expect(noDeposit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    sale = await pay({ saleId: sale.id, kind: 'CASH', amountCents: 5000 });
    expect(sale).toMatchObject({ status: 'COMPLETED', changeCents: 3001, paidCents: 1999 });
    expect(sale.tenders).toEqual([
      expect.objectContaining({ kind: 'CASH', amountCents: 1999, changeCents: 3001 }),
    ]);
    const edit = await gqlAs(UPDATE, { input: { lineId: sale.lines[0].id, quantity: 2 } }, staff);
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a double click adds one tender and makes one ticket; a replayed key answers the same ticket', async () => {
    const tillId = await openTill('Double');
    let sale = await open({ tillId });
    sale = await add({ saleId: sale.id, kind: 'FREE', label: 'Soin', unitPriceCents: 3000, vatRateBp: 2000 });
    const input = { saleId: sale.id, kind: 'CASH', amountCents: 3000, idempotencyKey: key() };
    const answers = await Promise.all([1, 2, 3].map(() => gqlAs<{ paySale: Sale }>(PAY, { input }, staff)));
    for (const a of answers) expect(a.errors).toBeUndefined();
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM sale_tender WHERE sale_id = $1', [
      sale.id,
    ]);
    expect(n).toBe(1);
    const [{ tickets }] = await db.query(
      `SELECT count(*)::int AS tickets FROM pos_journal WHERE till_id = $1 AND kind = 'TICKET'`,
      [tillId],
    );
    expect(tickets).toBe(1);
    expect((await gqlAs<{ paySale: Sale }>(PAY, { input }, staff)).data?.paySale.status).toBe('COMPLETED');
  });

  it('saleUpdated streams the ticket after each committed change', async () => {
    const tillId = await openTill('Direct');
    const sale = await open({ tillId });
    const client = wsClient(t.url, staff);
    try {
      const sub = subscribe<{ saleUpdated: Sale }>(
        client,
        `subscription($id: ID!) { saleUpdated(id: $id) { ${SALE} } }`,
        { id: sale.id },
      );
      await waitForSubscribers(t.config, `saleUpdated:${sale.id}`);
      await add({ saleId: sale.id, kind: 'FREE', label: 'Épilation', unitPriceCents: 2500, vatRateBp: 2000 });
      expect((await sub.next()).saleUpdated).toMatchObject({
        status: 'OPEN',
        totalInclCents: 2500,
        lines: [{ label: 'Épilation' }],
      });
      await pay({ saleId: sale.id, kind: 'CASH', amountCents: 2500 });
      expect((await sub.next()).saleUpdated).toMatchObject({ status: 'COMPLETED', paidCents: 2500 });
    } finally {
      await client.dispose();
    }
  });

  it('refuses to sell on a till without an open session', async () => {
    const till = await t.get(CashSessionService).createTill(`Fermée ${Date.now()}`);
    const res = await gqlAs(OPEN, { input: { tillId: till.id } }, staff);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(res.errors?.[0]?.message).toContain('ouvrez une session de caisse');
  });

  it('a declined card or an offline reader leaves the ticket open with its other tenders', async () => {
    const tillId = await openTill('Refus');
    let sale = await open({ tillId });
    sale = await add({
      saleId: sale.id,
      kind: 'FREE',
      label: 'Forfait',
      unitPriceCents: 6000,
      vatRateBp: 2000,
    });
    sale = await pay({ saleId: sale.id, kind: 'CASH', amountCents: 1000 });
    sale = await pay({ saleId: sale.id, kind: 'CARD_TERMINAL', amountCents: 5000, readerId });
    const card = sale.tenders.find((x) => x.kind === 'CARD_TERMINAL')!;
    fake.decline(await ctidOf(card), 'insufficient funds');
    sale = await waitFor(async () => {
      const s = await get(sale.id);
      return s.tenders.find((x) => x.id === card.id)?.status === 'DECLINED' ? s : false;
    }, 'the card tender to be declined');
    expect(sale).toMatchObject({ status: 'OPEN', paidCents: 1000, leftToPayCents: 5000 });
    await waitFor(async () => {
      const [r] = await db.query(
        'SELECT count(*)::int AS n FROM terminal_checkout WHERE reader_id = $1 AND final_at IS NULL',
        [readerId],
      );
      return r.n === 0;
    }, 'the reader to be free');
    const [{ provider_reader_id: sumupId }] = await db.query(
      'SELECT provider_reader_id FROM terminal_reader WHERE id = $1',
      [readerId],
    );
    fake.setReaderOffline(sumupId, true);
    try {
      const offline = await gqlAs<{ paySale: Sale }>(
        PAY,
        {
          input: {
            saleId: sale.id,
            kind: 'CARD_TERMINAL',
            amountCents: 5000,
            readerId,
            idempotencyKey: key(),
          },
        },
        staff,
      );
      expect(offline.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(offline.errors?.[0]?.message).toMatch(/hors ligne/);
    } finally {
      fake.setReaderOffline(sumupId, false);
    }
    sale = await get(sale.id);
    expect(sale).toMatchObject({ status: 'OPEN', paidCents: 1000, pendingCents: 0, leftToPayCents: 5000 });
    expect(sale.tenders.filter((x) => x.status === 'DECLINED')).toHaveLength(2);
    sale = await pay({ saleId: sale.id, kind: 'CHEQUE', amountCents: 5000, reference: '0012345' });
    expect(sale.status).toBe('COMPLETED');
    expect(sale.tenders.filter((x) => x.status === 'CONFIRMED').map((x) => x.kind)).toEqual([
      'CASH',
      'CHEQUE',
    ]);
  });

  it('20 concurrent completions on one till get the numbers 1..20, without gaps or duplicates', async () => {
    const tillId = await openTill('Rush');
    const sales: Sale[] = [];
    for (let i = 0; i < 20; i++) {
      const s = await open({ tillId });
      sales.push(
        await add({
          saleId: s.id,
          kind: 'FREE',
          label: `Soin ${i}`,
          unitPriceCents: 1000 + i,
          vatRateBp: 2000,
        }),
      );
    }
    const paid = await Promise.all(
      sales.map((s) => pay({ saleId: s.id, kind: 'CASH', amountCents: s.totalInclCents })),
    );
    expect(paid.map((s) => s.number).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const rows = await db.query(
      `SELECT number FROM pos_journal WHERE till_id = $1 AND kind = 'TICKET' ORDER BY number`,
      [tillId],
    );
    expect(rows.map((r: { number: number }) => r.number)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('parks a ticket and resumes it; discounts need a reason, and big ones an admin', async () => {
    const tillId = await openTill('Remises');
    let sale = await open({ tillId });
    sale = await add({
      saleId: sale.id,
      kind: 'FREE',
      label: 'Soin',
      unitPriceCents: 3333,
      vatRateBp: 2000,
      quantity: 3,
    });
    sale = (await ok<{ parkSale: Sale }>(PARK, { input: { saleId: sale.id } })).parkSale;
    expect(sale.status).toBe('PARKED');
    const parked = (
      await ok<{ sales: { items: { id: string }[] } }>(LIST, { filter: { tillId, status: 'PARKED' } })
    ).sales.items;
    expect(parked.map((s) => s.id)).toEqual([sale.id]);
    const noReason = await gqlAs(
      DISCOUNT,
      { input: { saleId: sale.id, kind: 'PERCENT', value: 1000 } },
      staff,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.reason' })],
    });
    const big = await gqlAs(
      DISCOUNT,
      { input: { saleId: sale.id, kind: 'PERCENT', value: 5000, reason: 'Geste' } },
      staff,
    );
    expect(big.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    sale = (
      await ok<{ applyDiscount: Sale }>(
        DISCOUNT,
        { input: { saleId: sale.id, kind: 'PERCENT', value: 5000, reason: 'Geste' } },
        admin,
      )
    ).applyDiscount;
    expect(sale).toMatchObject({ status: 'OPEN', totalInclCents: 4999, discountCents: 5000 }); // 4999,5 rounds up
    sale = (
      await ok<{ applyDiscount: Sale }>(DISCOUNT, {
        input: { saleId: sale.id, lineId: sale.lines[0].id, kind: 'AMOUNT', value: 999, reason: 'Fidélité' },
      })
    ).applyDiscount;
    expect(sale.totalInclCents).toBe(4500); // (9999 − 999) × 50 %
    sale = (await ok<{ removeSaleLine: Sale }>(REMOVE, { input: { lineId: sale.lines[0].id } }))
      .removeSaleLine;
    expect(sale).toMatchObject({ totalInclCents: 0, lines: [] });
  });

  it('a credit note takes back what was sold (never more), refunds the card, returns the stock; big ones need an admin', async () => {
    const tillId = await openTill('Avoirs');
    const serum = await product(3000, 4);
    let sale = await open({ tillId });
    sale = await add({ saleId: sale.id, kind: 'PRODUCT', productId: serum, quantity: 3 });
    sale = await pay({ saleId: sale.id, kind: 'CARD_TERMINAL', amountCents: 9000, readerId });
    fake.approve(await ctidOf(sale.tenders[0]));
    sale = await waitFor(async () => {
      const s = await get(sale.id);
      return s.status === 'COMPLETED' ? s : false;
    }, 'the card sale to complete');
    const line = sale.lines[0];
    const credit = (input: Record<string, unknown>, token = staff) =>
      gqlAs<{ issueCreditNote: Sale }>(
        CREDIT,
        { input: { saleId: sale.id, reason: 'Allergie', idempotencyKey: key(), ...input } },
        token,
      );

    const tooMany = await credit({
      lines: [{ lineId: line.id, quantity: 4 }],
      refunds: [{ kind: 'CASH', amountCents: 12000 }],
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.lines.0.quantity' })],
    });
    const mismatch = await credit({
      lines: [{ lineId: line.id, quantity: 1 }],
      refunds: [{ kind: 'CASH', amountCents: 2000 }],
    });
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.refunds' })],
    });
    const staffTooBig = await credit({
      lines: [{ lineId: line.id, quantity: 2 }],
      refunds: [{ kind: 'CARD_TERMINAL', amountCents: 6000 }],
    });
    expect(staffTooBig.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const first = await credit({
      lines: [{ lineId: line.id, quantity: 1 }],
      refunds: [{ kind: 'CARD_TERMINAL', amountCents: 3000 }],
    });
    expect(first.errors).toBeUndefined();
    const note = first.data!.issueCreditNote;
    expect(note).toMatchObject({
      kind: 'CREDIT_NOTE',
      status: 'COMPLETED',
      number: 1,
      originalSaleId: sale.id,
      totalInclCents: -3000,
    });
    expect(note.lines).toEqual([
      expect.objectContaining({
        quantity: -1,
        totalInclCents: -3000,
        totalExclCents: -2500,
        originalLineId: line.id,
      }),
    ]);
    expect(note.tenders).toEqual([expect.objectContaining({ kind: 'CARD_TERMINAL', amountCents: -3000 })]);
    const transaction = fake.transaction(await ctidOf(sale.tenders[0]));
    expect(fake.refunds(transaction.id)).toEqual([3000]);
    const [ret] = await db.query(
      `SELECT quantity, quantity_after FROM stock_movement WHERE product_id = $1 AND kind = 'SALE_RETURN'`,
      [serum],
    );
    expect(ret).toEqual({ quantity: 1, quantity_after: 2 });
    const [record] = await db.query(
      `SELECT payload FROM pos_journal WHERE till_id = $1 AND kind = 'CREDIT_NOTE'`,
      [tillId],
    );
    expect(record.payload).toMatchObject({
      totalInclCents: -3000,
      originalSaleId: sale.id,
      vatTotals: [{ rateBp: 2000, baseCents: -2500, vatCents: -500 }],
    });

    const rest = await credit(
      { lines: [{ lineId: line.id, quantity: 2 }], refunds: [{ kind: 'CASH', amountCents: 6000 }] },
      admin,
    );
    expect(rest.data?.issueCreditNote).toMatchObject({ number: 2, totalInclCents: -6000 });
    const nothingLeft = await credit(
      { lines: [{ lineId: line.id, quantity: 1 }], refunds: [{ kind: 'CASH', amountCents: 3000 }] },
      admin,
    );
    expect(nothingLeft.errors?.[0]?.message).toBe('Cette ligne a déjà été entièrement remboursée.');

    // The day's closure adds tickets and credit notes up, and the journal verifies.
    // (Through the service: the closePeriod mutation loses its `date` to the validation pipe, reported.)
    const closure = await t.get(ClosureService).closePeriod({
      tillId,
      period: 'DAY',
      date: parisDate(new Date()),
      now: new Date(),
      actorUserId: staffId,
    });
    expect(closure.payload).toMatchObject({
      ticketCount: 1,
      creditNoteCount: 2,
      totalInclCents: 0,
      tenders: [
        { kind: 'CARD_TERMINAL', amountCents: 6000 },
        { kind: 'CASH', amountCents: -6000 },
      ],
    });
    const { verifyJournal } = await ok<{ verifyJournal: { ok: boolean; recordsChecked: number } }>(
      'mutation($input: JournalRangeInput!) { verifyJournal(input: $input) { ok recordsChecked } }',
      { input: { tillId } },
      admin,
    );
    expect(verifyJournal.ok).toBe(true);
  });
});
