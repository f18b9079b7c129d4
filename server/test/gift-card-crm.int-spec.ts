import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { gql } from '@serenaia/test-support';
import { createUser, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';

const COUNTS = `{ giftCardCounts { pendingPayment active partlyUsed used expired cancelled total } }`;
const LIST = `query($filter: GiftCardsFilterInput) { giftCards(filter: $filter) { total items { id last4 } } }`;
const BY_ID = `query($id: ID!) { giftCardById(id: $id) {
  id last4 faceValueCents pricePaidCents balanceCents status recipientName
  movements { kind amountCents balanceAfterCents saleId } } }`;

interface Counts {
  pendingPayment: number;
  active: number;
  partlyUsed: number;
  used: number;
  expired: number;
  cancelled: number;
  total: number;
}

/** A card row as the CRM reads it (the code itself is irrelevant here: a random hash stands for it). */
async function insertCard(
  db: DataSource,
  c: { status: string; faceValueCents: number; balanceCents: number; last4: string },
): Promise<string> {
  const [{ id }] = await db.query<{ id: string }[]>(
    `INSERT INTO gift_card (code_hash, code_last4, kind, face_value_cents, price_paid_cents, balance_cents,
                            status, category, vat_rate_bp, expires_at, issued_at, recipient_name)
     VALUES ($1, $2, 'AMOUNT', $3, $3, $4, $5, 'SINGLE_PURPOSE', 2000, '2027-12-01T23:00:00Z',
             '2026-12-01T10:00:00Z', 'Léa Dupont')
     RETURNING id`,
    [randomBytes(32).toString('hex'), c.last4, c.faceValueCents, c.balanceCents, c.status],
  );
  await db.query(
    `INSERT INTO gift_card_movement (gift_card_id, kind, amount_cents, balance_after_cents, occurred_at)
     VALUES ($1, 'ISSUE', $2, $2, '2026-12-01T10:00:00Z')`,
    [id, c.faceValueCents],
  );
  return id;
}

describe('gift cards in the CRM: counts per filter and the detail by id', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    staff = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    ids.fresh = await insertCard(db, {
      status: 'ACTIVE',
      faceValueCents: 5000,
      balanceCents: 5000,
      last4: 'AB2C',
    });
    ids.partly = await insertCard(db, {
      status: 'ACTIVE',
      faceValueCents: 5000,
      balanceCents: 1200,
      last4: 'ZZ9Q',
    });
    ids.used = await insertCard(db, { status: 'USED', faceValueCents: 3000, balanceCents: 0, last4: 'UU2U' });
    ids.expired = await insertCard(db, {
      status: 'EXPIRED',
      faceValueCents: 3000,
      balanceCents: 0,
      last4: 'EX2P',
    });
    ids.cancelled = await insertCard(db, {
      status: 'CANCELLED',
      faceValueCents: 3000,
      balanceCents: 0,
      last4: 'CA2N',
    });
    ids.pending = await insertCard(db, {
      status: 'PENDING_PAYMENT',
      faceValueCents: 8000,
      balanceCents: 0,
      last4: 'PE2D',
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await gql<T>(t.url, query, variables, { token: staff });
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  it('counts each filter exactly as the list filtered by it totals', async () => {
    const { giftCardCounts: counts } = await ok<{ giftCardCounts: Counts }>(COUNTS);
    expect(counts).toEqual({
      pendingPayment: 1,
      active: 2,
      partlyUsed: 1,
      used: 1,
      expired: 1,
      cancelled: 1,
      total: 6,
    });
    const totalOf = async (filter: Record<string, unknown>) =>
      (await ok<{ giftCards: { total: number } }>(LIST, { filter })).giftCards.total;
    expect(await totalOf({ statuses: ['PENDING_PAYMENT'] })).toBe(counts.pendingPayment);
    expect(await totalOf({ statuses: ['ACTIVE'] })).toBe(counts.active);
    expect(await totalOf({ partlyUsed: true })).toBe(counts.partlyUsed);
    expect(await totalOf({ statuses: ['USED'] })).toBe(counts.used);
    expect(await totalOf({ statuses: ['EXPIRED'] })).toBe(counts.expired);
    expect(await totalOf({ statuses: ['CANCELLED'] })).toBe(counts.cancelled);
    expect(await totalOf({})).toBe(counts.total);
  });

  it('finds a card by the last four symbols of its code, in any case', async () => {
    const { giftCards } = await ok<{ giftCards: { total: number; items: { id: string }[] } }>(LIST, {
      filter: { last4: 'zz9q' },
    });
    expect(giftCards.items.map((c) => c.id)).toEqual([ids.partly]);
  });

  it('validates the filter and the page as nested inputs, naming the field in French', async () => {
    const PAGED = `query($filter: GiftCardsFilterInput, $page: PageInput) { giftCards(filter: $filter, page: $page) { total } }`;
    const tooBig = await gql(t.url, PAGED, { page: { offset: 0, limit: 500 } }, { token: staff });
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'page.limit', message: 'Au plus 200 éléments par page.' })],
    });
    const badLast4 = await gql(t.url, PAGED, { filter: { last4: 'zz' } }, { token: staff });
    expect(badLast4.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'filter.last4' })],
    });
  });

  it('opens a card by its id with its ledger; an unknown id is not found, a malformed one names the field', async () => {
    const { giftCardById: card } = await ok<{
      giftCardById: { id: string; balanceCents: number; status: string; movements: { kind: string }[] };
    }>(BY_ID, { id: ids.partly });
    expect(card).toMatchObject({ id: ids.partly, balanceCents: 1200, status: 'ACTIVE', last4: 'ZZ9Q' });
    expect(card.movements.map((m) => m.kind)).toEqual(['ISSUE']);

    const missing = await gql(t.url, BY_ID, { id: randomUUID() }, { token: staff });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0]?.message).toBe('Carte cadeau introuvable.');

    const malformed = await gql(t.url, BY_ID, { id: 'pas-un-id' }, { token: staff });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(malformed.errors?.[0]?.extensions?.fields)).toContain('"id"');
  });
});
