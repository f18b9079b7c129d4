/**
 * A loyalty reward at the till never takes a ticket below 0 € and never spends points for part of its
 * value: refused on an empty ticket or one below the reward (French message naming both amounts, no
 * redemption left behind), and the ticket cannot lose afterwards what the reward reduces.
 */
import type { DataSource } from 'typeorm';
import { gql } from '@serenaia/test-support';
import { CashSessionService } from '../src/pos/index.js';
import { createUser, loginAs } from './support/factories.js';
import { enableLoyaltyProgram } from './support/loyalty-program.js';
import { startTestApp, type TestApp } from './support/app.js';

const SALE = 'id status totalInclCents lines { id kind totalInclCents }';
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const UPDATE = `mutation($input: UpdateSaleLineInput!) { updateSaleLine(input: $input) { ${SALE} } }`;
const REMOVE = `mutation($input: RemoveSaleLineInput!) { removeSaleLine(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const REDEEM = `mutation($input: RedeemRewardInput!) { redeemReward(input: $input) { ${SALE} } }`;
const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`;
interface Sale {
  id: string;
  status: string;
  totalInclCents: number;
  lines: { id: string; kind: string; totalInclCents: number }[];
}

describe('a loyalty reward on a small ticket', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let admin: string;
  let tillId: string;
  let clientId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    const staffUser = await createUser(db, 'STAFF');
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    const tills = t.get(CashSessionService);
    const till = await tills.createTill('Fidélité petits tickets');
    await tills.open({ tillId: till.id, counts: [], by: staffUser.id, now: new Date() });
    tillId = till.id;
    await enableLoyaltyProgram(t.url, admin, {
      birthdayBonusPoints: 0,
      referralBonusPoints: 0,
      tiers: [
        { code: 'BRONZE', name: 'Bronze', minSpendCents: 0, serviceDiscountBp: 0 },
        { code: 'SILVER', name: 'Argent', minSpendCents: 50000, serviceDiscountBp: 0 },
        { code: 'GOLD', name: 'Or', minSpendCents: 100000, serviceDiscountBp: 0 },
      ],
    });
    const rows: { id: string }[] = await db.query(
      `INSERT INTO client (first_name, last_name, email, phone)
       VALUES ('Rose', 'Petitticket', 'rose.petit@exemple.fr', '+33671234999') RETURNING id`,
    );
    clientId = rows[0].id;
    await ok(ADJUST, { input: { clientId, points: 600, reason: 'Reprise de l’ancienne carte' } }, admin);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
    const res = await gql<T>(t.url, query, variables, { token });
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  async function refused(query: string, variables: Record<string, unknown>) {
    const res = await gql(t.url, query, variables, { token: staff });
    const error = res.errors?.[0];
    if (error === undefined) throw new Error('expected a refusal');
    return {
      code: error.extensions?.code,
      message: error.message.replace(/\s/g, ' '),
      fields: ((error.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field),
    };
  }
  const redeem = (saleId: string) =>
    refused(REDEEM, { input: { saleId, rewardCode: 'BON-10', clientConsent: true } });
  const addFree = async (saleId: string, unitPriceCents: number) =>
    (
      await ok<{ addSaleLine: Sale }>(ADD, {
        input: { saleId, kind: 'FREE', label: 'Vernis', unitPriceCents, vatRateBp: 2000 },
      })
    ).addSaleLine;
  const redemptions = async () =>
    (
      await db.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM loyalty_redemption WHERE client_id = $1',
        [clientId],
      )
    )[0].n;
  const balance = async () =>
    (
      await db.query<{ b: number }[]>('SELECT balance AS b FROM loyalty_account WHERE client_id = $1', [
        clientId,
      ])
    )[0].b;

  it('is refused on an empty ticket and on one below its value, nothing recorded, no point spent', async () => {
    const sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId, clientId } })).openSale;
    expect(await redeem(sale.id)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Le ticket est vide : ajoutez d’abord ce que la récompense vient réduire.',
      fields: ['input.rewardCode'],
    });
    await addFree(sale.id, 350);
    expect(await redeem(sale.id)).toEqual({
      code: 'BAD_USER_INPUT',
      message:
        'Le ticket (3,50 €) est inférieur à la récompense (10,00 €) : ajoutez d’abord ce qu’elle vient réduire, sinon la cliente perdrait une partie de ses points.',
      fields: ['input.rewardCode'],
    });
    expect(await redemptions()).toBe(0);
    expect(await balance()).toBe(600);
  });

  it('once on a ticket, what it reduces cannot be removed or lowered below it; paid, the points leave once', async () => {
    let sale = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId, clientId } })).openSale;
    const small = (await addFree(sale.id, 350)).lines[0];
    sale = await addFree(sale.id, 1200);
    const big = sale.lines.find((l) => l.id !== small.id)!;
    sale = (
      await ok<{ redeemReward: Sale }>(REDEEM, {
        input: { saleId: sale.id, rewardCode: 'BON-10', clientConsent: true },
      })
    ).redeemReward;
    expect(sale.totalInclCents).toBe(550);

    const negative = {
      code: 'CONFLICT',
      message:
        'Le total du ticket deviendrait négatif : retirez d’abord la récompense fidélité qu’il contient.',
      fields: [],
    };
    expect(await refused(REMOVE, { input: { lineId: big.id } })).toEqual(negative);
    expect(await refused(UPDATE, { input: { lineId: big.id, unitPriceCents: 500 } })).toEqual(negative);
    // Down to exactly the reward's value is fine: the whole reward is used.
    sale = (await ok<{ removeSaleLine: Sale }>(REMOVE, { input: { lineId: small.id } })).removeSaleLine;
    expect(sale.totalInclCents).toBe(200);

    const paid = (
      await ok<{ paySale: Sale }>(PAY, {
        input: { saleId: sale.id, kind: 'CASH', amountCents: 200, idempotencyKey: `small-ticket-${sale.id}` },
      })
    ).paySale;
    expect(paid.status).toBe('COMPLETED');
    expect(await balance()).toBe(100);
  });
});
