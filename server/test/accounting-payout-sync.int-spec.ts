import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { DataSource } from 'typeorm';
import { SYNC_PROVIDER_PAYOUTS_JOB } from '../src/accounting/index.js';
import { INSTITUTE_TIME_ZONE, addDays, localDateOf } from '../src/common/time.js';
import { QUEUES } from '../src/jobs/queues.js';
import { gql } from '@serenaia/test-support';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { startStripeFake, type StripeFake } from './fakes/stripe-fake.js';
import { startSumUpFake, type SumUpFake } from './fakes/sumup-fake.js';

const STRIPE_SECRET = 'sk_test_payouts';
const SUMUP_KEY = 'sup_sk_payouts';
const MERCHANT = 'MPAYOUT01';
const SYNC = `mutation($input: SyncProviderPayoutsInput!) { syncProviderPayouts(input: $input) {
  provider from fetched alreadyRecorded failures { providerPayoutId message }
  recorded { id providerPayoutId paidOn grossCents feeCents netCents entryId } } }`;
const ENTRIES = `query { accountingEntries(page: {limit: 200}) { items {
  id sourceId journalCode entryDate pieceRef lines { accountNumber debitCents creditCents } } } }`;

interface Synced {
  provider: string;
  from: string;
  fetched: number;
  alreadyRecorded: number;
  failures: { providerPayoutId: string; message: string }[];
  recorded: {
    id: string;
    providerPayoutId: string;
    paidOn: string;
    grossCents: number;
    feeCents: number;
    netCents: number;
    entryId: string;
  }[];
}
interface Entry {
  id: string;
  sourceId: string;
  journalCode: string;
  entryDate: string;
  pieceRef: string;
  lines: { accountNumber: string; debitCents: number; creditCents: number }[];
}

/**
 * Case 8 without typing: Stripe's paid payouts read through the `stripe` SDK from the local fake
 * (GET /v1/payouts, /v1/balance_transactions) and booked in BQ, once per payout id. Fixed days of 2025.
 */
describe('accounting: payouts fetched from Stripe and SumUp', () => {
  let t: TestApp;
  let db: DataSource;
  let stripe: StripeFake;
  let sumup: SumUpFake;
  let admin: string;
  let accountant: string;
  let staff: string;

  beforeAll(async () => {
    stripe = await startStripeFake({ apiKey: STRIPE_SECRET });
    sumup = await startSumUpFake({ apiKey: SUMUP_KEY, merchantCode: MERCHANT });
    t = await startTestApp({ env: { STRIPE_API_URL: stripe.url, SUMUP_API_URL: sumup.url } });
    db = t.dataSource;
    await insertInstitute(db);
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    staff = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
  });

  afterAll(async () => {
    await t?.close();
    await stripe?.close();
    await sumup?.close();
  });

  async function call<T>(query: string, variables: Record<string, unknown>, token: string) {
    return gql<T>(t.url, query, variables, { token });
  }
  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await call<T>(query, variables, token);
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  const sync = async (token: string, provider = 'STRIPE') =>
    (await ok<{ syncProviderPayouts: Synced }>(SYNC, { input: { provider, from: '2025-03-01' } }, token))
      .syncProviderPayouts;
  const errorOf = async (variables: Record<string, unknown>, token: string) => {
    const res = await call(SYNC, variables, token);
    const error = res.errors?.[0] as { extensions?: { code?: string; fields?: { field: string }[] } };
    return { code: error?.extensions?.code, fields: (error?.extensions?.fields ?? []).map((f) => f.field) };
  };

  it('refuses before Stripe is configured, naming the field; PayPal payouts stay typed', async () => {
    expect(await errorOf({ input: { provider: 'STRIPE', from: '2025-03-01' } }, admin)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['input.provider'],
    });
    expect(await errorOf({ input: { provider: 'PAYPAL' } }, accountant)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['input.provider'],
    });
    expect((await errorOf({ input: { provider: 'STRIPE' } }, staff)).code).toBe('FORBIDDEN');
  });

  it('two paid payouts → two payouts and two balanced BQ entries (512 net, 6278 fee / 467STR gross); again → nothing', async () => {
    await ok(
      `mutation($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { stripeSecretKeyHint } }`,
      { input: { stripePublishableKey: 'pk_test_public', stripeSecretKey: STRIPE_SECRET } },
      admin,
    );
    // Case 8: the 30 € deposit paid out with 0,70 € of fees.
    const first = stripe.payout({
      arrivalDate: '2025-03-03',
      transactions: [{ type: 'charge', amount: 3000, fee: 70 }],
    });
    // Two charges and a refund settled together: gross 60 + 36 − 10 = 86 €, fees 1,10 + 0,74.
    const second = stripe.payout({
      arrivalDate: '2025-03-05',
      transactions: [
        { type: 'charge', amount: 6000, fee: 110 },
        { type: 'charge', amount: 3600, fee: 74 },
        { type: 'refund', amount: -1000, fee: 0 },
      ],
    });
    // Neither read: still on its way to the bank, and one that arrived before the window.
    stripe.payout({
      arrivalDate: '2025-03-06',
      status: 'in_transit',
      transactions: [{ type: 'charge', amount: 500, fee: 10 }],
    });
    stripe.payout({ arrivalDate: '2025-02-27', transactions: [{ type: 'charge', amount: 700, fee: 12 }] });

    const synced = await sync(accountant);
    expect(synced).toMatchObject({
      provider: 'STRIPE',
      from: '2025-03-01',
      fetched: 2,
      alreadyRecorded: 0,
      failures: [],
    });
    const byId = new Map(synced.recorded.map((p) => [p.providerPayoutId, p]));
    expect(byId.get(first.id)).toMatchObject({
      paidOn: '2025-03-03',
      grossCents: 3000,
      feeCents: 70,
      netCents: 2930,
    });
    expect(byId.get(second.id)).toMatchObject({
      paidOn: '2025-03-05',
      grossCents: 8600,
      feeCents: 184,
      netCents: 8416,
    });
    expect(second.amount).toBe(8416);

    const { items } = (await ok<{ accountingEntries: { items: Entry[] } }>(ENTRIES, {}, accountant))
      .accountingEntries;
    const bank = items.filter((e) => e.journalCode === 'BQ');
    expect(bank).toHaveLength(2);
    const brief = (payoutId: string) => {
      const entry = bank.find((e) => e.pieceRef === payoutId)!;
      expect(entry.id).toBe(byId.get(payoutId)!.entryId);
      return [entry.entryDate, entry.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents])];
    };
    expect(brief(first.id)).toEqual([
      '2025-03-03',
      [
        ['512', 2930, 0],
        ['6278', 70, 0],
        ['467STR', 0, 3000],
      ],
    ]);
    expect(brief(second.id)).toEqual([
      '2025-03-05',
      [
        ['512', 8416, 0],
        ['6278', 184, 0],
        ['467STR', 0, 8600],
      ],
    ]);

    const again = await sync(admin);
    expect(again).toMatchObject({ fetched: 2, alreadyRecorded: 2, recorded: [], failures: [] });
    const [{ count }] = await db.query<{ count: string }[]>(
      `SELECT count(*) FROM accounting_payout WHERE provider = 'STRIPE'`,
    );
    expect(Number(count)).toBe(2);
    const after = (await ok<{ accountingEntries: { items: Entry[] } }>(ENTRIES, {}, accountant))
      .accountingEntries;
    expect(after.items.filter((e) => e.journalCode === 'BQ')).toHaveLength(2);

    // What the SDK asked: paid payouts of the window, then each payout's transactions.
    const asked = stripe.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(asked.filter((p) => p === '/v1/payouts')).toHaveLength(2);
    expect(asked.filter((p) => p === '/v1/balance_transactions')).toHaveLength(4);
    expect(stripe.crashes).toEqual([]);
  });

  it('8b: a SumUp payout of 96 € (two card payments) → 512 94,32 · 6278 1,68 / 5115 96; again → nothing', async () => {
    await ok(
      `mutation($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { sumupApiKeyHint } }`,
      { input: { sumupMerchantCode: MERCHANT, sumupApiKey: SUMUP_KEY } },
      admin,
    );
    sumup.payout({
      date: '2025-03-04',
      reference: 'SUMUP-PO-1',
      records: [
        { amount: 6000, fee: 105 },
        { amount: 3600, fee: 63 },
      ],
    });
    sumup.payout({ date: '2025-03-07', status: 'FAILED', records: [{ amount: 1000, fee: 20 }] });

    const synced = await sync(accountant, 'SUMUP');
    expect(synced).toMatchObject({ provider: 'SUMUP', fetched: 1, alreadyRecorded: 0, failures: [] });
    expect(synced.recorded).toEqual([
      expect.objectContaining({
        providerPayoutId: 'SUMUP-PO-1',
        paidOn: '2025-03-04',
        grossCents: 9600,
        feeCents: 168,
        netCents: 9432,
      }),
    ]);
    const { items } = (await ok<{ accountingEntries: { items: Entry[] } }>(ENTRIES, {}, accountant))
      .accountingEntries;
    const entry = items.find((e) => e.id === synced.recorded[0].entryId)!;
    expect([entry.journalCode, entry.entryDate, entry.pieceRef]).toEqual(['BQ', '2025-03-04', 'SUMUP-PO-1']);
    expect(entry.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents])).toEqual([
      ['512', 9432, 0],
      ['6278', 168, 0],
      ['5115', 0, 9600],
    ]);
    expect(await sync(admin, 'SUMUP')).toMatchObject({ fetched: 1, alreadyRecorded: 1, recorded: [] });
    expect(sumup.crashes).toEqual([]);
  });

  it('the daily job syncs every configured provider over the last 90 days of its clock, once', async () => {
    // Stripe (configured above) paid out the day before the job runs; SumUp's records are older.
    const yesterday = addDays(localDateOf(Date.now(), INSTITUTE_TIME_ZONE), -1);
    const recent = stripe.payout({
      arrivalDate: yesterday,
      transactions: [{ type: 'charge', amount: 4500, fee: 90 }],
    });
    const queue = t.get<Queue>(getQueueToken(QUEUES.payments));
    const run = async (id: string) =>
      (await queue.add(SYNC_PROVIDER_PAYOUTS_JOB, {}, { jobId: id })).finished();
    expect(await run('payout-sync-1')).toEqual({
      STRIPE: '1 recorded, 0 already, 0 not booked',
      SUMUP: '0 recorded, 0 already, 0 not booked',
    });
    expect(await run('payout-sync-2')).toEqual({
      STRIPE: '0 recorded, 1 already, 0 not booked',
      SUMUP: '0 recorded, 0 already, 0 not booked',
    });
    const rows = await db.query<{ gross_cents: number; fee_cents: number; net_cents: number }[]>(
      `SELECT gross_cents, fee_cents, net_cents FROM accounting_payout WHERE provider_payout_id = $1`,
      [recent.id],
    );
    expect(rows).toEqual([{ gross_cents: 4500, fee_cents: 90, net_cents: 4410 }]);
  });
});
