import { creditLine } from './credit-note.js';
import { decideTender, isCovered } from './tender-rules.js';

describe('decideTender', () => {
  it.each([
    // total, covered, amount, gives change → applied, change
    [5000, 2000, 5000, true, 3000, 2000],
    [5000, 2000, 3000, false, 3000, 0],
    [5000, 2000, 1000, false, 1000, 0],
    [-3000, -1000, -2000, false, -2000, 0],
    [-3000, 0, -1, false, -1, 0],
    [0, 0, 0, true, 0, 0],
  ])(
    'total %i, covered %i, %i (change: %s) → applied %i, change %i',
    (total, covered, amount, change, applied, back) =>
      expect(
        decideTender({ totalCents: total, coveredCents: covered, amountCents: amount, givesChange: change }),
      ).toEqual({
        ok: true,
        appliedCents: applied,
        changeCents: back,
      }),
  );

  it.each([
    [5000, 2000, 3001, false, 'seules les espèces'],
    [5000, 5000, 100, true, 'déjà entièrement réglé'],
    [5000, 0, 0, true, 'supérieur à zéro'],
    [5000, 0, -100, false, 'supérieur à zéro'],
    [5000, 0, 10.5, true, 'centimes entiers'],
    [-3000, -1000, -2001, false, 'dépasse ce qu’il reste à rembourser'],
    [-3000, 0, 500, false, 'montant négatif'],
    [-3000, -3000, -1, false, 'déjà entièrement remboursé'],
    [0, 0, 0, false, 'se valide en espèces'],
    [0, 0, 100, true, 'déjà entièrement réglé'],
  ])('total %i, covered %i, %i (change: %s) → refused', (total, covered, amount, change, word) => {
    const d = decideTender({
      totalCents: total,
      coveredCents: covered,
      amountCents: amount,
      givesChange: change,
    });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toContain(word);
  });

  it('completes only with at least one tender and an exact cover', () => {
    expect(isCovered(5000, 5000, 2)).toBe(true);
    expect(isCovered(5000, 4999, 2)).toBe(false);
    expect(isCovered(0, 0, 0)).toBe(false);
    expect(isCovered(-3000, -3000, 1)).toBe(true);
  });
});

describe('creditLine', () => {
  const sold = { quantity: 3, totalInclCents: 1000, creditedQuantity: 0, creditedInclCents: 0 };

  it('takes back in proportion, the last unit taking exactly what is left', () => {
    expect(creditLine(sold, 1)).toEqual({ ok: true, totalInclCents: -333 });
    expect(creditLine({ ...sold, creditedQuantity: 1, creditedInclCents: 333 }, 1)).toEqual({
      ok: true,
      totalInclCents: -333,
    });
    expect(creditLine({ ...sold, creditedQuantity: 2, creditedInclCents: 666 }, 1)).toEqual({
      ok: true,
      totalInclCents: -334,
    });
    expect(creditLine(sold, 3)).toEqual({ ok: true, totalInclCents: -1000 });
    expect(
      creditLine({ quantity: 3, totalInclCents: 1000, creditedQuantity: 0, creditedInclCents: 0 }, 2),
    ).toEqual({
      ok: true,
      totalInclCents: -667,
    });
  });

  it.each([
    [sold, 4, 'Au plus 3'],
    [{ ...sold, creditedQuantity: 3, creditedInclCents: 1000 }, 1, 'déjà été entièrement remboursée'],
    [sold, 0, 'supérieur à zéro'],
    [sold, -1, 'supérieur à zéro'],
  ])('refuses more than was sold', (line, q, word) => {
    const d = creditLine(line, q);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toContain(word);
  });
});
