import { groupSumUpPayouts, type SumUpPayoutRecord } from './sumup-payouts.js';

const record = (over: Partial<SumUpPayoutRecord>): SumUpPayoutRecord => ({
  id: 1,
  type: 'PAYOUT',
  amount: 0,
  date: '2025-03-04',
  currency: 'EUR',
  fee: 0,
  status: 'SUCCESSFUL',
  reference: 'P-1',
  ...over,
});

describe('groupSumUpPayouts', () => {
  it('adds the records of one payout: 60 + 36 € with 1,05 + 0,63 € fees → 96 gross, 1,68 fee, 94,32 net', () => {
    expect(
      groupSumUpPayouts([
        record({ id: 1, amount: 60, fee: 1.05, transaction_code: 'T1' }),
        record({ id: 2, amount: 36, fee: 0.63, transaction_code: 'T2' }),
      ]),
    ).toEqual([
      {
        providerPayoutId: 'P-1',
        paidOn: '2025-03-04',
        currency: 'EUR',
        grossCents: 9600,
        feeCents: 168,
        netCents: 9432,
      },
    ]);
  });

  it('takes deductions off the gross, leaves failed records out, and keeps payouts apart, by date', () => {
    expect(
      groupSumUpPayouts([
        record({ reference: 'P-2', date: '2025-03-05', amount: 10.1, fee: 0.2 }),
        record({ reference: 'P-2', date: '2025-03-05', type: 'REFUND_DEDUCTION', amount: 4.1 }),
        record({ reference: 'P-3', date: '2025-03-05', amount: 99, status: 'FAILED' }),
        record({ amount: 0.1, fee: 0 }),
      ]).map((p) => [p.providerPayoutId, p.grossCents, p.feeCents, p.netCents]),
    ).toEqual([
      ['P-1', 10, 0, 10],
      ['P-2', 600, 20, 580],
    ]);
  });
});
