import { busyTimeIn, type BusyRow } from './busy-time.js';

const H = 3600_000;
const rows: BusyRow[] = [
  { practitionerId: 'p1', cabinId: null, start: 10 * H, end: 11 * H },
  { practitionerId: 'p1', cabinId: 'c1', start: 11 * H, end: 12 * H },
  { practitionerId: 'p2', cabinId: null, start: 20 * H, end: 21 * H },
  { practitionerId: null, cabinId: 'c1', start: 9 * H, end: 10 * H },
];

describe('busyTimeIn', () => {
  it.each([
    [
      'the whole range',
      { start: 0, end: 24 * H },
      [{ start: 10 * H, end: 12 * H }],
      1,
      [
        { start: 9 * H, end: 10 * H },
        { start: 11 * H, end: 12 * H },
      ],
    ],
    [
      'a window over the morning rows only',
      { start: 9 * H, end: 10.5 * H },
      [{ start: 10 * H, end: 11 * H }],
      0,
      [{ start: 9 * H, end: 10 * H }],
    ],
    ['a window ending where a row starts (half-open)', { start: 0, end: 9 * H }, undefined, 0, undefined],
    ['a window starting where a row ends', { start: 12 * H, end: 20 * H }, undefined, 0, undefined],
  ])('%s', (_name, window, p1, p2Count, c1) => {
    const busy = busyTimeIn(rows, window);
    expect(busy.practitioners.get('p1')).toEqual(p1);
    expect(busy.practitioners.get('p2')?.length ?? 0).toBe(p2Count);
    expect(busy.cabins.get('c1')).toEqual(c1);
  });

  it('does not merge a row inside the window with one outside it', () => {
    const busy = busyTimeIn(rows, { start: 10 * H, end: 10.5 * H });
    expect(busy.practitioners.get('p1')).toEqual([{ start: 10 * H, end: 11 * H }]);
  });
});
