import { MAX_CLOSURE_DAYS, closureDates } from './closure-range.js';

describe('closureDates', () => {
  it('lists every date of the range, both ends included, across a month end', () => {
    expect(closureDates('2026-12-30', '2027-01-02')).toEqual({
      dates: ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'],
      problems: [],
    });
    expect(closureDates('2026-12-25', '2026-12-25').dates).toEqual(['2026-12-25']);
  });

  it(`accepts ${MAX_CLOSURE_DAYS} days and refuses one more, on the end date`, () => {
    expect(closureDates('2027-01-01', '2027-03-03').dates).toHaveLength(62);
    expect(closureDates('2027-01-01', '2027-03-04')).toEqual({
      dates: [],
      problems: [{ field: 'to', message: 'Une fermeture dure au plus 62 jours (ici 63) : découpez-la.' }],
    });
  });

  it.each([
    ['2027-02-30', '2027-03-01', ['from']],
    ['2027-03-01', '01/03/2027', ['to']],
    ['', '', ['from', 'to']],
  ])('refuses malformed dates (%s – %s) on their field', (from, to, fields) => {
    const { problems } = closureDates(from, to);
    expect(problems.map((p) => p.field)).toEqual(fields);
  });

  it('refuses an end before the start', () => {
    expect(closureDates('2027-03-02', '2027-03-01').problems).toEqual([
      { field: 'to', message: 'La date de fin doit être le même jour ou après la date de début.' },
    ]);
  });
});
