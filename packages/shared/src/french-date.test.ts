import { formatFrenchDate, parseFrenchDate } from './french-date';

describe('French dates', () => {
  it.each([
    ['01/11/2026', '2026-11-01'],
    ['1/1/2027', '2027-01-01'],
    [' 29.02.2028 ', '2028-02-29'],
    ['31-12-2026', '2026-12-31'],
    ['2026-11-01', '2026-11-01'],
  ])('reads %j', (text, day) => expect(parseFrenchDate(text)).toBe(day));

  it.each(['', '31/11/2026', '29/02/2027', '11/2026', '2026/11/01', 'demain'])('refuses %j', (text) =>
    expect(parseFrenchDate(text)).toBeNull(),
  );

  it('writes day/month/year', () => expect(formatFrenchDate('2026-03-09')).toBe('09/03/2026'));
});
