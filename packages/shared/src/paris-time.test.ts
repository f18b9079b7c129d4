import {
  addDays,
  dayInterval,
  formatDayRange,
  dayLengthHours,
  formatDay,
  formatTime,
  isLocalDate,
  localDateOf,
  parseWallTime,
  startOfWeek,
  utcOffsetMinutes,
  wallMinutes,
  weekDays,
  zonedInstant,
} from './paris-time';

describe('Europe/Paris display of UTC instants', () => {
  it('shows the Paris wall clock, not UTC nor the machine’s zone (tests run with TZ=UTC)', () => {
    expect(formatTime('2026-11-26T08:30:00.000Z')).toBe('09:30'); // winter, UTC+1
    expect(formatTime('2026-07-15T08:30:00.000Z')).toBe('10:30'); // summer, UTC+2
    expect(wallMinutes('2026-11-26T08:30:00Z')).toBe(9 * 60 + 30);
  });

  it('puts a late-evening UTC instant on the next Paris day', () => {
    expect(localDateOf('2026-11-25T23:30:00Z')).toBe('2026-11-26');
    expect(localDateOf('2026-11-25T22:59:59Z')).toBe('2026-11-25');
    expect(localDateOf('2026-07-14T22:30:00Z')).toBe('2026-07-15');
  });

  it('knows the offset on each side of both DST changes', () => {
    expect(utcOffsetMinutes('2026-03-29T00:59:00Z')).toBe(60);
    expect(utcOffsetMinutes('2026-03-29T01:00:00Z')).toBe(120);
    expect(utcOffsetMinutes('2026-10-25T00:59:00Z')).toBe(120);
    expect(utcOffsetMinutes('2026-10-25T01:00:00Z')).toBe(60);
  });

  it('writes dates in French', () => {
    expect(formatDay('2026-11-26')).toBe('jeudi 26 novembre 2026');
  });
});

describe('zonedInstant (wall clock → instant)', () => {
  it.each([
    ['2026-11-26', 9 * 60 + 30, '2026-11-26T08:30:00.000Z'],
    ['2026-07-15', 10 * 60, '2026-07-15T08:00:00.000Z'],
    ['2026-11-26', 0, '2026-11-25T23:00:00.000Z'],
    ['2026-11-26', 24 * 60, '2026-11-26T23:00:00.000Z'],
    // Spring: 02:30 does not exist; it means 03:30 summer time.
    ['2026-03-29', 2 * 60 + 30, '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', 10 * 60, '2026-03-29T08:00:00.000Z'],
    // Autumn: 02:30 happens twice; the second one (winter time) is taken.
    ['2026-10-25', 2 * 60 + 30, '2026-10-25T01:30:00.000Z'],
    ['2026-10-25', 10 * 60, '2026-10-25T09:00:00.000Z'],
  ])('%s + %i min → %s', (day, minutes, expected) => {
    expect(new Date(zonedInstant(day, minutes)).toISOString()).toBe(expected);
  });
});

describe('days', () => {
  it('has 23 hours on the spring change, 25 on the autumn one, 24 otherwise', () => {
    expect(dayLengthHours('2026-03-29')).toBe(23);
    expect(dayLengthHours('2026-10-25')).toBe(25);
    expect(dayLengthHours('2026-11-26')).toBe(24);
    expect(new Date(dayInterval('2026-10-25').start).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(new Date(dayInterval('2026-10-25').end).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('adds days across months and years and finds the week from Monday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(startOfWeek('2026-11-26')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23'); // Sunday belongs to the week before
    expect(weekDays('2026-10-25')).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
  });

  it('validates dates and wall times', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('26/11/2026')).toBe(false);
    expect(parseWallTime('09:45')).toBe(585);
    expect(parseWallTime('24:00')).toBeNull();
    expect(parseWallTime('9h45')).toBeNull();
  });
});

describe('formatDayRange', () => {
  it('names the month once within a month, twice across months, with years across years', () => {
    expect(formatDayRange('2026-11-23', '2026-11-29', 'au')).toBe('23 au 29 novembre 2026');
    expect(formatDayRange('2026-11-30', '2026-12-06', '–')).toBe('30 novembre – 6 décembre 2026');
    expect(formatDayRange('2026-12-28', '2027-01-03', 'au')).toBe('28 décembre 2026 au 3 janvier 2027');
  });
});
