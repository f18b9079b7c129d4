import { lastDayOfMonth, monthsOf } from './periods.js';

describe('accounting periods', () => {
  it('gives one month, or the twelve months of a fiscal year starting in any month', () => {
    expect(monthsOf(2026, 2, 1)).toEqual(['2026-02-01']);
    expect(monthsOf(2026, null, 1)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
    expect(monthsOf(2026, null, 7).slice(5, 7)).toEqual(['2026-12-01', '2027-01-01']);
    expect(monthsOf(2026, null, 7)[11]).toBe('2027-06-01');
  });

  it('knows the last day of a month, leap years included', () => {
    expect(lastDayOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-02-01')).toBe('2026-02-28');
    expect(lastDayOfMonth('2026-12-01')).toBe('2026-12-31');
  });
});
