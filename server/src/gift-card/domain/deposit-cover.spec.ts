import { depositCover, depositTenderKey } from './deposit-cover.js';

describe('depositCover', () => {
  it('pays the whole deposit when the balance is enough', () => {
    expect(depositCover(10000, 2700)).toBe(2700);
    expect(depositCover(2700, 2700)).toBe(2700);
  });

  it('pays what the balance allows, and nothing from an empty card', () => {
    expect(depositCover(1500, 2700)).toBe(1500);
    expect(depositCover(0, 2700)).toBe(0);
    expect(depositCover(5000, 0)).toBe(0);
  });

  it('refuses fractions of a cent', () => {
    expect(() => depositCover(10.5, 2700)).toThrow();
  });

  it('keys the movement by the payment', () => {
    expect(depositTenderKey('p1')).toBe('deposit:p1');
  });
});
