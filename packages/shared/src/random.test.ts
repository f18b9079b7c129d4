import { mulberry32 } from './random';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed, in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives another sequence for another seed, and the known first value of seed 1', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
    expect(mulberry32(1)()).toBeCloseTo(0.6270739405881613, 15);
  });
});
