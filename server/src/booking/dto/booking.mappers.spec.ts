import { depositTaken, netPaidCents } from './booking.mappers.js';

const pay = (kind: string, status: string, amountCents: number, refundedCents = 0) => ({
  kind,
  status,
  amountCents,
  refundedCents,
});

describe('netPaidCents', () => {
  it('counts money taken and kept, net of refunds, and nothing pending or failed', () => {
    const payments = [
      pay('DEPOSIT', 'SUCCEEDED', 2000),
      pay('DEPOSIT', 'FAILED', 2000),
      pay('DEPOSIT', 'PENDING', 2000),
      pay('BALANCE', 'PARTIALLY_REFUNDED', 5000, 1500),
      pay('DEPOSIT', 'REFUNDED', 1000, 1000),
    ];
    expect(netPaidCents(payments)).toBe(2000 + 3500);
    expect(netPaidCents(payments, 'DEPOSIT')).toBe(2000);
    expect(netPaidCents(payments, 'BALANCE')).toBe(3500);
    expect(netPaidCents([])).toBe(0);
  });
});

describe('depositTaken', () => {
  it('is true once a deposit succeeded, even partly refunded, and false for anything else', () => {
    expect(depositTaken([pay('DEPOSIT', 'SUCCEEDED', 2000)])).toBe(true);
    expect(depositTaken([pay('DEPOSIT', 'PARTIALLY_REFUNDED', 2000, 500)])).toBe(true);
    expect(depositTaken([pay('DEPOSIT', 'REFUNDED', 2000, 2000)])).toBe(false);
    expect(depositTaken([pay('DEPOSIT', 'PENDING', 2000), pay('DEPOSIT', 'FAILED', 2000)])).toBe(false);
    expect(depositTaken([pay('BALANCE', 'SUCCEEDED', 2000)])).toBe(false);
  });
});
