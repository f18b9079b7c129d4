import { depositShortfall, retakePlan, type DepositPartLike } from './deposit-shortfall.js';

const part = (
  id: string,
  provider: string,
  status: string,
  amountCents: number,
  refundedCents = 0,
  kind = 'DEPOSIT',
): DepositPartLike => ({ id, kind, provider, status, amountCents, refundedCents });

describe('depositShortfall', () => {
  it.each([
    ['nothing paid', 2700, [], 2700],
    [
      'card part and rest collected',
      2700,
      [part('g', 'GIFT_CARD', 'SUCCEEDED', 1500), part('s', 'STRIPE', 'SUCCEEDED', 1200)],
      0,
    ],
    [
      'card part released, rest collected',
      2700,
      [part('g', 'GIFT_CARD', 'CANCELLED', 1500), part('s', 'STRIPE', 'SUCCEEDED', 1200)],
      1500,
    ],
    [
      'a pending card part does not count',
      2700,
      [part('g', 'GIFT_CARD', 'PENDING', 1500), part('s', 'STRIPE', 'SUCCEEDED', 1200)],
      1500,
    ],
    ['net of a partial refund', 2700, [part('s', 'STRIPE', 'PARTIALLY_REFUNDED', 2700, 700)], 700],
    ['a failed payment does not count', 2700, [part('s', 'STRIPE', 'FAILED', 2700)], 2700],
    ['a sale payment does not count', 2700, [part('s', 'MANUAL', 'SUCCEEDED', 2700, 0, 'SALE')], 2700],
    ['more than asked: nothing lacking', 2700, [part('s', 'STRIPE', 'SUCCEEDED', 3000)], 0],
    ['no deposit asked', 0, [], 0],
  ])('%s', (_name, deposit, payments, expected) => {
    expect(depositShortfall(deposit, payments)).toBe(expected);
  });
});

describe('retakePlan', () => {
  it('takes the released card parts again, in order, until the shortfall is covered', () => {
    const payments = [
      part('a', 'GIFT_CARD', 'CANCELLED', 1000),
      part('s', 'STRIPE', 'SUCCEEDED', 1200),
      part('b', 'GIFT_CARD', 'CANCELLED', 800),
      part('c', 'GIFT_CARD', 'CANCELLED', 500),
    ];
    expect(retakePlan(1500, payments)).toEqual([
      { paymentId: 'a', amountCents: 1000 },
      { paymentId: 'b', amountCents: 500 },
    ]);
  });

  it('takes nothing when nothing lacks, and ignores parts still pending, collected or of other providers', () => {
    const payments = [
      part('p', 'GIFT_CARD', 'PENDING', 1000),
      part('g', 'GIFT_CARD', 'SUCCEEDED', 1000),
      part('f', 'STRIPE', 'CANCELLED', 1000),
    ];
    expect(retakePlan(0, [part('a', 'GIFT_CARD', 'CANCELLED', 1000)])).toEqual([]);
    expect(retakePlan(1500, payments)).toEqual([]);
  });
});
