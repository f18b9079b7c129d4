import fc from 'fast-check';
import { allocate, divRound, splitVat } from './sale-money.js';
import { discountProblem, saleTotals, vatBreakdown, type LinePricing } from './sale-totals.js';

const line = (
  quantity: number,
  unitPriceCents: number,
  vatRateBp = 2000,
  discount: LinePricing['discount'] = null,
) => ({
  quantity,
  unitPriceCents,
  vatRateBp,
  discount,
});

describe('divRound (half away from zero)', () => {
  it.each([
    [5, 2, 3],
    [-5, 2, -3],
    [4, 3, 1],
    [1, 3, 0],
    [-1, 3, 0],
    [0, 7, 0],
    [99_990_000, 12_000, 8333], // 8332.5
  ])('%i / %i → %i', (n, d, expected) => expect(divRound(n, d)).toBe(expected));
});

describe('allocate (largest remainder)', () => {
  it.each([
    [100, [1000, 1000, 1000], [34, 33, 33]],
    [1, [1, 1, 1], [1, 0, 0]],
    [2, [1, 1, 1], [1, 1, 0]],
    [250, [500, 2000], [50, 200]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [5, [0, 0], [0, 0]],
  ])('%i over %j → %j', (total, weights, expected) => expect(allocate(total, weights)).toEqual(expected));
});

describe('VAT from prices including it: base = round(TTC × 10000 / (10000 + rate))', () => {
  it.each([
    [1, 2000, 1, 0], // a 1-cent line carries no VAT
    [1, 550, 1, 0],
    [120, 2000, 100, 20],
    [1000, 550, 948, 52], // 947.87
    [9999, 2000, 8333, 1666], // 3 × 33,33 €: 8332.5 rounds up
    [2500, 0, 2500, 0],
    [-1000, 550, -948, -52], // a credit note mirrors the sale
  ])('%i cents at %i bp → base %i, VAT %i', (incl, rate, base, vat) =>
    expect(splitVat(incl, rate)).toEqual({ baseCents: base, vatCents: vat }),
  );
});

describe('saleTotals', () => {
  it('computes VAT once per rate and spreads its base over the lines (3 × 33,33 € at 20 %)', () => {
    const t = saleTotals([line(1, 3333), line(1, 3333), line(1, 3333)], null);
    expect(t.totalInclCents).toBe(9999);
    expect(t.vatTotals).toEqual([{ rateBp: 2000, baseCents: 8333, vatCents: 1666, totalInclCents: 9999 }]);
    expect(t.lines.map((l) => l.totalExclCents)).toEqual([2778, 2778, 2777]);
    expect(t.lines.map((l) => l.vatCents)).toEqual([555, 555, 556]);
  });

  it('keeps 5.5 %, 20 % and 0 % apart, with a 1-cent line', () => {
    const t = saleTotals([line(1, 1290), line(1, 4500, 550), line(1, 1), line(2, 1250, 0)], null);
    expect(t.vatTotals).toEqual([
      { rateBp: 0, baseCents: 2500, vatCents: 0, totalInclCents: 2500 },
      { rateBp: 550, baseCents: 4265, vatCents: 235, totalInclCents: 4500 },
      { rateBp: 2000, baseCents: 1076, vatCents: 215, totalInclCents: 1291 },
    ]);
    expect(t.lines.map((l) => l.totalExclCents)).toEqual([1075, 4265, 1, 2500]);
    expect(t.totalInclCents).toBe(8291);
  });

  it('applies a line discount, then spreads a ticket discount in proportion', () => {
    const t = saleTotals([line(1, 1000, 2000, { kind: 'AMOUNT', cents: 500 }), line(2, 1000, 550)], {
      kind: 'PERCENT',
      valueBp: 1000,
    });
    expect(t.lines.map((l) => [l.lineDiscountCents, l.ticketDiscountCents, l.totalInclCents])).toEqual([
      [500, 50, 450],
      [0, 200, 1800],
    ]);
    expect(t.discountCents).toBe(750);
    expect(t.totalInclCents).toBe(2250);
  });

  it('rounds a percentage half-up per line (33,33 % of 10,00 € is 3,33 €; of 0,03 € is 0,01 €)', () => {
    const t = saleTotals(
      [
        line(1, 1000, 2000, { kind: 'PERCENT', valueBp: 3333 }),
        line(3, 1, 2000, { kind: 'PERCENT', valueBp: 3333 }),
      ],
      null,
    );
    expect(t.lines.map((l) => l.lineDiscountCents)).toEqual([333, 1]);
  });

  it('takes a line of one unit off (a loyalty reward) down to a 0 € ticket, discounts left to the others', () => {
    const zero = saleTotals([line(1, 1000), line(-1, 1000)], null);
    expect(zero.totalInclCents).toBe(0);
    expect(zero.lines.map((l) => l.totalInclCents)).toEqual([1000, -1000]);
    expect(zero.vatTotals).toEqual([{ rateBp: 2000, baseCents: 0, vatCents: 0, totalInclCents: 0 }]);
    const discounted = saleTotals([line(1, 3000), line(-1, 1000, 2000, { kind: 'PERCENT', valueBp: 1000 })], {
      kind: 'AMOUNT',
      cents: 500,
    });
    expect(
      discounted.lines.map((l) => [l.lineDiscountCents, l.ticketDiscountCents, l.totalInclCents]),
    ).toEqual([
      [0, 500, 2500],
      [0, 0, -1000],
    ]);
    expect(discounted.totalInclCents).toBe(1500);
  });

  it('leaves a reward above the other lines as a negative total, never raising their prices', () => {
    for (const ticket of [null, { kind: 'PERCENT' as const, valueBp: 1000 }]) {
      const t = saleTotals([line(1, 350), line(-1, 1000)], ticket);
      expect(t.lines.map((l) => [l.ticketDiscountCents, l.totalInclCents])).toEqual([
        [0, 350],
        [0, -1000],
      ]);
      expect(t.totalInclCents).toBe(-650);
      expect(t.discountCents).toBe(0);
    }
  });

  it('gives a 1-cent ticket discount to one line only', () => {
    const t = saleTotals([line(1, 100), line(1, 100), line(1, 100)], { kind: 'AMOUNT', cents: 1 });
    expect(t.lines.map((l) => l.ticketDiscountCents)).toEqual([1, 0, 0]);
    expect(t.totalInclCents).toBe(299);
  });

  it('always adds up: lines to total, per-rate bases to the lines excluding VAT, shares to the discount', () => {
    const arbLine = fc.record({
      quantity: fc.integer({ min: 1, max: 20 }),
      unitPriceCents: fc.integer({ min: 0, max: 50_000 }),
      vatRateBp: fc.constantFrom(0, 550, 1000, 2000),
      discount: fc.option(
        fc.oneof(
          fc.record({ kind: fc.constant('PERCENT' as const), valueBp: fc.integer({ min: 1, max: 10000 }) }),
          fc.record({ kind: fc.constant('AMOUNT' as const), cents: fc.integer({ min: 1, max: 1000 }) }),
        ),
      ),
    });
    fc.assert(
      fc.property(
        fc.array(arbLine, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 10000 }),
        (lines, bp) => {
          const t = saleTotals(lines, bp === 0 ? null : { kind: 'PERCENT', valueBp: bp });
          const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
          expect(sum(t.lines.map((l) => l.totalInclCents))).toBe(t.totalInclCents);
          expect(sum(t.vatTotals.map((v) => v.baseCents + v.vatCents))).toBe(t.totalInclCents);
          expect(sum(t.lines.map((l) => l.totalExclCents))).toBe(sum(t.vatTotals.map((v) => v.baseCents)));
          for (const l of t.lines) expect(l.totalInclCents).toBeGreaterThanOrEqual(0);
          expect(sum(t.lines.map((l) => l.grossCents)) - t.discountCents).toBe(t.totalInclCents);
        },
      ),
    );
  });
});

describe('vatBreakdown for a credit note (negative lines)', () => {
  it('mirrors the sale', () => {
    const { vatTotals, perLine } = vatBreakdown([
      { vatRateBp: 2000, totalInclCents: -3333 },
      { vatRateBp: 2000, totalInclCents: -3333 },
    ]);
    expect(vatTotals).toEqual([{ rateBp: 2000, baseCents: -5555, vatCents: -1111, totalInclCents: -6666 }]);
    expect(perLine.map((l) => l.totalExclCents)).toEqual([-2778, -2777]);
  });
});

describe('discountProblem', () => {
  it.each([
    [1000, { kind: 'PERCENT' as const, valueBp: 0 }, 'pourcentage'],
    [1000, { kind: 'PERCENT' as const, valueBp: 10001 }, 'pourcentage'],
    [1000, { kind: 'AMOUNT' as const, cents: 1001 }, 'dépasse'],
    [1000, { kind: 'AMOUNT' as const, cents: -5 }, 'positif'],
  ])('refuses %j on %i', (amount, spec, word) => expect(discountProblem(amount, spec)).toContain(word));

  it('accepts 100 % and the whole amount', () => {
    expect(discountProblem(1000, { kind: 'PERCENT', valueBp: 10000 })).toBeNull();
    expect(discountProblem(1000, { kind: 'AMOUNT', cents: 1000 })).toBeNull();
  });
});
