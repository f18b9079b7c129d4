import { DEFAULT_PROGRAM, type PointsRounding } from './program.js';
import { pointsForSale, pointsToReverse, tierForSpend, type PointsLine } from './points.js';

const rules: { servicePointsPerEuro: number; productPointsPerEuro: number; rounding: PointsRounding } = {
  servicePointsPerEuro: 1,
  productPointsPerEuro: 2,
  rounding: 'DOWN',
};

describe('pointsForSale', () => {
  const cases: [string, PointsLine[], typeof rules, number][] = [
    ['a 45 € service', [{ category: 'SERVICE', totalInclCents: 4500 }], rules, 45],
    ['cents are rounded down', [{ category: 'SERVICE', totalInclCents: 4599 }], rules, 45],
    [
      'rounded to the nearest',
      [{ category: 'SERVICE', totalInclCents: 4550 }],
      { ...rules, rounding: 'NEAREST' },
      46,
    ],
    ['products at their own rate', [{ category: 'PRODUCT', totalInclCents: 2590 }], rules, 51],
    [
      'service and product, rounded once for the ticket',
      [
        { category: 'SERVICE', totalInclCents: 1050 },
        { category: 'PRODUCT', totalInclCents: 1025 },
      ],
      rules,
      31, // 1050 × 1 + 1025 × 2 = 3100 hundredths
    ],
    ['gift cards and free lines earn nothing', [{ category: 'NONE', totalInclCents: 10000 }], rules, 0],
    [
      'a reward line reduces the points in proportion',
      [
        { category: 'SERVICE', totalInclCents: 6000 },
        { category: 'NONE', totalInclCents: -1000 },
      ],
      rules,
      50,
    ],
    [
      'a ticket brought to zero earns nothing',
      [
        { category: 'SERVICE', totalInclCents: 1000 },
        { category: 'NONE', totalInclCents: -1000 },
      ],
      rules,
      0,
    ],
    ['an empty ticket', [], rules, 0],
    [
      'a program at zero points',
      [{ category: 'SERVICE', totalInclCents: 9900 }],
      { ...rules, servicePointsPerEuro: 0 },
      0,
    ],
  ];
  it.each(cases)('%s', (_name, lines, program, expected) => {
    expect(pointsForSale(lines, program)).toBe(expected);
  });
});

describe('pointsToReverse', () => {
  it.each([
    ['the whole ticket', 45, 0, 4500, 4500, 45],
    ['half of it', 45, 0, 4500, 2250, 23],
    ['the rest after a first credit note', 45, 23, 4500, 2250, 22],
    ['never more than earned', 45, 40, 4500, 4500, 5],
    ['nothing earned', 0, 0, 4500, 4500, 0],
  ])('%s', (_n, earned, already, total, credited, expected) => {
    expect(pointsToReverse(earned, already, total, credited)).toBe(expected);
  });
});

describe('tierForSpend', () => {
  it.each([
    [0, 'BRONZE'],
    [49_999, 'BRONZE'],
    [50_000, 'SILVER'],
    [99_999, 'SILVER'],
    [100_000, 'GOLD'],
    [-500, 'BRONZE'],
  ])('%i cents → %s', (spend, tier) => {
    expect(tierForSpend(spend, DEFAULT_PROGRAM.tiers)).toBe(tier);
  });
});
