import { easterSunday, frenchPublicHolidays, publicHolidaysBetween } from './holidays.js';

describe('easterSunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([1582, 10000, 2026.5, Number.NaN])('rejects %p', (year) => {
    expect(() => easterSunday(year)).toThrow(RangeError);
  });
});

describe('frenchPublicHolidays', () => {
  it.each([
    [
      2026,
      [
        ['2026-01-01', 'Jour de l’an'],
        ['2026-04-06', 'Lundi de Pâques'],
        ['2026-05-01', 'Fête du Travail'],
        ['2026-05-08', 'Victoire 1945'],
        ['2026-05-14', 'Ascension'],
        ['2026-05-25', 'Lundi de Pentecôte'],
        ['2026-07-14', 'Fête nationale'],
        ['2026-08-15', 'Assomption'],
        ['2026-11-01', 'Toussaint'],
        ['2026-11-11', 'Armistice 1918'],
        ['2026-12-25', 'Noël'],
      ],
    ],
    [
      2027,
      [
        ['2027-01-01', 'Jour de l’an'],
        ['2027-03-29', 'Lundi de Pâques'],
        ['2027-05-01', 'Fête du Travail'],
        ['2027-05-06', 'Ascension'],
        ['2027-05-08', 'Victoire 1945'],
        ['2027-05-17', 'Lundi de Pentecôte'],
        ['2027-07-14', 'Fête nationale'],
        ['2027-08-15', 'Assomption'],
        ['2027-11-01', 'Toussaint'],
        ['2027-11-11', 'Armistice 1918'],
        ['2027-12-25', 'Noël'],
      ],
    ],
  ])('%i matches the official calendar, in date order', (year, expected) => {
    expect([...frenchPublicHolidays(year)]).toEqual(expected);
  });

  it('keeps both names when two holidays fall on the same date (Ascension on 1 May 2008)', () => {
    const holidays = frenchPublicHolidays(2008);
    expect(holidays.get('2008-05-01')).toBe('Fête du Travail et Ascension');
    expect(holidays.size).toBe(10);
  });
});

describe('publicHolidaysBetween', () => {
  it.each([
    ['2026-04-01', '2026-04-30', [['2026-04-06', 'Lundi de Pâques']]],
    [
      '2026-05-08',
      '2026-05-14',
      [
        ['2026-05-08', 'Victoire 1945'],
        ['2026-05-14', 'Ascension'],
      ],
    ],
    [
      '2026-12-25',
      '2027-01-01',
      [
        ['2026-12-25', 'Noël'],
        ['2027-01-01', 'Jour de l’an'],
      ],
    ],
    ['2026-12-26', '2026-12-31', []],
    ['2026-05-02', '2026-05-01', []],
  ])('%s → %s', (from, to, expected) => {
    expect([...publicHolidaysBetween(from, to)]).toEqual(expected);
  });

  it('spans years', () => {
    expect(publicHolidaysBetween('2026-01-01', '2027-12-31').size).toBe(22);
  });

  it('rejects bad dates', () => {
    expect(() => publicHolidaysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => publicHolidaysBetween('2026-01-01', '2026-13-01')).toThrow(RangeError);
  });
});
