import {
  addDays,
  addMonths,
  dateKeyOf,
  isoWeekday,
  monthKeyOf,
  monthRange,
  monthWeeks,
  startOfDay,
  zoneOffsetMinutes,
  zonedParts,
} from './paris-time';

describe('zoned parts in Europe/Paris', () => {
  it('reads the wall clock of an instant', () => {
    expect(zonedParts('2026-11-28T09:30:00Z')).toEqual({
      year: 2026,
      month: 11,
      day: 28,
      hour: 10,
      minute: 30,
    });
    expect(zonedParts('2026-07-01T21:45:00Z')).toEqual({
      year: 2026,
      month: 7,
      day: 1,
      hour: 23,
      minute: 45,
    });
  });

  it('knows the offset either side of both DST changes', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-03-29T00:59:00Z'))).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-10-25T00:59:00Z'))).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-10-25T01:00:00Z'))).toBe(60);
  });

  it('gives the Paris calendar day and month of an instant', () => {
    expect(dateKeyOf('2026-11-30T22:59:00Z')).toBe('2026-11-30');
    expect(dateKeyOf('2026-11-30T23:00:00Z')).toBe('2026-12-01');
    expect(monthKeyOf('2026-11-30T23:00:00Z')).toBe('2026-12');
  });
});

describe('startOfDay', () => {
  it.each([
    ['2026-11-28', '2026-11-27T23:00:00.000Z'],
    ['2026-07-14', '2026-07-13T22:00:00.000Z'],
    // The DST days start at midnight in the offset of the day before.
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('%s starts at %s', (day, instant) => {
    expect(startOfDay(day).toISOString()).toBe(instant);
  });

  it('makes the DST days 23 and 25 hours long', () => {
    const hours = (day: string) =>
      (startOfDay(addDays(day, 1)).getTime() - startOfDay(day).getTime()) / 3_600_000;
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2026-11-28')).toBe(24);
  });
});

describe('calendar arithmetic', () => {
  it('moves days and months across year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });

  it('lays a month out in Monday-first weeks', () => {
    // November 2026 starts on a Sunday and ends on a Monday.
    const weeks = monthWeeks('2026-11');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks[5]).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(30);
    // February 2027 starts on a Monday: no leading blanks.
    expect(monthWeeks('2027-02')[0]?.[0]).toBe('2027-02-01');
  });

  it('gives a month as an instant range in Paris time, even across a DST change', () => {
    const march = monthRange('2026-03');
    expect(march.from.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(march.to.toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });
});
