import { countErrors } from './count-errors';
import {
  countFrom,
  countInput,
  countTotal,
  EURO_DENOMINATIONS,
  isNote,
  MAX_COUNT,
  parseCount,
  variance,
  varianceTone,
  withCount,
} from './denominations';
import { periodActions } from './period-actions';

describe('cash count maths', () => {
  it('adds notes and coins in integer cents, whatever the mix', () => {
    expect(countTotal({})).toBe(0);
    // The demo float: 3 × 20 €, 5 × 10 €, 4 × 5 €, 10 × 2 €, 10 × 1 €, 10 × 0,50 € = 165 €.
    expect(countTotal({ 2000: 3, 1000: 5, 500: 4, 200: 10, 100: 10, 50: 10 })).toBe(16500);
    // Ten 1-cent, three 2-cent and seven 5-cent coins: 0,51 € with no float error.
    expect(countTotal({ 1: 10, 2: 3, 5: 7 })).toBe(51);
    expect(countTotal({ 50000: 1, 10: 3, 20: 3 })).toBe(50090);
    // One of each of the 15 denominations.
    expect(countTotal(Object.fromEntries(EURO_DENOMINATIONS.map((d) => [d, 1])))).toBe(88888);
  });

  it('keeps a count a whole number between 0 and the maximum', () => {
    expect(withCount({ 500: 2 }, 500, 3)).toEqual({ 500: 3 });
    expect(withCount({ 500: 0 }, 500, -1)).toEqual({ 500: 0 });
    expect(withCount({}, 200, 2.7)).toEqual({ 200: 2 });
    expect(withCount({}, 200, MAX_COUNT + 5)).toEqual({ 200: MAX_COUNT });
    expect(withCount({}, 200, Number.NaN)).toEqual({ 200: 0 });
  });

  it('reads typed counts: digits only, empty as zero', () => {
    expect(parseCount('12')).toBe(12);
    expect(parseCount(' 3 ')).toBe(3);
    expect(parseCount('')).toBe(0);
    expect(parseCount('2,5')).toBeNull();
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('abc')).toBeNull();
    expect(parseCount('100001')).toBeNull();
  });

  it('sends only the counted denominations, largest first, and reads them back', () => {
    const input = countInput({ 1: 4, 5000: 1, 200: 0, 20: 2 });
    expect(input).toEqual([
      { denominationCents: 5000, count: 1 },
      { denominationCents: 20, count: 2 },
      { denominationCents: 1, count: 4 },
    ]);
    expect(countFrom([...input, { denominationCents: 300, count: 9 }])).toEqual({ 5000: 1, 20: 2, 1: 4 });
  });

  it('tells notes from coins', () => {
    expect(EURO_DENOMINATIONS.filter(isNote)).toEqual([50000, 20000, 10000, 5000, 2000, 1000, 500]);
  });

  it('gives the variance a sign and a tone', () => {
    expect(variance(8400, 8500)).toBe(-100);
    expect(varianceTone(variance(8400, 8500))).toBe('short');
    expect(varianceTone(variance(8600, 8500))).toBe('over');
    expect(varianceTone(variance(8500, 8500))).toBe('balanced');
  });

  it("puts the server's messages on the denomination sent at that index", () => {
    const sent = { 5000: 1, 200: 3, 1: 2 };
    expect(
      countErrors(
        {
          'counts.1.count': 'Le nombre doit être un entier entre 0 et 100 000.',
          'counts.2.denominationCents': 'Cette coupure est comptée deux fois.',
          tillId: 'Caisse inconnue.',
          'counts.9.count': 'hors liste',
        },
        sent,
      ),
    ).toEqual({
      200: 'Le nombre doit être un entier entre 0 et 100 000.',
      1: 'Cette coupure est comptée deux fois.',
    });
  });
});

describe('which closures a user may start', () => {
  const today = '2026-12-06';
  it('offers nothing without closePeriod, the day only to staff', () => {
    expect(periodActions({ today, closures: [], canClose: false, isAdmin: true })).toEqual({
      day: false,
      month: null,
      year: null,
    });
    expect(periodActions({ today, closures: [], canClose: true, isAdmin: false })).toEqual({
      day: true,
      month: null,
      year: null,
    });
  });

  it('offers an administrator the month and year just ended, until they are closed', () => {
    expect(periodActions({ today, closures: [], canClose: true, isAdmin: true })).toEqual({
      day: true,
      month: '2026-11-01',
      year: '2025-01-01',
    });
    const closed = [
      { period: 'MONTH' as const, firstDate: '2026-11-01' },
      { period: 'YEAR' as const, firstDate: '2025-01-01' },
      { period: 'DAY' as const, firstDate: '2026-12-05' },
    ];
    expect(periodActions({ today, closures: closed, canClose: true, isAdmin: true })).toEqual({
      day: true,
      month: null,
      year: null,
    });
    // In January, the month just ended is December of last year.
    expect(
      periodActions({ today: '2027-01-03', closures: closed, canClose: true, isAdmin: true }).month,
    ).toBe('2026-12-01');
  });
});
