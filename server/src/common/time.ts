/**
 * Calendar dates, wall-clock times and instants, and the interval algebra the availability search is built on.
 *
 * - An instant is a number of epoch milliseconds (UTC); it is what the database stores (`timestamptz`) and what
 *   travels on the wire (ISO-8601 UTC).
 * - An `IsoDate` ('2026-03-29') is a calendar date with no time zone: a business day, a birthday.
 * - A `WallTime` ('09:30') is what a clock on the institute's wall shows; '24:00' is the end of the day.
 * - Opening hours are wall-clock rules in `Europe/Paris`, turned into instants date by date with `zonedInstant`.
 *   On the spring-forward Sunday 02:00–03:00 does not exist (the day lasts 23 h); on the autumn Sunday
 *   02:00–03:00 happens twice (the day lasts 25 h).
 *
 * Pure functions: nothing here reads the clock or the process time zone (`TZ` plays no part).
 */
export const INSTITUTE_TIME_ZONE = 'Europe/Paris';

/** 'YYYY-MM-DD': a calendar date, no time. */
export type IsoDate = string;
/** 'HH:MM', 00:00..24:00 ('24:00' = end of day). */
export type WallTime = string;

/** Half-open [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Days in `month` (1..12) of `year`, proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Strict: the 'YYYY-MM-DD' shape and a date that exists (no 2026-02-29, no 2026-13-01). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 'HH:MM' from 00:00 to 23:59, or '24:00'. */
export function isWallTime(value: string): boolean {
  return WALL_TIME.test(value);
}

function assertIsoDate(date: string): void {
  if (typeof date !== 'string' || !isIsoDate(date)) throw new RangeError(`Invalid date: ${String(date)}`);
}

/** '09:30' → 570, '24:00' → 1440. */
export function wallTimeToMinutes(t: WallTime): number {
  if (typeof t !== 'string' || !isWallTime(t)) throw new RangeError(`Invalid wall time: ${String(t)}`);
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

/** Epoch milliseconds of `date` at 00:00 UTC (calendar arithmetic only, no zone). */
function dateToUtcMs(date: IsoDate): number {
  assertIsoDate(date);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return d.getTime();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The `IsoDate` of a UTC-midnight-based millisecond count (calendar arithmetic only). */
function utcMsToDate(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

const HOUR_MS = 3_600_000;
const GMT_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * UTC offsets of one IANA zone, read from the runtime's time zone data (Intl, the same ICU data luxon reads) and
 * cached per UTC hour: an hour whose first and last milliseconds have the same offset is taken to have it
 * throughout (no zone changes its offset and back within one hour); an hour with a transition in it is read
 * exactly each time. Reading Intl costs microseconds; a slot search asks for the same hours again and again.
 */
class ZoneOffsets {
  private static readonly MAX_CACHED_HOURS = 200_000;
  private readonly format: Intl.DateTimeFormat;
  private readonly hours = new Map<number, number>();

  /** Throws a RangeError for a zone the runtime does not know. */
  constructor(readonly name: string) {
    this.format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
  }

  /** Offset in milliseconds at `instant` ('GMT+01:00' → 3,600,000; historical offsets may have seconds). */
  private read(instant: number): number {
    const match = GMT_OFFSET.exec(this.format.format(instant));
    if (!match) throw new RangeError(`Cannot read the UTC offset of ${this.name} at ${instant}`);
    if (match[1] === undefined) return 0;
    const ms = (Number(match[2]) * 60 + Number(match[3])) * MINUTE_MS + Number(match[4] ?? 0) * 1000;
    return match[1] === '-' ? -ms : ms;
  }

  /** Offset in milliseconds at `instant`. */
  at(instant: number): number {
    if (!Number.isFinite(instant)) throw new RangeError(`Invalid instant: ${instant}`);
    const hour = Math.floor(instant / HOUR_MS);
    let offset = this.hours.get(hour);
    if (offset === undefined) {
      const first = this.read(hour * HOUR_MS);
      offset = first === this.read(hour * HOUR_MS + HOUR_MS - 1) ? first : Number.NaN;
      if (this.hours.size >= ZoneOffsets.MAX_CACHED_HOURS) this.hours.clear();
      this.hours.set(hour, offset);
    }
    return Number.isNaN(offset) ? this.read(instant) : offset;
  }
}

const zones = new Map<string, ZoneOffsets>();

function zoneOf(name: string): ZoneOffsets {
  let zone = zones.get(name);
  if (!zone) {
    if (typeof name !== 'string' || name === '') throw new RangeError(`Invalid time zone: ${String(name)}`);
    try {
      zone = new ZoneOffsets(name);
    } catch {
      throw new RangeError(`Invalid time zone: ${name}`);
    }
    zones.set(name, zone);
  }
  return zone;
}

/** An IANA time zone name the runtime knows ('Europe/Paris', 'UTC'). */
export function isTimeZone(value: string): boolean {
  try {
    zoneOf(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant of a wall-clock time on a date in `zone`. In a DST gap (spring forward) the wall time does not
 * exist: returns the first instant after the gap (02:30 on 2026-03-29 in Paris → 03:00 CEST = 01:00Z). In the
 * autumn overlap it is ambiguous: `occurrence: 'earlier' | 'later'` picks (default 'earlier'). '24:00' = next
 * day's 00:00.
 */
export function zonedInstant(
  date: IsoDate,
  time: WallTime,
  zone: string,
  occurrence: 'earlier' | 'later' = 'earlier',
): number {
  const minutes = wallTimeToMinutes(time);
  const tz = zoneOf(zone);
  // The wall time read as if it were UTC; the real instant is `local - offset` for the offset in force then.
  const local = dateToUtcMs(date) + minutes * MINUTE_MS;
  // The offsets in force a day before, at and a day after that reading: whatever happens around the wall time
  // (offsets stay within ±18 h; transitions are months apart) uses one of them.
  const offsets = new Set([tz.at(local - DAY_MS), tz.at(local), tz.at(local + DAY_MS)]);
  const valid: number[] = [];
  for (const offset of offsets) {
    const instant = local - offset;
    if (tz.at(instant) === offset) valid.push(instant);
  }
  if (valid.length > 0) return occurrence === 'earlier' ? Math.min(...valid) : Math.max(...valid);

  // A gap: the clock jumps over this wall time. Read with the offset before the jump, it lands after the
  // transition; with the offset after the jump, before it. The transition is the first instant after the gap.
  const candidates = [...offsets].map((offset) => local - offset);
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  const before = tz.at(lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (tz.at(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The calendar date that a clock in `zone` shows at `instant`. */
export function localDateOf(instant: number, zone: string): IsoDate {
  const local = instant + zoneOf(zone).at(instant);
  return utcMsToDate(Math.floor(local / DAY_MS) * DAY_MS);
}

/** The wall time ('HH:MM', seconds dropped, never '24:00') that a clock in `zone` shows at `instant`. */
export function localTimeOf(instant: number, zone: string): WallTime {
  const local = instant + zoneOf(zone).at(instant);
  const minuteOfDay = Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
  return `${pad(Math.floor(minuteOfDay / 60), 2)}:${pad(minuteOfDay % 60, 2)}`;
}

/** [local midnight, next local midnight) — 23 h on spring-forward day, 25 h in autumn. */
export function dayInterval(date: IsoDate, zone: string): Interval {
  return { start: zonedInstant(date, '00:00', zone), end: zonedInstant(addDays(date, 1), '00:00', zone) };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Invalid number of days: ${days}`);
  const result = utcMsToDate(dateToUtcMs(date) + days * DAY_MS);
  assertIsoDate(result);
  return result;
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const day = new Date(dateToUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Every date from `from` to `to`, both included, ascending; [] if `to` is before `from`. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const start = dateToUtcMs(from);
  const end = dateToUtcMs(to);
  const dates: IsoDate[] = [];
  for (let ms = start; ms <= end; ms += DAY_MS) dates.push(utcMsToDate(ms));
  return dates;
}

/*
 * Interval algebra. The operations accept any list (they normalise their inputs) and return normalised lists:
 * sorted by start, no empty interval, no two intervals overlapping or touching.
 */

/** Sort, drop empty (end <= start), merge overlapping AND touching intervals. Does not mutate its input. */
export function normalizeIntervals(intervals: readonly Interval[]): Interval[] {
  let sorted = true;
  let count = 0;
  for (let i = 0; i < intervals.length; i++) {
    const { start, end } = intervals[i];
    if (!Number.isFinite(start) || !Number.isFinite(end))
      throw new RangeError(`Invalid interval: [${start}, ${end})`);
    if (i > 0 && start < intervals[i - 1].start) sorted = false;
    if (end > start) count++;
  }
  const merged: Interval[] = [];
  if (sorted) {
    // The usual case (lists come from ORDER BY queries or from this module): one pass.
    for (const { start, end } of intervals) {
      if (end <= start) continue;
      const last = merged[merged.length - 1];
      if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
      else merged.push({ start, end });
    }
    return merged;
  }
  // A union does not depend on which start goes with which end: sort both as numbers (native, no comparator),
  // then sweep, a start before an end at the same instant so that touching intervals merge.
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let n = 0;
  for (const { start, end } of intervals) {
    if (end <= start) continue;
    starts[n] = start;
    ends[n++] = end;
  }
  starts.sort();
  ends.sort();
  let open = 0;
  let segmentStart = 0;
  for (let i = 0, j = 0; i < n;) {
    if (starts[i] <= ends[j]) {
      if (open++ === 0) segmentStart = starts[i];
      i++;
    } else {
      if (--open === 0) merged.push({ start: segmentStart, end: ends[j] });
      j++;
    }
  }
  if (n > 0) merged.push({ start: segmentStart, end: ends[n - 1] });
  return merged;
}

/** The parts of `from` that are in no interval of `remove`. */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const a = normalizeIntervals(from);
  const b = normalizeIntervals(remove);
  const result: Interval[] = [];
  let j = 0;
  for (const interval of a) {
    let cursor = interval.start;
    while (j < b.length && b[j].end <= cursor) j++;
    let k = j;
    while (k < b.length && b[k].start < interval.end) {
      if (b[k].start > cursor) result.push({ start: cursor, end: b[k].start });
      cursor = Math.max(cursor, b[k].end);
      k++;
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

/** The instants that are in both `a` and `b`. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = normalizeIntervals(a);
  const y = normalizeIntervals(b);
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const start = Math.max(x[i].start, y[j].start);
    const end = Math.min(x[i].end, y[j].end);
    if (start < end) result.push({ start, end });
    if (x[i].end < y[j].end) i++;
    else j++;
  }
  return result;
}

/** Milliseconds of `window` covered by `a` (overlaps inside `a` counted once). */
export function overlapMs(a: readonly Interval[], window: Interval): number {
  let total = 0;
  for (const interval of normalizeIntervals(a)) {
    const start = Math.max(interval.start, window.start);
    const end = Math.min(interval.end, window.end);
    if (start < end) total += end - start;
  }
  return total;
}
