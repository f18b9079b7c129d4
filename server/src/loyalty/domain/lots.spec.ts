import { addMonths, consumeLots, expiredLots, type PointsLot } from './lots.js';

const t = (iso: string) => Date.parse(iso);
const lots: PointsLot[] = [
  { id: 'b', remaining: 30, expiresAt: t('2027-06-01T00:00:00Z') },
  { id: 'a', remaining: 20, expiresAt: t('2027-03-01T00:00:00Z') },
  { id: 'c', remaining: 10, expiresAt: null },
  { id: 'd', remaining: 0, expiresAt: t('2027-01-01T00:00:00Z') },
];

describe('consumeLots (FIFO by expiry)', () => {
  it.each([
    [10, [{ lotId: 'a', points: 10 }], 0],
    [
      25,
      [
        { lotId: 'a', points: 20 },
        { lotId: 'b', points: 5 },
      ],
      0,
    ],
    [
      60,
      [
        { lotId: 'a', points: 20 },
        { lotId: 'b', points: 30 },
        { lotId: 'c', points: 10 },
      ],
      0,
    ],
    [
      70,
      [
        { lotId: 'a', points: 20 },
        { lotId: 'b', points: 30 },
        { lotId: 'c', points: 10 },
      ],
      10,
    ],
    [0, [], 0],
  ])('%i points', (points, takes, uncovered) => {
    expect(consumeLots(lots, points)).toEqual({ takes, uncovered });
  });
});

describe('expiredLots', () => {
  it('takes what is left of the lots whose date has passed, never the lots without a date', () => {
    expect(expiredLots(lots, t('2027-03-01T00:00:00Z'))).toEqual([{ lotId: 'a', points: 20 }]);
    expect(expiredLots(lots, t('2027-02-28T23:59:59Z'))).toEqual([]);
    expect(expiredLots(lots, t('2030-01-01T00:00:00Z'))).toEqual([
      { lotId: 'a', points: 20 },
      { lotId: 'b', points: 30 },
    ]);
  });
});

describe('addMonths', () => {
  it.each([
    ['2027-01-15T10:00:00.000Z', 12, '2028-01-15T10:00:00.000Z'],
    ['2027-01-31T10:00:00.000Z', 1, '2027-02-28T10:00:00.000Z'],
    ['2028-01-31T10:00:00.000Z', 1, '2028-02-29T10:00:00.000Z'],
    ['2027-11-30T23:30:00.000Z', 3, '2028-02-29T23:30:00.000Z'],
  ])('%s + %i months', (from, months, expected) => {
    expect(new Date(addMonths(t(from), months)).toISOString()).toBe(expected);
  });
});
