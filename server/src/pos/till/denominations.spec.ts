import { countCash, expectedCash } from './denominations.js';

describe('countCash', () => {
  it('adds notes and coins in cents and keeps the map stored', () => {
    const r = countCash(
      [
        { denominationCents: 5000, count: 2 },
        { denominationCents: 200, count: 3 },
        { denominationCents: 1, count: 7 },
      ],
      'counts',
    );
    expect(r).toEqual({ totalCents: 10607, map: { '5000': 2, '200': 3, '1': 7 } });
  });

  it('is zero for an empty drawer', () => {
    expect(countCash([], 'counts')).toEqual({ totalCents: 0, map: {} });
  });

  it.each([
    [{ denominationCents: 300, count: 1 }, 'counts.0.denominationCents'],
    [{ denominationCents: 500, count: -1 }, 'counts.0.count'],
    [{ denominationCents: 500, count: 1.5 }, 'counts.0.count'],
  ])('refuses %p naming %s', (count, field) => {
    const r = countCash([count], 'counts');
    expect('problems' in r && r.problems[0].field).toBe(field);
  });

  it('refuses a denomination counted twice', () => {
    const r = countCash(
      [
        { denominationCents: 500, count: 1 },
        { denominationCents: 500, count: 2 },
      ],
      'counts',
    );
    expect('problems' in r && r.problems.map((p) => p.field)).toEqual(['counts.1.denominationCents']);
  });
});

describe('expectedCash', () => {
  it('is the float plus cash sales plus money in minus money out', () => {
    expect(
      expectedCash({
        openingFloatCents: 15000,
        cashSalesCents: 4250,
        movements: [
          { direction: 'OUT', amountCents: 2000 },
          { direction: 'IN', amountCents: 500 },
        ],
      }),
    ).toBe(17750);
  });
});
