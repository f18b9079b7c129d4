import {
  fromPayPalValue,
  linkedId,
  paypalLedgerStatus,
  paypalNeedsCapture,
  paypalOrderMismatch,
  paypalRefundedCents,
  toPayPalValue,
} from './paypal.js';

describe('PayPal amounts', () => {
  it.each([
    [2700, '27.00'],
    [1, '0.01'],
    [10, '0.10'],
    [123456789, '1234567.89'],
    [0, '0.00'],
  ])('%i cents → "%s" and back', (cents, value) => {
    expect(toPayPalValue(cents)).toBe(value);
    expect(fromPayPalValue(value)).toBe(cents);
  });

  it('reads amounts with fewer decimals', () => {
    expect(fromPayPalValue('27')).toBe(2700);
    expect(fromPayPalValue('27.5')).toBe(2750);
  });

  it.each(['', '27.001', '-1.00', '1e3', '27,00', ' 27.00'])('refuses %j', (value) => {
    expect(() => fromPayPalValue(value)).toThrow(RangeError);
  });

  it.each([1.5, -100, Number.NaN])('refuses %p cents', (cents) => {
    expect(() => toPayPalValue(cents)).toThrow(RangeError);
  });
});

describe('paypalLedgerStatus', () => {
  it.each([
    ['CREATED', null, 'PENDING'],
    ['SAVED', null, 'PENDING'],
    ['PAYER_ACTION_REQUIRED', null, 'PENDING'],
    ['APPROVED', null, 'PENDING'], // approved is not paid: the capture takes the money
    ['VOIDED', null, 'CANCELLED'],
    ['COMPLETED', 'COMPLETED', 'SUCCEEDED'],
    ['COMPLETED', 'PENDING', 'PENDING'], // e.g. under review: not money yet
    ['COMPLETED', 'DECLINED', 'FAILED'],
    ['COMPLETED', 'FAILED', 'FAILED'],
    ['COMPLETED', 'PARTIALLY_REFUNDED', 'SUCCEEDED'], // refunds are applied by amount, apart
    ['COMPLETED', 'REFUNDED', 'SUCCEEDED'],
    ['COMPLETED', null, 'PENDING'],
  ] as const)('order %s, capture %s → %s', (order, capture, expected) => {
    expect(paypalLedgerStatus(order, capture)).toBe(expected);
  });
});

describe('paypalNeedsCapture', () => {
  it.each([
    ['APPROVED', null, true],
    ['CREATED', null, false],
    ['COMPLETED', 'COMPLETED', false],
    ['APPROVED', 'COMPLETED', false],
    ['VOIDED', null, false],
  ] as const)('order %s, capture %s → %s', (order, capture, expected) => {
    expect(paypalNeedsCapture(order, capture)).toBe(expected);
  });
});

describe('paypalRefundedCents', () => {
  it('adds completed refunds only', () => {
    expect(
      paypalRefundedCents([
        { status: 'COMPLETED', value: '10.00' },
        { status: 'PENDING', value: '5.00' },
        { status: 'COMPLETED', value: '0.50' },
        { status: 'FAILED', value: '3.00' },
        { status: 'CANCELLED', value: '2.00' },
      ]),
    ).toBe(1050);
    expect(paypalRefundedCents([])).toBe(0);
  });
});

describe('paypalOrderMismatch', () => {
  const payment = { id: 'pay-1', amountCents: 2700, currency: 'EUR' };
  it.each([
    [{ customId: 'pay-1', amountCents: 2700, currency: 'EUR' }, null],
    [{ customId: 'pay-2', amountCents: 2700, currency: 'EUR' }, 'custom_id'],
    [{ customId: null, amountCents: 2700, currency: 'EUR' }, 'custom_id'],
    [{ customId: 'pay-1', amountCents: 2700, currency: 'USD' }, 'currency'],
    [{ customId: 'pay-1', amountCents: 100, currency: 'EUR' }, 'amount'],
    [{ customId: 'pay-1', amountCents: null, currency: 'EUR' }, 'amount'],
  ])('%j → %s', (order, expected) => {
    expect(paypalOrderMismatch(order, payment)).toBe(expected);
  });
});

describe('linkedId', () => {
  const links = [
    { rel: 'self', href: 'https://api.sandbox.paypal.com/v2/payments/captures/2GG279541U471931P' },
    { rel: 'up', href: 'https://api.sandbox.paypal.com/v2/checkout/orders/5O190127TN364715T' },
  ];
  it('takes the last path segment of the link', () => {
    expect(linkedId(links, 'up')).toBe('5O190127TN364715T');
    expect(linkedId(links, 'self')).toBe('2GG279541U471931P');
  });
  it('is null without such a link', () => {
    expect(linkedId(links, 'refund')).toBeNull();
    expect(linkedId(undefined, 'up')).toBeNull();
  });
});
