/**
 * Instants on the institute's wall clock (Europe/Paris by default), built on the zone rules of
 * `../time/zone.ts`. Instants are epoch milliseconds, `Date`s or the server's UTC ISO strings; a
 * `LocalDate` is `YYYY-MM-DD`. Pure functions: no clock (the caller passes `now`).
 */
import { isIsoDate } from '../time/calendar.js';
import { utcOffsetMs, wallInstant, wallMs } from '../time/zone.js';

export const LOCALE = 'fr-FR';
export const TIME_ZONE = 'Europe/Paris';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** `YYYY-MM-DD`. */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string | null | undefined): value is LocalDate {
  return typeof value === 'string' && isIsoDate(value);
}

export function parseLocalDate(day: LocalDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(day);
  if (match === null) throw new RangeError(`Not a YYYY-MM-DD date: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function toMillis(instant: string | number | Date): number {
  return typeof instant === 'number' ? instant : new Date(instant).getTime();
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in `timeZone` at this instant. */
export function wallClock(instant: string | number | Date, timeZone: string = TIME_ZONE): WallClock {
  const w = new Date(wallMs(toMillis(instant), timeZone));
  return {
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
  };
}

/** Offset from UTC in minutes at this instant (+60 in winter, +120 in summer for Paris). */
export function utcOffsetMinutes(instant: string | number | Date, timeZone: string = TIME_ZONE): number {
  return Math.round(utcOffsetMs(toMillis(instant), timeZone) / MINUTE_MS);
}

/** The calendar date in `timeZone` at this instant. */
export function localDateOf(instant: string | number | Date, timeZone: string = TIME_ZONE): LocalDate {
  const w = wallClock(instant, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Minutes since the wall-clock midnight (10:30 → 630). */
export function wallMinutes(instant: string | number | Date, timeZone: string = TIME_ZONE): number {
  const w = wallClock(instant, timeZone);
  return w.hour * 60 + w.minute;
}

/**
 * The instant at which the wall clock of `timeZone` shows `minutes` after midnight on `day`
 * (`minutes` may reach 1440: the next midnight). A time skipped by the spring change (02:30) gives
 * the instant one hour later (03:30); a time repeated in autumn gives its second occurrence.
 */
export function zonedInstant(day: LocalDate, minutes: number, timeZone: string = TIME_ZONE): number {
  const d = parseLocalDate(day);
  return wallInstant(Date.UTC(d.year, d.month - 1, d.day, 0, minutes), timeZone, {
    repeated: 'later',
    skipped: 'shift',
  });
}

/** `HH:MM` → minutes after midnight, or null. */
export function parseWallTime(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Minutes after midnight → `HH:MM`. */
export function wallTimeString(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `HH:MM` on the Paris wall clock at `instant` (24-hour). */
export function wallTimeOf(instant: string | number | Date, timeZone: string = TIME_ZONE): string {
  return wallTimeString(wallMinutes(instant, timeZone));
}

/** The Paris wall clock of an instant as text: `{date: 'YYYY-MM-DD', time: 'HH:MM'}`. */
export function wallClockText(
  instant: string | number | Date,
  timeZone: string = TIME_ZONE,
): { date: LocalDate; time: string } {
  return { date: localDateOf(instant, timeZone), time: wallTimeOf(instant, timeZone) };
}

/** The instant the wall clock of `timeZone` shows `wallTime` (`HH:MM`) on `day` (see `zonedInstant`). */
export function instantAt(day: LocalDate, wallTime: string, timeZone: string = TIME_ZONE): number {
  const minutes = parseWallTime(wallTime);
  if (minutes === null) throw new RangeError(`Not an HH:MM wall time: ${wallTime}`);
  return zonedInstant(day, minutes, timeZone);
}
