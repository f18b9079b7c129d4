/**
 * The payouts side of the SumUp fake (sumup-fake.ts routes the request here):
 *
 *   GET /v1.0/merchants/{mc}/payouts?start_date=YYYY-MM-DD&end_date=YYYY-MM-DD[&order=asc|desc][&limit=n]
 *   [&format=json] → a JSON array of `FinancialPayout` records (`@sumup/sdk` `payouts.list`): one per
 *   transaction settled (`type: PAYOUT`) or amount taken back (`*_DEDUCTION`), amounts and fees in major
 *   units, records of one payout sharing its `reference` and `date`. Both dates are required (400).
 *
 * Control: `payout({ date, reference?, records })` plays SumUp paying the merchant out.
 */
import { randomId } from './fake-server.js';

export interface FinancialPayoutJson {
  id: number;
  type: 'PAYOUT' | 'CHARGE_BACK_DEDUCTION' | 'REFUND_DEDUCTION' | 'DD_RETURN_DEDUCTION' | 'BALANCE_DEDUCTION';
  amount: number;
  date: string;
  currency: string;
  fee: number;
  status: 'SUCCESSFUL' | 'FAILED';
  reference: string;
  transaction_code: string;
}

export interface FakeSumUpPayoutInput {
  date: string;
  reference?: string;
  currency?: string;
  status?: FinancialPayoutJson['status'];
  /** In minor units (cents), as the test thinks; the API answers major units. */
  records: { type?: FinancialPayoutJson['type']; amount: number; fee: number }[];
}

export interface SumUpPayoutsFake {
  list(search: string): { status: number; body: unknown };
  payout(input: FakeSumUpPayoutInput): FinancialPayoutJson[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function sumUpPayoutsFake(): SumUpPayoutsFake {
  const records: FinancialPayoutJson[] = [];
  let nextId = 1000;

  function list(search: string) {
    const query = new URLSearchParams(search);
    const missing = ['start_date', 'end_date'].filter((k) => !DATE.test(query.get(k) ?? ''));
    if (missing.length > 0) {
      return {
        status: 400,
        body: missing.map((param) => ({ error_code: 'MISSING', message: `${param} is required`, param })),
      };
    }
    const from = query.get('start_date')!;
    const to = query.get('end_date')!;
    const order = query.get('order') ?? 'asc';
    const limit = Number(query.get('limit') ?? '10000');
    const listed = records
      .filter((r) => r.date >= from && r.date <= to)
      .sort((a, b) => (order === 'desc' ? -1 : 1) * (a.date.localeCompare(b.date) || a.id - b.id))
      .slice(0, limit);
    return { status: 200, body: listed };
  }

  function payout(input: FakeSumUpPayoutInput): FinancialPayoutJson[] {
    const reference = input.reference ?? `PO${randomId(10)}`;
    const written = input.records.map((r): FinancialPayoutJson => ({
      id: nextId++,
      type: r.type ?? 'PAYOUT',
      amount: r.amount / 100,
      date: input.date,
      currency: input.currency ?? 'EUR',
      fee: r.fee / 100,
      status: input.status ?? 'SUCCESSFUL',
      reference,
      transaction_code: `T${randomId(9).toUpperCase()}`,
    }));
    records.push(...written);
    return written.map((r) => ({ ...r }));
  }

  return { list, payout };
}
