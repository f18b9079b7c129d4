import { describe, expect, it } from '@jest/globals';
import { fiscalYearOf, frenchDay, frenchMonth, isPeriod, monthPeriod, previousMonth } from './periods';

describe('accounting periods', () => {
  it.each([
    ['2027-02', '2027-02-01', '2027-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2027-12', '2027-12-01', '2027-12-31'],
  ])('gives the days of %s', (month, from, to) => {
    expect(monthPeriod(month)).toEqual({ from, to });
  });

  it.each([
    ['2027-02-09', 1, '2027-01-01', '2027-12-31'],
    ['2027-02-09', 7, '2026-07-01', '2027-06-30'],
    ['2027-07-01', 7, '2027-07-01', '2028-06-30'],
    ['2027-03-31', 3, '2027-03-01', '2028-02-29'],
  ])('finds the fiscal year of %s starting in month %i', (today, start, from, to) => {
    expect(fiscalYearOf(today, start)).toEqual({ from, to });
  });

  it('gives the previous month, across a year', () => {
    expect(previousMonth('2027-02-09')).toBe('2027-01');
    expect(previousMonth('2027-01-31')).toBe('2026-12');
  });

  it('checks a period is complete and in order', () => {
    expect(isPeriod('2027-01-01', '2027-01-31')).toBe(true);
    expect(isPeriod('2027-02-01', '2027-01-31')).toBe(false);
    expect(isPeriod(null, '2027-01-31')).toBe(false);
  });

  it('writes French months and days', () => {
    expect(frenchMonth('2027-02-01')).toBe('février 2027');
    expect(frenchDay('2027-02-09')).toBe('09/02/2027');
  });
});
