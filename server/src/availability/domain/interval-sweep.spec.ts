import { Sweep, dayLoads } from './interval-sweep.js';

const iv = (start: number, end: number) => ({ start, end });
// Sorted, disjoint: [10, 20), [30, 50), [60, 70).
const list = [iv(10, 20), iv(30, 50), iv(60, 70)];

describe('Sweep.overlapping', () => {
  it.each<[string, number, number, { start: number; end: number } | undefined]>([
    ['a window before every interval', 0, 10, undefined],
    ['a window touching the end of one (half-open)', 20, 30, undefined],
    ['a window inside one', 12, 15, iv(10, 20)],
    ['a window straddling two: the first', 15, 35, iv(10, 20)],
    ['a window in a gap', 52, 58, undefined],
    ['a window after every interval', 70, 80, undefined],
  ])('%s', (_name, start, end, expected) => {
    expect(new Sweep(list).overlapping(start, end)).toEqual(expected);
  });

  it('answers windows that move forward from one moving index', () => {
    const sweep = new Sweep(list);
    expect([0, 15, 25, 35, 55, 65, 75].map((s) => sweep.overlapping(s, s + 5))).toEqual([
      undefined,
      iv(10, 20),
      undefined,
      iv(30, 50),
      undefined,
      iv(60, 70),
      undefined,
    ]);
  });
});

describe('Sweep.nextFit', () => {
  it.each<[string, number, number, number]>([
    ['inside an interval: the start itself', 30, 50, 30],
    ['before the first interval: its start', 0, 5, 10],
    ['in a gap: the next interval’s start', 52, 55, 60],
    ['running past the end of its interval: the next interval’s start', 40, 55, 60],
    ['running past the last interval: never', 65, 75, Infinity],
    ['after every interval: never', 70, 71, Infinity],
  ])('%s', (_name, start, end, expected) => {
    expect(new Sweep(list).nextFit(start, end)).toBe(expected);
  });

  it('finds nothing in an empty list', () => {
    expect(new Sweep([]).nextFit(0, 1)).toBe(Infinity);
    expect(new Sweep([]).overlapping(0, 1)).toBeUndefined();
  });
});

describe('dayLoads', () => {
  it.each<[string, { start: number; end: number }[], number[], number[]]>([
    ['no day boundaries: no loads', list, [0], []],
    ['nothing busy: zero every day', [], [0, 100, 200], [0, 0]],
    [
      'intervals clipped to each day',
      [iv(90, 120), iv(150, 160), iv(190, 230)],
      [0, 100, 200, 300],
      [10, 40, 30],
    ],
    ['an interval covering a whole day and more', [iv(50, 250)], [0, 100, 200, 300], [50, 100, 50]],
    ['intervals outside the days count for nothing', [iv(0, 10), iv(400, 500)], [100, 200, 300], [0, 0]],
  ])('%s', (_name, busy, dayStarts, expected) => {
    expect(dayLoads(busy, dayStarts)).toEqual(expected);
  });
});
