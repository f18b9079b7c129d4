import { chartGeometry, quantitySteps } from './stock-chart';

const box = { width: 110, height: 60, padding: { top: 5, right: 5, bottom: 5, left: 5 } };
const day = (d: number) => Date.UTC(2026, 10, d, 9);
const iso = (d: number) => new Date(day(d)).toISOString();

describe('quantitySteps', () => {
  it('starts before the oldest movement and holds the current quantity until now', () => {
    const newestFirst = [
      { occurredAt: iso(5), quantity: -2, quantityAfter: 8 },
      { occurredAt: iso(3), quantity: 6, quantityAfter: 10 },
    ];
    expect(quantitySteps(newestFirst, 8, day(11))).toEqual([
      { at: day(3), quantity: 4 },
      { at: day(3), quantity: 10 },
      { at: day(5), quantity: 8 },
      { at: day(11), quantity: 8 },
    ]);
  });

  it('is empty without movements', () => {
    expect(quantitySteps([], 3, day(1))).toEqual([]);
  });
});

describe('chartGeometry', () => {
  it('draws steps: flat until the next movement, then straight up or down', () => {
    const g = chartGeometry(
      [
        { at: day(1), quantity: 0 },
        { at: day(1), quantity: 10 },
        { at: day(6), quantity: 5 },
        { at: day(11), quantity: 5 },
      ],
      box,
    );
    // x: 5 + (days since day 1) × 10; y: 55 − quantity × 5
    expect(g?.path).toBe('M5,55 H5 V5 H55 V30 H105 V30');
    expect([g?.min, g?.max]).toEqual([0, 10]);
    expect(g?.y(2)).toBe(45);
  });

  it('keeps zero on the axis and shows negative stock below it', () => {
    const g = chartGeometry(
      [
        { at: day(1), quantity: 4 },
        { at: day(2), quantity: -1 },
      ],
      box,
    );
    expect([g?.min, g?.max]).toEqual([-1, 4]);
    expect(g?.path).toBe('M5,5 H105 V55'); // 4 at the top, −1 at the bottom
  });

  it('needs two points', () => {
    expect(chartGeometry([{ at: day(1), quantity: 1 }], box)).toBeNull();
  });
});
