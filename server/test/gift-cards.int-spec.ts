import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { DataSource } from 'typeorm';
import { gql, type GqlResponse } from '@serenaia/test-support';
import { EXPIRE_GIFT_CARDS, GiftCardCodes } from '../src/gift-card/index.js';
import { randomBytes } from 'node:crypto';
import { codeFromRandom, formatCode } from '../src/gift-card/domain/gift-card-code.js';
import { CashSessionService } from '../src/pos/index.js';
import { QUEUES } from '../src/jobs/queues.js';
import { createCategory, createService } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { insertGiftCard } from './support/gift-card-factory.js';

const SALE = `id status totalInclCents leftToPayCents
  lines { id kind label quantity unitPriceCents vatRateBp totalInclCents }
  tenders { id kind status amountCents }`;
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const DISCOUNT = `mutation($input: ApplyDiscountInput!) { applyDiscount(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const CREDIT = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { ${SALE} } }`;
const CARD = `id last4 kind serviceName faceValueCents pricePaidCents balanceCents status category vatRateBp expiresAt
  movements { kind amountCents balanceAfterCents saleId reason }`;
const SOLD = `query($saleId: ID!) { soldGiftCards(saleId: $saleId) { code giftCard { ${CARD} } } }`;
const BY_CODE = `query($code: String!) { giftCard(code: $code) { ${CARD} } }`;
const REDEEM = `mutation($input: RedeemGiftCardInput!) { redeemGiftCard(input: $input) { giftCardId redeemedCents balanceCents } }`;
const BALANCE = `query($code: String!) { giftCardBalance(code: $code) { balanceCents expiresAt } }`;

interface Card {
  id: string;
  last4: string;
  kind: string;
  serviceName: string | null;
  faceValueCents: number;
  pricePaidCents: number;
  balanceCents: number;
  status: string;
  category: string;
  vatRateBp: number;
  expiresAt: string;
  movements: { kind: string; amountCents: number; balanceAfterCents: number; saleId: string | null }[];
}
interface Sale {
  id: string;
  status: string;
  totalInclCents: number;
  leftToPayCents: number;
  lines: {
    id: string;
    kind: string;
    label: string;
    quantity: number;
    vatRateBp: number;
    totalInclCents: number;
  }[];
  tenders: { id: string; kind: string; status: string; amountCents: number }[];
}

/** A well-formed code (right check symbol) that no card has (75 random bits). */
function unknownCode(): string {
  return formatCode(codeFromRandom(randomBytes(16)));
}

describe('gift cards', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let admin: string;
  let staffId: string;
  let tillId: string;
  let service: string;
  let keys = 0;
  const key = () => `gift-click-${++keys}-${Date.now()}`;
  const codes: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000', TRUST_PROXY: '1' } });
    db = t.dataSource;
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`Accueil ${Date.now()}`);
    await tills.open({ tillId: till.id, counts: [], by: staffId, now: new Date() });
    tillId = till.id;
    service = await createService(db, await createCategory(db), { minutes: 60, priceCents: 8500 });
  });

  afterAll(async () => {
    await t?.close();
  });

  const as = <T>(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ) => gql<T>(t.url, query, variables, { token, headers });
  async function ok<T>(query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
    const res = await as<T>(query, variables, token);
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  const fieldOf = (res: GqlResponse<unknown>) =>
    (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);

  async function sellCard(line: Record<string, unknown>, discount?: Record<string, unknown>) {
    let sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId } })).openSale;
    sale = (await ok<{ addSaleLine: Sale }>(ADD, { input: { saleId: sale.id, kind: 'GIFT_CARD', ...line } }))
      .addSaleLine;
    if (discount)
      sale = (await ok<{ applyDiscount: Sale }>(DISCOUNT, { input: { saleId: sale.id, ...discount } }))
        .applyDiscount;
    const paid = (
      await ok<{ paySale: Sale }>(PAY, {
        input: { saleId: sale.id, kind: 'CASH', amountCents: sale.totalInclCents, idempotencyKey: key() },
      })
    ).paySale;
    expect(paid.status).toBe('COMPLETED');
    const sold = (await ok<{ soldGiftCards: { code: string; giftCard: Card }[] }>(SOLD, { saleId: sale.id }))
      .soldGiftCards;
    codes.push(...sold.map((s) => s.code));
    return { sale: paid, sold };
  }

  it('sells an amount card at the till, issues it in the completing transaction and prints its code', async () => {
    const { sale, sold } = await sellCard({ unitPriceCents: 5000 });
    expect(sale.lines[0]).toMatchObject({ kind: 'GIFT_CARD', label: 'Carte cadeau', totalInclCents: 5000 });
    expect(sold).toHaveLength(1);
    expect(sold[0].code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    expect(sold[0].giftCard).toMatchObject({
      kind: 'AMOUNT',
      faceValueCents: 5000,
      pricePaidCents: 5000,
      balanceCents: 5000,
      status: 'ACTIVE',
      last4: sold[0].code.slice(-4),
      movements: [{ kind: 'ISSUE', amountCents: 5000, balanceAfterCents: 5000, saleId: sale.id }],
    });
    // Every redeemable supply of this database is at 20 %: single-purpose, VAT at sale.
    expect(sold[0].giftCard).toMatchObject({ category: 'SINGLE_PURPOSE', vatRateBp: 2000 });
    expect(sale.lines[0].vatRateBp).toBe(2000);
    // Valid for 12 months, through the same Paris date.
    const months = (Date.parse(sold[0].giftCard.expiresAt) - Date.now()) / (30.44 * 86_400_000);
    expect(months).toBeGreaterThan(11.9);
    expect(months).toBeLessThan(12.1);
  });

  it('sells a service card below its face value (promotion) and multi-purpose when supplies have two rates', async () => {
    const { sold } = await sellCard(
      { referenceId: service },
      { kind: 'AMOUNT', value: 1000, reason: 'Noël' },
    );
    expect(sold[0].giftCard).toMatchObject({
      kind: 'SERVICE',
      faceValueCents: 8500,
      pricePaidCents: 7500,
      balanceCents: 8500,
      category: 'SINGLE_PURPOSE',
    });
    await db.query(
      `INSERT INTO product (name, price_cents, vat_rate_bp, kind) VALUES ('Complément', 1200, 550, 'RETAIL')`,
    );
    try {
      const multi = await sellCard({ unitPriceCents: 3000, quantity: 2 });
      expect(multi.sale.lines[0]).toMatchObject({ vatRateBp: 0, quantity: 2, totalInclCents: 6000 });
      expect(multi.sold.map((s) => s.giftCard.category)).toEqual(['MULTI_PURPOSE', 'MULTI_PURPOSE']);
      expect(new Set(multi.sold.map((s) => s.code)).size).toBe(2);
    } finally {
      await db.query(`UPDATE product SET active = false WHERE name = 'Complément'`);
    }
  });

  it('refuses an amount outside the bounds, naming the field', async () => {
    const sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId } })).openSale;
    const res = await as(ADD, { input: { saleId: sale.id, kind: 'GIFT_CARD', unitPriceCents: 50 } }, staff);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/1 € à 1 000 €/);
    expect(fieldOf(res)).toEqual(['input.unitPriceCents']);
  });

  it('pays another ticket with the card as a tender, then a credit note gives it back to the card', async () => {
    const { sale: cardSale, sold } = await sellCard({ unitPriceCents: 4000 });
    const code = sold[0].code;
    let sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId } })).openSale;
    sale = (
      await ok<{ addSaleLine: Sale }>(ADD, {
        input: { saleId: sale.id, kind: 'FREE', label: 'Soin', unitPriceCents: 6000, vatRateBp: 2000 },
      })
    ).addSaleLine;
    // Above the balance: refused, nothing taken.
    const above = await as(
      PAY,
      {
        input: {
          saleId: sale.id,
          kind: 'GIFT_CARD',
          amountCents: 4500,
          reference: code,
          idempotencyKey: key(),
        },
      },
      staff,
    );
    expect(above.errors?.[0]?.message).toMatch(/solde de la carte cadeau est de 40,00/);
    expect(fieldOf(above)).toEqual(['input.amountCents']);
    const paidKey = key();
    sale = (
      await ok<{ paySale: Sale }>(PAY, {
        input: {
          saleId: sale.id,
          kind: 'GIFT_CARD',
          amountCents: 4000,
          reference: code.toLowerCase(),
          idempotencyKey: paidKey,
        },
      })
    ).paySale;
    expect(sale.tenders).toEqual([
      expect.objectContaining({ kind: 'GIFT_CARD', status: 'CONFIRMED', amountCents: 4000 }),
    ]);
    // The same click again redeems nothing more.
    await ok(PAY, {
      input: {
        saleId: sale.id,
        kind: 'GIFT_CARD',
        amountCents: 4000,
        reference: code,
        idempotencyKey: paidKey,
      },
    });
    sale = (
      await ok<{ paySale: Sale }>(PAY, {
        input: { saleId: sale.id, kind: 'CASH', amountCents: 2000, idempotencyKey: key() },
      })
    ).paySale;
    expect(sale.status).toBe('COMPLETED');
    let card = (await ok<{ giftCard: Card }>(BY_CODE, { code })).giftCard;
    expect(card).toMatchObject({ balanceCents: 0, status: 'USED' });
    expect(card.movements.map((m) => [m.kind, m.amountCents, m.saleId])).toEqual([
      ['ISSUE', 4000, cardSale.id],
      ['REDEEM', -4000, sale.id],
    ]);
    // The ledger says who took the card at the till.
    const redeemedBy: { created_by: string }[] = await db.query(
      `SELECT created_by FROM gift_card_movement WHERE gift_card_id = $1 AND kind = 'REDEEM'`,
      [card.id],
    );
    expect(redeemedBy).toEqual([{ created_by: staffId }]);

    const note = (
      await ok<{ issueCreditNote: Sale }>(
        CREDIT,
        {
          input: {
            saleId: sale.id,
            lines: [{ lineId: sale.lines[0].id, quantity: 1 }],
            refunds: [
              { kind: 'GIFT_CARD', amountCents: 4000 },
              { kind: 'CASH', amountCents: 2000 },
            ],
            reason: 'Soin non réalisé',
            idempotencyKey: key(),
          },
        },
        admin,
      )
    ).issueCreditNote;
    expect(note.status).toBe('COMPLETED');
    card = (await ok<{ giftCard: Card }>(BY_CODE, { code })).giftCard;
    expect(card).toMatchObject({ balanceCents: 4000, status: 'ACTIVE' });
    expect(card.movements.at(-1)).toMatchObject({ kind: 'REFUND', amountCents: 4000, saleId: sale.id });
  });

  it('a credit note of the card sale cancels the unspent card', async () => {
    const { sale, sold } = await sellCard({ unitPriceCents: 2500 });
    await ok(CREDIT, {
      input: {
        saleId: sale.id,
        lines: [{ lineId: sale.lines[0].id, quantity: 1 }],
        refunds: [{ kind: 'CASH', amountCents: 2500 }],
        reason: 'Erreur de saisie',
        idempotencyKey: key(),
      },
    });
    const card = (await ok<{ giftCard: Card }>(BY_CODE, { code: sold[0].code })).giftCard;
    expect(card).toMatchObject({ status: 'CANCELLED', balanceCents: 0 });
    expect(card.movements.map((m) => m.kind)).toEqual(['ISSUE', 'CANCEL']);
  });

  it('a credit note cannot take back a spent card: refused before any money leaves; the unspent ones go at once', async () => {
    const { sale, sold } = await sellCard({ unitPriceCents: 2500, quantity: 3 });
    expect(sold).toHaveLength(3);
    await ok(REDEEM, { input: { code: sold[0].code, amountCents: 100 } });
    const credit = (quantity: number) => ({
      input: {
        saleId: sale.id,
        lines: [{ lineId: sale.lines[0].id, quantity }],
        refunds: [{ kind: 'CASH', amountCents: 2500 * quantity }],
        reason: 'Cartes rendues',
        idempotencyKey: key(),
      },
    });
    const refused = await as(CREDIT, credit(3), staff);
    expect(refused.errors?.[0]?.message).toBe(
      'Une carte cadeau déjà utilisée ne se reprend pas par un avoir.',
    );
    expect(fieldOf(refused)).toEqual(['input.lines.0.quantity']);
    const notes: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM sale WHERE original_sale_id = $1`,
      [sale.id],
    );
    expect(notes).toEqual([{ n: 0 }]);
    await ok(CREDIT, credit(2));
    const cards = await Promise.all(
      sold.map(async (s) => (await ok<{ giftCard: Card }>(BY_CODE, { code: s.code })).giftCard),
    );
    expect(cards.map((c) => [c.status, c.balanceCents, c.movements.map((m) => m.kind)])).toEqual([
      ['ACTIVE', 2400, ['ISSUE', 'REDEEM']],
      ['CANCELLED', 0, ['ISSUE', 'CANCEL']],
      ['CANCELLED', 0, ['ISSUE', 'CANCEL']],
    ]);
  });

  it('50 redemptions of 5 € and 50 of 3 € at once on one 100 € card never spend more than 100 €', async () => {
    const { sold } = await sellCard({ unitPriceCents: 10_000 });
    const code = sold[0].code;
    const amounts = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 500 : 300));
    const results = await Promise.all(
      amounts.map((amountCents) =>
        as<{ redeemGiftCard: { redeemedCents: number; balanceCents: number } }>(
          REDEEM,
          { input: { code, amountCents } },
          staff,
        ),
      ),
    );
    const succeeded = results.filter((r) => r.data?.redeemGiftCard !== undefined);
    const total = succeeded.reduce((s, r) => s + r.data!.redeemGiftCard.redeemedCents, 0);
    expect(total).toBeLessThanOrEqual(10_000);
    for (const failed of results.filter((r) => r.errors !== undefined)) {
      expect(failed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(failed.errors?.[0]?.message).toMatch(/solde|entièrement utilisée/);
    }
    const card = (await ok<{ giftCard: Card }>(BY_CODE, { code })).giftCard;
    expect(card.balanceCents).toBe(10_000 - total);
    // Every 3 € that failed saw less than 3 € left: the card is spent down to under 3 €.
    expect(card.balanceCents).toBeLessThan(300);
    expect(card.movements.reduce((s, m) => s + m.amountCents, 0)).toBe(card.balanceCents);
    expect(card.movements.filter((m) => m.kind === 'REDEEM')).toHaveLength(succeeded.length);
    // Each balance seen after a redemption is distinct: no two redemptions read the same balance.
    const after = succeeded.map((r) => r.data!.redeemGiftCard.balanceCents);
    expect(new Set(after).size).toBe(after.length);
  });

  it('refuses a wrong code, a typo, an expired card and an amount above the balance, naming the field', async () => {
    const { sold } = await sellCard({ unitPriceCents: 2000 });
    const code = sold[0].code;
    const wrong = await as(REDEEM, { input: { code: unknownCode(), amountCents: 100 } }, staff);
    expect(wrong.errors?.[0]?.message).toBe('Aucune carte cadeau ne correspond à ce code.');
    expect(fieldOf(wrong)).toEqual(['input.code']);

    const plain = code.replace(/-/g, '');
    const swapped = plain.slice(0, 5) + plain[6] + plain[5] + plain.slice(7);
    const typo = await as(
      REDEEM,
      {
        input: {
          code: plain[5] === plain[6] ? plain.slice(0, 15) + (plain[15] === '2' ? '3' : '2') : swapped,
          amountCents: 100,
        },
      },
      staff,
    );
    expect(typo.errors?.[0]?.message).toMatch(/faute de frappe/);
    expect(fieldOf(typo)).toEqual(['input.code']);

    const above = await as(REDEEM, { input: { code, amountCents: 2001 } }, staff);
    expect(above.errors?.[0]?.message).toMatch(/solde de la carte cadeau est de 20,00/);
    expect(fieldOf(above)).toEqual(['input.amountCents']);

    await db.query(`UPDATE gift_card SET expires_at = now() - interval '1 day' WHERE id = $1`, [
      sold[0].giftCard.id,
    ]);
    const expired = await as(REDEEM, { input: { code, amountCents: 100 } }, staff);
    expect(expired.errors?.[0]?.message).toMatch(/a expiré \(valable jusqu’au \d{2}\/\d{2}\/\d{4}\)/);
    expect(fieldOf(expired)).toEqual(['input.code']);
    const card = (await ok<{ giftCard: Card }>(BY_CODE, { code })).giftCard;
    expect(card.balanceCents).toBe(2000);
  });

  it('the expiry job marks past cards expired once; an admin extension revives one', async () => {
    const { sold } = await sellCard({ unitPriceCents: 1500 });
    const code = sold[0].code;
    await ok(REDEEM, { input: { code, amountCents: 500 } });
    await db.query(`UPDATE gift_card SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      sold[0].giftCard.id,
    ]);
    const queue = t.get<Queue>(getQueueToken(QUEUES.giftCards));
    for (const run of [1, 2]) {
      const job = await queue.add(EXPIRE_GIFT_CARDS, {}, { jobId: `expire-test-${run}-${Date.now()}` });
      await waitFor(async () => (await job.getState()) === 'completed', 'the expiry job to run');
    }
    let card = (await ok<{ giftCard: Card }>(BY_CODE, { code })).giftCard;
    expect(card).toMatchObject({ status: 'EXPIRED', balanceCents: 0 });
    expect(card.movements.map((m) => [m.kind, m.amountCents])).toEqual([
      ['ISSUE', 1500],
      ['REDEEM', -500],
      ['EXPIRE', -1000],
    ]);
    const lastValidDate = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    const extendDoc = `mutation($input: ExtendGiftCardInput!) { extendGiftCard(input: $input) { ${CARD} } }`;
    const refused = await as(
      extendDoc,
      { input: { id: card.id, lastValidDate, reason: 'Geste commercial' } },
      staff,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    card = (
      await ok<{ extendGiftCard: Card }>(
        extendDoc,
        { input: { id: card.id, lastValidDate, reason: 'Geste commercial' } },
        admin,
      )
    ).extendGiftCard;
    expect(card).toMatchObject({ status: 'ACTIVE', balanceCents: 1000 });
    expect(card.movements.at(-1)).toMatchObject({
      kind: 'EXTEND',
      amountCents: 1000,
      reason: 'Geste commercial',
    });
    expect(card.movements.reduce((s, m) => s + m.amountCents, 0)).toBe(1000);
  });

  /** A card issued without payment (no ticket, no order): ACTIVE, `cents` on it, its ISSUE movement. */
  const issuedWithoutPayment = (cents: number) => insertGiftCard(db, t.get(GiftCardCodes), cents, 0);

  it('cancels only an unspent card (ADMIN); a card sold at the till is refused: its ticket takes it back', async () => {
    const cancelDoc = `mutation($input: CancelGiftCardInput!) { cancelGiftCard(input: $input) { ${CARD} } }`;
    const spent = await issuedWithoutPayment(1000);
    await ok(REDEEM, { input: { code: spent.code, amountCents: 100 } });
    const no = await as(cancelDoc, { input: { id: spent.id, reason: 'Erreur' } }, admin);
    expect(no.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const fresh = await issuedWithoutPayment(1000);
    const done = (
      await ok<{ cancelGiftCard: Card }>(cancelDoc, { input: { id: fresh.id, reason: 'Erreur' } }, admin)
    ).cancelGiftCard;
    expect(done).toMatchObject({ status: 'CANCELLED', balanceCents: 0 });
    expect(done.movements.map((m) => [m.kind, m.amountCents])).toEqual([
      ['ISSUE', 1000],
      ['CANCEL', -1000],
    ]);

    const { sale, sold } = await sellCard({ unitPriceCents: 1000 });
    const refused = await as(cancelDoc, { input: { id: sold[0].giftCard.id, reason: 'Erreur' } }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldOf(refused)).toEqual(['input.id']);
    const [{ number }] = await db.query<{ number: number }[]>(
      'SELECT journal_number AS number FROM sale WHERE id = $1',
      [sale.id],
    );
    expect(refused.errors?.[0]?.message).toContain(`Faites un avoir sur le ticket n° ${number}`);
    const kept = (await ok<{ giftCard: Card }>(BY_CODE, { code: sold[0].code })).giftCard;
    expect(kept).toMatchObject({ status: 'ACTIVE', balanceCents: 1000 });
    expect(kept.movements.map((m) => m.kind)).toEqual(['ISSUE']);
    // The CRM names that ticket; a card not sold at the till has none.
    const numberOf = async (id: string) =>
      (
        await ok<{ giftCardById: { saleNumber: number | null } }>(
          'query($id: ID!) { giftCardById(id: $id) { saleNumber } }',
          { id },
        )
      ).giftCardById.saleNumber;
    expect(await numberOf(sold[0].giftCard.id)).toBe(number);
    expect(await numberOf(fresh.id)).toBeNull();
  });

  it('public balance: balance and expiry only, generic answers, 10 attempts a minute per IP and per code prefix', async () => {
    const { sold } = await sellCard({ unitPriceCents: 3300 });
    const code = sold[0].code;
    const ip = { 'x-forwarded-for': '203.0.113.7' };
    const first = await as<{ giftCardBalance: { balanceCents: number; expiresAt: string } }>(
      BALANCE,
      { code },
      undefined,
      ip,
    );
    expect(first.data?.giftCardBalance).toEqual({
      balanceCents: 3300,
      expiresAt: sold[0].giftCard.expiresAt,
    });
    const unknown = await as(BALANCE, { code: unknownCode() }, undefined, ip);
    const typo = await as(
      BALANCE,
      { code: code.slice(0, -1) + (code.endsWith('2') ? '3' : '2') },
      undefined,
      ip,
    );
    expect(unknown.errors?.[0]?.message).toBe('Carte cadeau introuvable : vérifiez le code.');
    expect(typo.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    // Attempts 4 to 10 from this IP still get answers.
    for (let i = 4; i <= 10; i++) {
      const res = await as(BALANCE, { code: unknownCode() }, undefined, ip);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const eleventh = await as(BALANCE, { code }, undefined, ip);
    expect(eleventh.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(eleventh.errors?.[0]?.message).toMatch(/^Trop de tentatives/);
    // Guesses from many IPs aimed at one code prefix are stopped after 10 as well.
    const prefix = 'WXYZ';
    const guesses = await Promise.all(
      Array.from({ length: 11 }, (_, i) =>
        as(BALANCE, { code: `${prefix}-ZZZZ-ZZZZ-ZZZ${(i % 8) + 2}` }, undefined, {
          'x-forwarded-for': `198.51.100.${i + 1}`,
        }),
      ),
    );
    expect(guesses.filter((g) => g.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS')).toHaveLength(1);
  });

  it('holds no code in clear anywhere in the database', async () => {
    expect(codes.length).toBeGreaterThan(5);
    const tables = await db.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const needles = codes.flatMap((c) => [c, c.replace(/-/g, ''), c.replace(/-/g, '').toLowerCase()]);
    for (const { table_name } of tables) {
      const rows = await db.query<{ row: string }[]>(`SELECT t::text AS row FROM "${table_name}" t`);
      for (const { row } of rows) {
        for (const needle of needles) {
          if (row.includes(needle)) throw new Error(`Code ${needle} found in ${table_name}`);
        }
      }
    }
    const [{ hashes }] = await db.query<{ hashes: number }[]>(
      `SELECT count(*)::int AS hashes FROM gift_card WHERE code_hash ~ '^[0-9a-f]{64}$'`,
    );
    expect(hashes).toBeGreaterThanOrEqual(codes.length);
  });
});
