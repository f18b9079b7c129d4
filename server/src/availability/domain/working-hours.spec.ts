import { INSTITUTE_TIME_ZONE, publicHolidaysBetween, type Interval } from '../../common/time.js';
import {
  type DateException,
  type WeeklyRule,
  type WorkingHoursInput,
  validateWeeklyRules,
  workingIntervals,
} from './working-hours.js';

const PARIS = INSTITUTE_TIME_ZONE;
const span = (start: string, end: string): Interval => ({ start: Date.parse(start), end: Date.parse(end) });
const rule = (weekday: number, start: string, end: string): WeeklyRule => ({ weekday, start, end });
const open = (date: string, start: string, end: string): DateException => ({
  date,
  kind: 'OPEN',
  start,
  end,
});
const closed = (date: string, start: string | null = null, end: string | null = null): DateException => ({
  date,
  kind: 'CLOSED',
  start,
  end,
});

/** Tuesday to Saturday, 09:00–12:00 and 13:00–19:00 (lunch break); closed Sunday and Monday. */
const INSTITUTE_WEEK = [2, 3, 4, 5, 6].flatMap((d) => [rule(d, '09:00', '12:00'), rule(d, '13:00', '19:00')]);
const EVERY_DAY = (start: string, end: string) => [1, 2, 3, 4, 5, 6, 7].map((d) => rule(d, start, end));

const input = (overrides: Partial<WorkingHoursInput>): WorkingHoursInput => ({
  rules: INSTITUTE_WEEK,
  exceptions: [],
  from: '2026-01-05',
  to: '2026-01-05',
  zone: PARIS,
  closedDates: new Set(),
  ...overrides,
});

describe('workingIntervals', () => {
  it.each<[string, Partial<WorkingHoursInput>, Interval[]]>([
    ['a closed Monday', { from: '2026-01-05', to: '2026-01-05' }, []],
    [
      'a winter Tuesday with a lunch break (UTC+1)',
      { from: '2026-01-06', to: '2026-01-06' },
      [span('2026-01-06T08:00Z', '2026-01-06T11:00Z'), span('2026-01-06T12:00Z', '2026-01-06T18:00Z')],
    ],
    [
      'a summer Tuesday (UTC+2)',
      { from: '2026-07-07', to: '2026-07-07' },
      [span('2026-07-07T07:00Z', '2026-07-07T10:00Z'), span('2026-07-07T11:00Z', '2026-07-07T17:00Z')],
    ],
    [
      'Saturday to Tuesday',
      { from: '2026-01-10', to: '2026-01-13' },
      [
        span('2026-01-10T08:00Z', '2026-01-10T11:00Z'),
        span('2026-01-10T12:00Z', '2026-01-10T18:00Z'),
        span('2026-01-13T08:00Z', '2026-01-13T11:00Z'),
        span('2026-01-13T12:00Z', '2026-01-13T18:00Z'),
      ],
    ],
    [
      'a public holiday the institute closes on (Thursday 14 May 2026, Ascension)',
      {
        from: '2026-05-13',
        to: '2026-05-14',
        closedDates: new Set(publicHolidaysBetween('2026-05-01', '2026-05-31').keys()),
      },
      [span('2026-05-13T07:00Z', '2026-05-13T10:00Z'), span('2026-05-13T11:00Z', '2026-05-13T17:00Z')],
    ],
    [
      'an OPEN exception on a closed holiday',
      {
        from: '2026-05-14',
        to: '2026-05-14',
        closedDates: new Set(['2026-05-14']),
        exceptions: [open('2026-05-14', '10:00', '16:00')],
      },
      [span('2026-05-14T08:00Z', '2026-05-14T14:00Z')],
    ],
    [
      'an OPEN exception on a normally closed Monday, and one extending a Tuesday into the lunch break',
      {
        from: '2026-01-05',
        to: '2026-01-06',
        exceptions: [open('2026-01-05', '14:00', '18:00'), open('2026-01-06', '11:30', '13:00')],
      },
      [span('2026-01-05T13:00Z', '2026-01-05T17:00Z'), span('2026-01-06T08:00Z', '2026-01-06T18:00Z')],
    ],
    [
      'a CLOSED range (a training afternoon)',
      { from: '2026-01-06', to: '2026-01-06', exceptions: [closed('2026-01-06', '14:00', '17:30')] },
      [
        span('2026-01-06T08:00Z', '2026-01-06T11:00Z'),
        span('2026-01-06T12:00Z', '2026-01-06T13:00Z'),
        span('2026-01-06T16:30Z', '2026-01-06T18:00Z'),
      ],
    ],
    [
      'a CLOSED day wins over an OPEN exception the same date',
      {
        from: '2026-01-06',
        to: '2026-01-07',
        exceptions: [closed('2026-01-06'), open('2026-01-06', '20:00', '21:00')],
      },
      [span('2026-01-07T08:00Z', '2026-01-07T11:00Z'), span('2026-01-07T12:00Z', '2026-01-07T18:00Z')],
    ],
    [
      'exceptions outside the range are ignored',
      { from: '2026-01-06', to: '2026-01-06', rules: [], exceptions: [open('2026-01-07', '09:00', '10:00')] },
      [],
    ],
    [
      'overlapping and touching rules merge',
      {
        from: '2026-01-06',
        to: '2026-01-06',
        rules: [rule(2, '09:00', '12:00'), rule(2, '11:00', '13:00'), rule(2, '13:00', '14:00')],
      },
      [span('2026-01-06T08:00Z', '2026-01-06T13:00Z')],
    ],
    [
      'evening to 24:00 merges with the next morning from 00:00',
      { from: '2026-01-05', to: '2026-01-06', rules: [rule(1, '20:00', '24:00'), rule(2, '00:00', '02:00')] },
      [span('2026-01-05T19:00Z', '2026-01-06T01:00Z')],
    ],
    // Spring forward: 02:00–03:00 does not exist; a night rule across it lasts 4 h, not 5.
    [
      'night rule 00:00–05:00 on Sunday 29 March 2026',
      { from: '2026-03-29', to: '2026-03-29', rules: [rule(7, '00:00', '05:00')] },
      [span('2026-03-28T23:00Z', '2026-03-29T03:00Z')],
    ],
    [
      'night rule 00:00–05:00 on Sunday 28 March 2027',
      { from: '2027-03-28', to: '2027-03-28', rules: [rule(7, '00:00', '05:00')] },
      [span('2027-03-27T23:00Z', '2027-03-28T03:00Z')],
    ],
    [
      'a rule entirely inside the spring gap is empty',
      { from: '2026-03-29', to: '2026-03-29', rules: [rule(7, '02:00', '02:45')] },
      [],
    ],
    [
      'a rule starting in the spring gap starts at 03:00 CEST',
      { from: '2026-03-29', to: '2026-03-29', rules: [rule(7, '02:30', '04:00')] },
      [span('2026-03-29T01:00Z', '2026-03-29T02:00Z')],
    ],
    // Fall back: 02:00–03:00 happens twice; a night rule across it lasts 6 h.
    [
      'night rule 00:00–05:00 on Sunday 25 October 2026',
      { from: '2026-10-25', to: '2026-10-25', rules: [rule(7, '00:00', '05:00')] },
      [span('2026-10-24T22:00Z', '2026-10-25T04:00Z')],
    ],
    [
      'night rule 00:00–05:00 on Sunday 31 October 2027',
      { from: '2027-10-31', to: '2027-10-31', rules: [rule(7, '00:00', '05:00')] },
      [span('2027-10-30T22:00Z', '2027-10-31T04:00Z')],
    ],
    [
      'a rule inside the autumn overlap spans both occurrences',
      { from: '2026-10-25', to: '2026-10-25', rules: [rule(7, '02:00', '02:30')] },
      [span('2026-10-25T00:00Z', '2026-10-25T01:30Z')],
    ],
    [
      '09:00–19:00 around the 2026 spring change: 08:00Z on Saturday, 07:00Z from Sunday',
      { from: '2026-03-28', to: '2026-03-30', rules: EVERY_DAY('09:00', '19:00') },
      [
        span('2026-03-28T08:00Z', '2026-03-28T18:00Z'),
        span('2026-03-29T07:00Z', '2026-03-29T17:00Z'),
        span('2026-03-30T07:00Z', '2026-03-30T17:00Z'),
      ],
    ],
    [
      '09:00–19:00 around the 2026 autumn change: 07:00Z on Saturday, 08:00Z from Sunday',
      { from: '2026-10-24', to: '2026-10-25', rules: EVERY_DAY('09:00', '19:00') },
      [span('2026-10-24T07:00Z', '2026-10-24T17:00Z'), span('2026-10-25T08:00Z', '2026-10-25T18:00Z')],
    ],
    [
      '09:00–19:00 on Sunday 28 March 2027',
      { from: '2027-03-28', to: '2027-03-28', rules: EVERY_DAY('09:00', '19:00') },
      [span('2027-03-28T07:00Z', '2027-03-28T17:00Z')],
    ],
    [
      '09:00–19:00 on Sunday 31 October 2027',
      { from: '2027-10-31', to: '2027-10-31', rules: EVERY_DAY('09:00', '19:00') },
      [span('2027-10-31T08:00Z', '2027-10-31T18:00Z')],
    ],
    ['an empty range (to before from)', { from: '2026-01-07', to: '2026-01-06' }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(workingIntervals(input(overrides))).toEqual(expected);
  });

  it('counts the days of February in 2026 and in the leap year 2028', () => {
    const hours = (from: string, to: string) =>
      workingIntervals(input({ from, to, rules: EVERY_DAY('10:00', '11:00') })).length;
    expect(hours('2026-02-01', '2026-02-28')).toBe(28);
    expect(hours('2028-02-01', '2028-02-29')).toBe(29);
  });

  it.each<[string, Partial<WorkingHoursInput>]>([
    ['OPEN without times', { exceptions: [{ date: '2026-01-05', kind: 'OPEN', start: null, end: null }] }],
    ['CLOSED with only a start', { exceptions: [closed('2026-01-05', '10:00', null)] }],
    ['an exception ending before it starts', { exceptions: [open('2026-01-05', '12:00', '10:00')] }],
    ['an exception with a bad time', { exceptions: [open('2026-01-05', '10:00', '25:00')] }],
    ['an exception with a bad date', { exceptions: [open('2026-02-30', '10:00', '11:00')] }],
    ['a rule ending before it starts', { rules: [rule(1, '10:00', '09:00')] }],
    ['a rule with a bad weekday', { rules: [rule(0, '10:00', '11:00')] }],
    ['a bad range date', { from: '2026-01-32' }],
    ['an unknown zone', { zone: 'Mars/Olympus_Mons' }],
  ])('throws a RangeError on %s', (_name, overrides) => {
    expect(() => workingIntervals(input(overrides))).toThrow(RangeError);
  });
});

describe('validateWeeklyRules', () => {
  it.each<[string, WeeklyRule[], string[]]>([
    ['the institute week', INSTITUTE_WEEK, []],
    ['no rule at all', [], []],
    ['a night until 24:00', [rule(5, '20:00', '24:00')], []],
    ['touching ranges', [rule(1, '09:00', '12:00'), rule(1, '12:00', '14:00')], []],
    [
      'end before start',
      [rule(1, '10:00', '09:00')],
      ['Lundi : la fin (09:00) doit être après le début (10:00).'],
    ],
    [
      'end equal to start',
      [rule(7, '10:00', '10:00')],
      ['Dimanche : la fin (10:00) doit être après le début (10:00).'],
    ],
    [
      'overlapping ranges the same day',
      [rule(3, '13:00', '19:00'), rule(3, '09:00', '14:00'), rule(4, '09:00', '14:00')],
      ['Mercredi : les plages 09:00–14:00 et 13:00–19:00 se chevauchent.'],
    ],
    [
      'a range inside another',
      [rule(6, '09:00', '19:00'), rule(6, '10:00', '11:00'), rule(6, '12:00', '13:00')],
      [
        'Samedi : les plages 09:00–19:00 et 10:00–11:00 se chevauchent.',
        'Samedi : les plages 09:00–19:00 et 12:00–13:00 se chevauchent.',
      ],
    ],
    [
      'a bad weekday',
      [rule(8, '09:00', '10:00')],
      ['Jour invalide (8) : attendu de 1 (lundi) à 7 (dimanche).'],
    ],
    [
      'a fractional weekday',
      [rule(1.5, '09:00', '10:00')],
      ['Jour invalide (1.5) : attendu de 1 (lundi) à 7 (dimanche).'],
    ],
    [
      'bad times',
      [rule(2, '9:00', '24:30')],
      [
        'Mardi : l’heure de début (9:00) est invalide (HH:MM).',
        'Mardi : l’heure de fin (24:30) est invalide (HH:MM).',
      ],
    ],
  ])('%s', (_name, rules, expected) => {
    expect(validateWeeklyRules(rules)).toEqual(expected);
  });
});
