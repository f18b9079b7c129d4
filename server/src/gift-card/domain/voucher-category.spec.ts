import { voucherCategory, type CategoryQuestion } from './voucher-category.js';

const base: CategoryQuestion = {
  kind: 'AMOUNT',
  serviceVatRateBp: null,
  redeemableRatesBp: [],
  forced: null,
};

describe('voucherCategory', () => {
  it.each<[string, Partial<CategoryQuestion>, ReturnType<typeof voucherCategory>]>([
    [
      'a named service at 20 %',
      { kind: 'SERVICE', serviceVatRateBp: 2000 },
      { category: 'SINGLE_PURPOSE', saleVatRateBp: 2000 },
    ],
    [
      'a named service at 10 %',
      { kind: 'SERVICE', serviceVatRateBp: 1000 },
      { category: 'SINGLE_PURPOSE', saleVatRateBp: 1000 },
    ],
    [
      'an amount, everything at 20 %',
      { redeemableRatesBp: [2000, 2000] },
      { category: 'SINGLE_PURPOSE', saleVatRateBp: 2000 },
    ],
    [
      'an amount, 20 % and 5.5 %',
      { redeemableRatesBp: [2000, 550] },
      { category: 'MULTI_PURPOSE', saleVatRateBp: 0 },
    ],
    [
      'an amount, nothing to buy yet',
      { redeemableRatesBp: [] },
      { category: 'MULTI_PURPOSE', saleVatRateBp: 0 },
    ],
    [
      'forced multi-purpose',
      { redeemableRatesBp: [2000], forced: 'MULTI_PURPOSE' },
      { category: 'MULTI_PURPOSE', saleVatRateBp: 0 },
    ],
    [
      'a service forced multi-purpose',
      { kind: 'SERVICE', serviceVatRateBp: 2000, forced: 'MULTI_PURPOSE' },
      { category: 'MULTI_PURPOSE', saleVatRateBp: 0 },
    ],
    [
      'forced single-purpose over two rates',
      { redeemableRatesBp: [550, 2000], forced: 'SINGLE_PURPOSE' },
      { category: 'SINGLE_PURPOSE', saleVatRateBp: 2000 },
    ],
  ])('%s', (_name, q, expected) => {
    expect(voucherCategory({ ...base, ...q })).toEqual(expected);
  });
});
