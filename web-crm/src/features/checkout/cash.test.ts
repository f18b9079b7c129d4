import { changeFor, pressKey, quickCashAmounts } from './cash';

describe('cash at the till', () => {
  it.each([
    [4550, [4550, 5000, 6000]],
    [2000, [2000, 2500, 3000, 4000, 5000]],
    [1, [1, 500, 1000, 2000, 5000]],
    [7000, [7000, 7500, 8000, 10000]],
    [0, []],
  ])('quick amounts for %i cents', (due, expected) => {
    expect(quickCashAmounts(due)).toEqual(expected);
  });

  it('gives change, never negative', () => {
    expect(changeFor(4550, 5000)).toBe(450);
    expect(changeFor(4550, 4000)).toBe(0);
  });

  it('types an amount from the cents up, erases and clears', () => {
    let cents = 0;
    for (const key of ['1', '2', '5', '0'] as const) cents = pressKey(cents, key);
    expect(cents).toBe(1250);
    expect(pressKey(cents, 'back')).toBe(125);
    expect(pressKey(12, '00')).toBe(1200);
    expect(pressKey(cents, 'clear')).toBe(0);
    expect(pressKey(9_999_999, '1')).toBe(9_999_999);
  });
});
