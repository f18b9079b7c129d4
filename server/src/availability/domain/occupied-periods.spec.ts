import { type SlotItemSpec, occupiedPeriods } from './occupied-periods.js';

const utc = (iso: string) => Date.parse(iso);

const item = (
  serviceId: string,
  durationMinutes: number,
  extra: Partial<SlotItemSpec> = {},
): SlotItemSpec => ({
  serviceId,
  durationMinutes,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  cabinTypeId: null,
  ...extra,
});

describe('occupiedPeriods', () => {
  const M = 60_000;
  it.each<[string, SlotItemSpec[], [number, number, number, number][]]>([
    ['one item', [item('s1', 60, { bufferBeforeMinutes: 10, bufferAfterMinutes: 15 })], [[0, 60, -10, 75]]],
    [
      'two items',
      [
        item('s1', 30, { bufferBeforeMinutes: 10, bufferAfterMinutes: 5 }),
        item('s2', 45, { bufferBeforeMinutes: 5, bufferAfterMinutes: 20 }),
      ],
      [
        [0, 30, -10, 30],
        [30, 75, 30, 95],
      ],
    ],
    [
      'three items',
      [item('s1', 20, { bufferAfterMinutes: 5 }), item('s2', 20, { bufferBeforeMinutes: 5 }), item('s3', 20)],
      [
        [0, 20, 0, 20],
        [20, 40, 20, 40],
        [40, 60, 40, 60],
      ],
    ],
  ])('%s', (_name, items, expected) => {
    const start = utc('2026-01-06T08:00:00Z');
    expect(occupiedPeriods(items, start)).toEqual(
      expected.map(([s, e, os, oe], k) => ({
        serviceId: items[k].serviceId,
        start: start + s * M,
        end: start + e * M,
        occupied: { start: start + os * M, end: start + oe * M },
      })),
    );
  });

  it('rejects empty items and non-positive durations', () => {
    expect(() => occupiedPeriods([], 0)).toThrow(RangeError);
    expect(() => occupiedPeriods([item('s1', 0)], 0)).toThrow(RangeError);
  });
});
