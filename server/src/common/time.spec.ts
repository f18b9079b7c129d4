import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  INSTITUTE_TIME_ZONE,
  type Interval,
  addDays,
  datesBetween,
  dayInterval,
  intersectIntervals,
  isIsoDate,
  isTimeZone,
  isWallTime,
  isoWeekday,
  localDateOf,
  localTimeOf,
  normalizeIntervals,
  overlapMs,
  subtractIntervals,
  wallTimeToMinutes,
  zonedInstant,
} from './time.js';

const PARIS = INSTITUTE_TIME_ZONE;
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('isIsoDate', () => {
  it.each([
    ['2026-03-29', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2026-02-29', false],
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2026-02-28', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['2026-01-01T00:00', false],
    [' 2026-01-01', false],
    ['', false],
    ['2026/01/01', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('isWallTime and wallTimeToMinutes', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('%s → %i minutes', (value, minutes) => {
    expect(isWallTime(value)).toBe(true);
    expect(wallTimeToMinutes(value)).toBe(minutes);
  });

  it.each(['24:01', '25:00', '9:30', '09:60', '09:3', '0930', '', '09:30:00', 'ab:cd', '-1:00'])(
    'rejects %j',
    (value) => {
      expect(isWallTime(value)).toBe(false);
      expect(() => wallTimeToMinutes(value)).toThrow(RangeError);
    },
  );
});

describe('isTimeZone', () => {
  it.each([
    ['Europe/Paris', true],
    ['UTC', true],
    ['America/New_York', true],
    ['Europe/Atlantis', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isTimeZone(value)).toBe(expected);
  });
});

describe('zonedInstant in Europe/Paris', () => {
  it.each([
    // Ordinary days: winter UTC+1, summer UTC+2.
    ['2026-01-15', '09:00', undefined, '2026-01-15T08:00:00Z'],
    ['2026-07-15', '09:00', undefined, '2026-07-15T07:00:00Z'],
    ['2026-07-15', '00:00', undefined, '2026-07-14T22:00:00Z'],
    ['2026-07-15', '24:00', undefined, '2026-07-15T22:00:00Z'],
    ['2026-12-31', '24:00', undefined, '2026-12-31T23:00:00Z'],
    // Spring forward, Sunday 29 March 2026: 02:00 CET → 03:00 CEST at 01:00Z.
    ['2026-03-29', '01:59', undefined, '2026-03-29T00:59:00Z'],
    ['2026-03-29', '02:00', undefined, '2026-03-29T01:00:00Z'],
    ['2026-03-29', '02:30', undefined, '2026-03-29T01:00:00Z'],
    ['2026-03-29', '02:30', 'later', '2026-03-29T01:00:00Z'],
    ['2026-03-29', '02:59', undefined, '2026-03-29T01:00:00Z'],
    ['2026-03-29', '03:00', undefined, '2026-03-29T01:00:00Z'],
    ['2026-03-29', '03:01', undefined, '2026-03-29T01:01:00Z'],
    ['2026-03-29', '09:00', undefined, '2026-03-29T07:00:00Z'],
    // Fall back, Sunday 25 October 2026: 03:00 CEST → 02:00 CET at 01:00Z; 02:00–02:59 happens twice.
    ['2026-10-25', '01:59', 'later', '2026-10-24T23:59:00Z'],
    ['2026-10-25', '02:00', undefined, '2026-10-25T00:00:00Z'],
    ['2026-10-25', '02:00', 'later', '2026-10-25T01:00:00Z'],
    ['2026-10-25', '02:30', 'earlier', '2026-10-25T00:30:00Z'],
    ['2026-10-25', '02:30', 'later', '2026-10-25T01:30:00Z'],
    ['2026-10-25', '03:00', 'earlier', '2026-10-25T02:00:00Z'],
    ['2026-10-25', '09:00', undefined, '2026-10-25T08:00:00Z'],
    // Spring forward, Sunday 28 March 2027.
    ['2027-03-28', '01:30', undefined, '2027-03-28T00:30:00Z'],
    ['2027-03-28', '02:15', undefined, '2027-03-28T01:00:00Z'],
    ['2027-03-28', '03:15', undefined, '2027-03-28T01:15:00Z'],
    ['2027-03-28', '09:00', undefined, '2027-03-28T07:00:00Z'],
    // Fall back, Sunday 31 October 2027.
    ['2027-10-31', '02:45', undefined, '2027-10-31T00:45:00Z'],
    ['2027-10-31', '02:45', 'later', '2027-10-31T01:45:00Z'],
    ['2027-10-31', '09:00', 'later', '2027-10-31T08:00:00Z'],
    ['2027-10-30', '09:00', undefined, '2027-10-30T07:00:00Z'],
  ] as const)('%s %s (%s) → %s', (date, time, occurrence, expected) => {
    expect(zonedInstant(date, time, PARIS, occurrence)).toBe(at(expected));
  });

  it('works in other zones (New York, spring forward at 02:00 local on 8 March 2026)', () => {
    expect(zonedInstant('2026-03-08', '02:30', 'America/New_York')).toBe(at('2026-03-08T07:00:00Z'));
    expect(zonedInstant('2026-11-01', '01:30', 'America/New_York', 'later')).toBe(at('2026-11-01T06:30:00Z'));
    expect(zonedInstant('2026-06-01', '12:00', 'UTC')).toBe(at('2026-06-01T12:00:00Z'));
  });

  it.each([
    ['2026-02-30', '09:00', PARIS],
    ['2026-03-29', '25:00', PARIS],
    ['2026-03-29', '9:00', PARIS],
    ['2026-03-29', '09:00', 'Europe/Atlantis'],
    ['2026-03-29', '09:00', ''],
  ])('rejects %s %s %s', (date, time, zone) => {
    expect(() => zonedInstant(date, time, zone)).toThrow(RangeError);
  });
});

describe('localDateOf and localTimeOf', () => {
  it.each([
    ['2026-03-28T22:59:00Z', '2026-03-28', '23:59'],
    ['2026-03-28T23:00:00Z', '2026-03-29', '00:00'],
    ['2026-03-29T00:59:00Z', '2026-03-29', '01:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '03:00'], // 02:xx never shows
    ['2026-10-25T00:30:00Z', '2026-10-25', '02:30'],
    ['2026-10-25T01:30:00Z', '2026-10-25', '02:30'], // the same wall time, an hour later
    ['2026-10-25T22:59:59Z', '2026-10-25', '23:59'],
    ['2026-10-25T23:00:00Z', '2026-10-26', '00:00'],
    ['2027-03-28T01:00:00Z', '2027-03-28', '03:00'],
    ['2027-10-31T01:45:00Z', '2027-10-31', '02:45'],
    ['2027-12-31T23:00:00Z', '2028-01-01', '00:00'],
    ['1969-12-31T23:30:00Z', '1970-01-01', '00:30'],
  ])('%s → %s %s', (iso, date, time) => {
    expect(localDateOf(at(iso), PARIS)).toBe(date);
    expect(localTimeOf(at(iso), PARIS)).toBe(time);
  });

  it('round-trips every quarter of an hour of the 2026 and 2027 DST Sundays', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      const { start, end } = dayInterval(date, PARIS);
      for (let t = start; t < end; t += 15 * 60_000) {
        expect(localDateOf(t, PARIS)).toBe(date);
        const time = localTimeOf(t, PARIS);
        const back = [zonedInstant(date, time, PARIS, 'earlier'), zonedInstant(date, time, PARIS, 'later')];
        expect(back).toContain(t);
      }
    }
  });
});

describe('agreement with luxon (an independent reading of the same time zone data)', () => {
  const zones = [PARIS, 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];

  it('reads the same local date and time every 15 minutes around the 2026 and 2027 DST changes', () => {
    for (const zone of zones) {
      for (const day of [
        '2026-03-29',
        '2026-10-25',
        '2027-03-28',
        '2027-10-31',
        '2026-04-05',
        '2026-11-01',
      ]) {
        const around = at(`${day}T00:00:00Z`);
        for (let t = around - 36 * HOUR; t < around + 36 * HOUR; t += 15 * 60_000) {
          const reference = DateTime.fromMillis(t, { zone });
          expect(`${localDateOf(t, zone)} ${localTimeOf(t, zone)}`).toBe(
            reference.toFormat('yyyy-MM-dd HH:mm'),
          );
        }
      }
    }
  });

  it('finds the same instant for wall times that exist exactly once', () => {
    const runs = 2000;
    let compared = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 3 * 366 }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (zone, dayOffset, minutes) => {
          const date = addDays('2026-01-01', dayOffset);
          const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const earlier = zonedInstant(date, time, zone, 'earlier');
          const later = zonedInstant(date, time, zone, 'later');
          const exists = localTimeOf(earlier, zone) === time && localDateOf(earlier, zone) === date;
          if (exists && earlier === later) {
            const reference = DateTime.fromISO(`${date}T${time}`, { zone });
            expect(earlier).toBe(reference.toMillis());
            compared++;
          }
          // Either way, what comes back is never before the wall time's earliest reading.
          expect(later).toBeGreaterThanOrEqual(earlier);
        },
      ),
      { numRuns: runs, seed: 20261025 },
    );
    // Guard: the comparison above must actually run. Gaps and repeated hours are a few hours a year,
    // so almost every drawn wall time exists exactly once.
    expect(compared).toBeGreaterThan(runs * 0.9);
  });

  it('switches offset at the exact millisecond of the transition', () => {
    expect(localTimeOf(at('2026-03-29T00:59:59.999Z'), PARIS)).toBe('01:59');
    expect(localTimeOf(at('2026-03-29T01:00:00.000Z'), PARIS)).toBe('03:00');
    expect(localTimeOf(at('2026-10-25T00:59:59.999Z'), PARIS)).toBe('02:59');
    expect(localTimeOf(at('2026-10-25T01:00:00.000Z'), PARIS)).toBe('02:00');
    // Lord Howe Island moves by half an hour, at 02:00 local.
    expect(localTimeOf(at('2026-04-04T14:59:59.999Z'), 'Australia/Lord_Howe')).toBe('01:59');
    expect(localTimeOf(at('2026-04-04T15:00:00.000Z'), 'Australia/Lord_Howe')).toBe('01:30');
  });
});

describe('dayInterval', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00Z', 24],
    ['2026-07-15', '2026-07-14T22:00:00Z', 24],
    ['2026-03-28', '2026-03-27T23:00:00Z', 24],
    ['2026-03-29', '2026-03-28T23:00:00Z', 23],
    ['2026-03-30', '2026-03-29T22:00:00Z', 24],
    ['2026-10-25', '2026-10-24T22:00:00Z', 25],
    ['2027-03-28', '2027-03-27T23:00:00Z', 23],
    ['2027-10-31', '2027-10-30T22:00:00Z', 25],
  ])('%s starts at %s and lasts %i h', (date, start, hours) => {
    const day = dayInterval(date, PARIS);
    expect(day.start).toBe(at(start));
    expect(day.end - day.start).toBe(hours * HOUR);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 365, '2028-12-31'],
    ['2026-05-05', 0, '2026-05-05'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects bad inputs', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => isoWeekday('2026-1-1')).toThrow(RangeError);
    expect(() => datesBetween('2026-01-01', 'demain')).toThrow(RangeError);
  });

  it.each([
    ['2026-03-23', 1],
    ['2026-03-28', 6],
    ['2026-03-29', 7],
    ['2026-10-25', 7],
    ['2027-03-28', 7],
    ['2027-10-31', 7],
    ['2028-02-29', 2],
    ['2000-01-01', 6],
  ])('isoWeekday(%s) = %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    ['2026-03-28', '2026-03-30', ['2026-03-28', '2026-03-29', '2026-03-30']],
    ['2028-02-28', '2028-03-01', ['2028-02-28', '2028-02-29', '2028-03-01']],
    ['2026-12-31', '2027-01-01', ['2026-12-31', '2027-01-01']],
    ['2026-05-05', '2026-05-05', ['2026-05-05']],
    ['2026-05-05', '2026-05-04', []],
  ])('datesBetween(%s, %s)', (from, to, expected) => {
    expect(datesBetween(from, to)).toEqual(expected);
  });

  it('counts 366 dates in a leap year and 365 otherwise', () => {
    expect(datesBetween('2028-01-01', '2028-12-31')).toHaveLength(366);
    expect(datesBetween('2026-01-01', '2026-12-31')).toHaveLength(365);
  });
});

const iv = (start: number, end: number): Interval => ({ start, end });

describe('normalizeIntervals', () => {
  it.each([
    [[], []],
    [[iv(5, 5), iv(7, 6)], []],
    [
      [iv(5, 8), iv(1, 3)],
      [iv(1, 3), iv(5, 8)],
    ],
    [[iv(1, 3), iv(3, 5)], [iv(1, 5)]], // touching merge
    [[iv(1, 6), iv(2, 3)], [iv(1, 6)]], // contained
    [
      [iv(4, 9), iv(1, 5), iv(10, 12), iv(9, 9)],
      [iv(1, 9), iv(10, 12)],
    ],
  ])('%j → %j', (input, expected) => {
    expect(normalizeIntervals(input)).toEqual(expected);
  });

  it('does not mutate its input and rejects NaN', () => {
    const input = [iv(3, 5), iv(1, 4)];
    normalizeIntervals(input);
    expect(input).toEqual([iv(3, 5), iv(1, 4)]);
    expect(() => normalizeIntervals([iv(Number.NaN, 4)])).toThrow(RangeError);
  });
});

describe('subtractIntervals', () => {
  it.each([
    [[iv(0, 10)], [], [iv(0, 10)]],
    [[iv(0, 10)], [iv(3, 5)], [iv(0, 3), iv(5, 10)]],
    [[iv(0, 10)], [iv(0, 10)], []],
    [[iv(0, 10)], [iv(-5, 2), iv(8, 20)], [iv(2, 8)]],
    [[iv(0, 10), iv(20, 30)], [iv(5, 25)], [iv(0, 5), iv(25, 30)]],
    [[iv(0, 10)], [iv(2, 3), iv(4, 5), iv(6, 7)], [iv(0, 2), iv(3, 4), iv(5, 6), iv(7, 10)]],
    [[iv(0, 10)], [iv(10, 12)], [iv(0, 10)]], // touching removes nothing
    [[iv(5, 10), iv(0, 4)], [iv(3, 6)], [iv(0, 3), iv(6, 10)]], // unsorted input
  ])('%j − %j = %j', (from, remove, expected) => {
    expect(subtractIntervals(from, remove)).toEqual(expected);
  });
});

describe('intersectIntervals', () => {
  it.each([
    [[iv(0, 10)], [], []],
    [[iv(0, 10)], [iv(5, 15)], [iv(5, 10)]],
    [[iv(0, 10)], [iv(10, 15)], []],
    [
      [iv(0, 5), iv(8, 12)],
      [iv(3, 9), iv(11, 20)],
      [iv(3, 5), iv(8, 9), iv(11, 12)],
    ],
    [[iv(0, 100)], [iv(10, 20), iv(30, 40)], [iv(10, 20), iv(30, 40)]],
  ])('%j ∩ %j = %j', (a, b, expected) => {
    expect(intersectIntervals(a, b)).toEqual(expected);
    expect(intersectIntervals(b, a)).toEqual(expected);
  });
});

describe('interval algebra against sets of points (fast-check)', () => {
  // Intervals on a small integer line; the half-open [s, e) covers the points s … e − 1.
  const intervals = fc.array(
    fc
      .record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: -2, max: 12 }) })
      .map(({ start, length }) => iv(start, start + length)),
    { maxLength: 8 },
  );
  const points = (list: readonly Interval[]) => {
    const set = new Set<number>();
    for (const { start, end } of list) for (let x = start; x < end; x++) set.add(x);
    return set;
  };
  const isNormal = (list: readonly Interval[]) =>
    list.every((i, k) => i.end > i.start && (k === 0 || list[k - 1].end < i.start));

  it('normalise, subtract, intersect and overlap agree with set operations', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const [pa, pb] = [points(a), points(b)];
        const normal = normalizeIntervals(a);
        expect(isNormal(normal)).toBe(true);
        expect(points(normal)).toEqual(pa);

        const difference = subtractIntervals(a, b);
        expect(isNormal(difference)).toBe(true);
        expect(points(difference)).toEqual(new Set([...pa].filter((x) => !pb.has(x))));

        const intersection = intersectIntervals(a, b);
        expect(isNormal(intersection)).toBe(true);
        expect(points(intersection)).toEqual(new Set([...pa].filter((x) => pb.has(x))));

        const window = iv(10, 30);
        expect(overlapMs(a, window)).toBe([...pa].filter((x) => x >= 10 && x < 30).length);
      }),
      { numRuns: 1000, seed: 20260329 },
    );
  });
});

describe('overlapMs', () => {
  it.each([
    [[], iv(0, 10), 0],
    [[iv(0, 10)], iv(5, 20), 5],
    [[iv(0, 3), iv(5, 8)], iv(2, 6), 2],
    [[iv(0, 10), iv(2, 4)], iv(0, 10), 10], // overlaps inside the list are counted once
    [[iv(0, 10)], iv(10, 20), 0],
  ])('%j over %j = %i', (a, window, expected) => {
    expect(overlapMs(a, window)).toBe(expected);
  });

  it('measures the 23 h and 25 h Paris days', () => {
    const allYear = [iv(at('2026-01-01T00:00:00Z'), at('2028-01-01T00:00:00Z'))];
    expect(overlapMs(allYear, dayInterval('2026-03-29', PARIS))).toBe(23 * HOUR);
    expect(overlapMs(allYear, dayInterval('2026-10-25', PARIS))).toBe(25 * HOUR);
    expect(overlapMs(allYear, dayInterval('2027-03-28', PARIS))).toBe(23 * HOUR);
    expect(overlapMs(allYear, dayInterval('2027-10-31', PARIS))).toBe(25 * HOUR);
  });
});
