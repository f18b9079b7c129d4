/**
 * The payouts side of the Stripe fake (stripe-fake.ts routes these requests here):
 *
 * - GET /v1/payouts?status=&arrival_date[gte|gt|lte|lt]=&limit=&starting_after= → a Stripe list
 *   (`{object: 'list', data, has_more, url}`), newest first, as the SDK's auto-pagination reads it;
 * - GET /v1/payouts/{id};
 * - GET /v1/balance_transactions?payout=&type=&limit=&starting_after= → the transactions a payout settled
 *   (charges, refunds) and the payout's own (`type: payout`, amount −net), as Stripe lists them.
 *
 * Control: `payout({ arrivalDate, transactions: [{ type, amount, fee }] })` plays Stripe paying the
 * balance out: it writes the balance transactions and the payout (`amount` = Σ net).
 */
import { randomId, snapshot } from './fake-server.js';

export interface BalanceTransactionJson {
  id: string;
  object: 'balance_transaction';
  amount: number;
  available_on: number;
  created: number;
  currency: string;
  description: string | null;
  fee: number;
  fee_details: {
    amount: number;
    application: null;
    currency: string;
    description: string;
    type: 'stripe_fee';
  }[];
  net: number;
  reporting_category: 'charge' | 'refund' | 'payout';
  source: string;
  status: 'available';
  type: 'charge' | 'refund' | 'payout';
}

export type PayoutStatus = 'paid' | 'pending' | 'in_transit' | 'canceled' | 'failed';

export interface PayoutJson {
  id: string;
  object: 'payout';
  amount: number;
  arrival_date: number;
  automatic: true;
  balance_transaction: string;
  created: number;
  currency: string;
  description: 'STRIPE PAYOUT';
  destination: string;
  failure_code: string | null;
  failure_message: string | null;
  livemode: false;
  metadata: Record<string, string>;
  method: 'standard';
  reconciliation_status: 'completed' | 'in_progress';
  source_type: 'card';
  statement_descriptor: string | null;
  status: PayoutStatus;
  type: 'bank_account';
}

export interface FakePayoutInput {
  /** The arrival day (YYYY-MM-DD): Stripe's `arrival_date` is its midnight UTC. */
  arrivalDate: string;
  status?: PayoutStatus;
  currency?: string;
  /** What the payout settles: charges (amount > 0) and refunds (amount < 0), each with Stripe's fee. */
  transactions: { type: 'charge' | 'refund'; amount: number; fee: number }[];
}

type Params = Record<string, unknown>;

export interface PayoutHelpers {
  invalid(message: string, code?: string, param?: string, status?: number): Error;
  allowOnly(params: Params, allowed: string[]): void;
}

export interface StripePayoutsFake {
  /** Answers a payouts / balance-transactions request, or undefined when the path is not one of them. */
  route(method: string, path: string, params: Params): unknown;
  payout(input: FakePayoutInput): PayoutJson;
}

export function stripePayoutsFake({ invalid, allowOnly }: PayoutHelpers): StripePayoutsFake {
  const payouts: PayoutJson[] = [];
  const transactions: (BalanceTransactionJson & { payout: string })[] = [];
  let clock = Math.floor(Date.now() / 1000);

  function limitOf(params: Params): number {
    const raw = params.limit;
    if (raw === undefined) return 10;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 100)
      throw invalid('Invalid integer: limit must be between 1 and 100', 'parameter_invalid_integer', 'limit');
    return n;
  }

  function range(params: Params, name: string): (value: number) => boolean {
    const raw = params[name];
    if (raw === undefined) return () => true;
    if (typeof raw === 'string') return (v) => v === Number(raw);
    const bounds = raw as Params;
    allowOnly(bounds, ['gt', 'gte', 'lt', 'lte']);
    const at = (k: string) => (bounds[k] === undefined ? undefined : Number(bounds[k]));
    const [gt, gte, lt, lte] = [at('gt'), at('gte'), at('lt'), at('lte')];
    return (v) =>
      (gt === undefined || v > gt) &&
      (gte === undefined || v >= gte) &&
      (lt === undefined || v < lt) &&
      (lte === undefined || v <= lte);
  }

  /** Stripe's cursor pagination over `all` (already newest first). */
  function page<T extends { id: string }>(all: T[], params: Params, url: string) {
    const limit = limitOf(params);
    let start = 0;
    if (params.starting_after !== undefined) {
      const index = all.findIndex((item) => item.id === params.starting_after);
      if (index < 0)
        throw invalid(
          `No such object: ${JSON.stringify(params.starting_after)}`,
          'resource_missing',
          'starting_after',
        );
      start = index + 1;
    }
    const data = all.slice(start, start + limit).map((item) => snapshot(item));
    return { object: 'list', data, has_more: start + limit < all.length, url };
  }

  function route(method: string, path: string, params: Params): unknown {
    if (method !== 'GET') return undefined;
    if (path === '/v1/payouts') {
      allowOnly(params, ['status', 'arrival_date', 'created', 'limit', 'starting_after']);
      const arrival = range(params, 'arrival_date');
      const created = range(params, 'created');
      const listed = payouts
        .filter((p) => params.status === undefined || p.status === params.status)
        .filter((p) => arrival(p.arrival_date) && created(p.created))
        .sort((a, b) => b.created - a.created);
      return page(listed, params, '/v1/payouts');
    }
    const one = /^\/v1\/payouts\/([^/]+)$/.exec(path);
    if (one) {
      allowOnly(params, []);
      const payout = payouts.find((p) => p.id === decodeURIComponent(one[1]));
      if (!payout) throw invalid(`No such payout: '${one[1]}'`, 'resource_missing', 'id', 404);
      return snapshot(payout);
    }
    if (path === '/v1/balance_transactions') {
      allowOnly(params, ['payout', 'type', 'limit', 'starting_after']);
      if (params.payout !== undefined && !payouts.some((p) => p.id === params.payout))
        throw invalid(`No such payout: ${JSON.stringify(params.payout)}`, 'resource_missing', 'payout');
      const listed = transactions
        .filter((t) => params.payout === undefined || t.payout === params.payout)
        .filter((t) => params.type === undefined || t.type === params.type)
        .sort((a, b) => b.created - a.created)
        .map(({ payout: _payout, ...t }) => t);
      return page(listed, params, '/v1/balance_transactions');
    }
    return undefined;
  }

  function payout(input: FakePayoutInput): PayoutJson {
    const currency = input.currency ?? 'eur';
    const id = `po_${randomId(24)}`;
    const arrival = Math.floor(Date.parse(`${input.arrivalDate}T00:00:00Z`) / 1000);
    let net = 0;
    for (const t of input.transactions) {
      clock += 1;
      const txn: BalanceTransactionJson & { payout: string } = {
        id: `txn_${randomId(24)}`,
        object: 'balance_transaction',
        amount: t.amount,
        available_on: arrival,
        created: clock,
        currency,
        description: t.type === 'charge' ? 'Payment' : 'REFUND FOR CHARGE',
        fee: t.fee,
        fee_details:
          t.fee === 0
            ? []
            : [
                {
                  amount: t.fee,
                  application: null,
                  currency,
                  description: 'Stripe processing fees',
                  type: 'stripe_fee',
                },
              ],
        net: t.amount - t.fee,
        reporting_category: t.type,
        source: t.type === 'charge' ? `ch_${randomId(24)}` : `re_${randomId(24)}`,
        status: 'available',
        type: t.type,
        payout: id,
      };
      net += txn.net;
      transactions.push(txn);
    }
    clock += 1;
    const own: BalanceTransactionJson & { payout: string } = {
      id: `txn_${randomId(24)}`,
      object: 'balance_transaction',
      amount: -net,
      available_on: arrival,
      created: clock,
      currency,
      description: 'STRIPE PAYOUT',
      fee: 0,
      fee_details: [],
      net: -net,
      reporting_category: 'payout',
      source: id,
      status: 'available',
      type: 'payout',
      payout: id,
    };
    transactions.push(own);
    const json: PayoutJson = {
      id,
      object: 'payout',
      amount: net,
      arrival_date: arrival,
      automatic: true,
      balance_transaction: own.id,
      created: clock,
      currency,
      description: 'STRIPE PAYOUT',
      destination: `ba_${randomId(24)}`,
      failure_code: input.status === 'failed' ? 'account_closed' : null,
      failure_message: input.status === 'failed' ? 'The bank account has been closed.' : null,
      livemode: false,
      metadata: {},
      method: 'standard',
      reconciliation_status:
        input.status === 'paid' || input.status === undefined ? 'completed' : 'in_progress',
      source_type: 'card',
      statement_descriptor: null,
      status: input.status ?? 'paid',
      type: 'bank_account',
    };
    payouts.push(json);
    return snapshot(json);
  }

  return { route, payout };
}
