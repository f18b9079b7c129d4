import { settingChanges } from './setting-changes.js';

describe('settingChanges', () => {
  const base = { staffMaxDiscountBp: 2000, staffMaxCreditNoteCents: 5000 };

  it.each([
    ['nothing changed', base, []],
    [
      'the discount only',
      { ...base, staffMaxDiscountBp: 1500 },
      [{ field: 'staffMaxDiscountBp', from: 2000, to: 1500 }],
    ],
    [
      'both, in a fixed order',
      { staffMaxDiscountBp: 0, staffMaxCreditNoteCents: 10000 },
      [
        { field: 'staffMaxDiscountBp', from: 2000, to: 0 },
        { field: 'staffMaxCreditNoteCents', from: 5000, to: 10000 },
      ],
    ],
  ])('%s', (_name, after, expected) => {
    expect(settingChanges(base, after)).toEqual(expected);
  });
});
