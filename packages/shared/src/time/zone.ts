/**
 * Instants and the wall clock of an IANA time zone: the one implementation of the zone rules that the
 * server, both apps and the tests use. An instant is a number of epoch milliseconds (UTC); opening hours
 * are wall-clock rules in `Europe/Paris`, turned into instants date by date with `zonedInstant`. On the
 * spring-forward Sunday 02:00–03:00 does not exist (the day lasts 23 h); on the autumn Sunday 02:00–03:00
 * happens twice (the day lasts 25 h).
 *
 * Pure functions: nothing here reads the clock or the process time zone (`TZ` plays no part).
 */
import {
  addDays,
  dateToUtcMs,
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  pad,
  utcMsToDate,
  wallTimeToMinutes,
  type IsoDate,
  type WallTime,
} from './calendar.js';
import type { Interval } from './intervals.js';

export const INSTITUTE_TIME_ZONE = 'Europe/Paris';

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

/** Milliseconds `zone` is ahead of UTC at `instant` (3,600,000 in Paris in winter, 7,200,000 in summer). */
export function utcOffsetMs(instant: number, zone: string): number {
  return zoneOf(zone).at(instant);
}

/** How a wall time that happens twice (autumn) or never (spring) is read. */
export interface WallTimeReading {
  /** The autumn overlap: the first or the second time the clock shows it. */
  repeated: 'earlier' | 'later';
  /**
   * The spring gap: 'transition' = the first instant after the gap (02:30 → 03:00 CEST); 'shift' = the
   * wall time read with the offset before the jump, i.e. moved forward by the gap (02:30 → 03:30 CEST).
   */
  skipped: 'transition' | 'shift';
}

/**
 * The instant at which the clock of `zone` shows `local`, a wall date and time written as if it were UTC
 * epoch milliseconds (`Date.UTC(year, month - 1, day, hours, minutes)`).
 */
export function wallInstant(local: number, zone: string, reading: WallTimeReading): number {
  const tz = zoneOf(zone);
  // The real instant is `local - offset` for the offset in force then. The offsets in force a day before, at
  // and a day after that reading: whatever happens around the wall time (offsets stay within ±18 h;
  // transitions are months apart) uses one of them.
  const offsets = new Set([tz.at(local - DAY_MS), tz.at(local), tz.at(local + DAY_MS)]);
  const valid: number[] = [];
  for (const offset of offsets) {
    const instant = local - offset;
    if (tz.at(instant) === offset) valid.push(instant);
  }
  if (valid.length > 0) return reading.repeated === 'earlier' ? Math.min(...valid) : Math.max(...valid);

  // A gap: the clock jumps over this wall time. Read with the offset before the jump, it lands after the
  // transition; with the offset after the jump, before it. The transition is the first instant after the gap.
  const candidates = [...offsets].map((offset) => local - offset);
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  const before = tz.at(lo);
  if (reading.skipped === 'shift') return local - before;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (tz.at(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
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
  const local = dateToUtcMs(date) + minutes * MINUTE_MS;
  return wallInstant(local, zone, { repeated: occurrence, skipped: 'transition' });
}

/** The wall clock of `zone` at `instant`, written as if it were UTC epoch milliseconds. */
export function wallMs(instant: number, zone: string): number {
  return instant + zoneOf(zone).at(instant);
}

/** The calendar date that a clock in `zone` shows at `instant`. */
export function localDateOf(instant: number, zone: string): IsoDate {
  const local = wallMs(instant, zone);
  return utcMsToDate(Math.floor(local / DAY_MS) * DAY_MS);
}

/** The wall time ('HH:MM', seconds dropped, never '24:00') that a clock in `zone` shows at `instant`. */
export function localTimeOf(instant: number, zone: string): WallTime {
  const local = wallMs(instant, zone);
  const minuteOfDay = Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS);
  return `${pad(Math.floor(minuteOfDay / 60), 2)}:${pad(minuteOfDay % 60, 2)}`;
}

/** [local midnight, next local midnight) — 23 h on spring-forward day, 25 h in autumn. */
export function dayInterval(date: IsoDate, zone: string): Interval {
  return { start: zonedInstant(date, '00:00', zone), end: zonedInstant(addDays(date, 1), '00:00', zone) };
}
