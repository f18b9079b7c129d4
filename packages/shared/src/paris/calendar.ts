/** Days, weeks and months of the institute's calendar (Monday first), as `YYYY-MM-DD` / `YYYY-MM` keys. */
import { addDays, isoWeekday } from '../time/calendar.js';
import {
  localDateOf,
  TIME_ZONE,
  toMillis,
  wallClock,
  zonedInstant,
  HOUR_MS,
  type LocalDate,
  type WallClock,
} from './clock.js';

export { addDays, isoWeekday };

/** The Monday of the week of `day`. */
export function startOfWeek(day: LocalDate): LocalDate {
  return addDays(day, 1 - isoWeekday(day));
}

/** The seven dates of the week of `day`, Monday first. */
export function weekDays(day: LocalDate): LocalDate[] {
  const monday = startOfWeek(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The day as an interval of instants: local midnight to the next one (23, 24 or 25 hours). */
export function dayInterval(day: LocalDate, timeZone: string = TIME_ZONE): { start: number; end: number } {
  return { start: zonedInstant(day, 0, timeZone), end: zonedInstant(addDays(day, 1), 0, timeZone) };
}

export function dayLengthHours(day: LocalDate, timeZone: string = TIME_ZONE): number {
  const { start, end } = dayInterval(day, timeZone);
  return (end - start) / HOUR_MS;
}

/* ---- Month calendars (the public site's booking calendar) ---- */

export type ZonedParts = Omit<WallClock, 'second'>;

/** The wall-clock date and time of `instant` in `timeZone`, to the minute. */
export function zonedParts(instant: Date | string | number, timeZone: string = TIME_ZONE): ZonedParts {
  const { year, month, day, hour, minute } = wallClock(toMillis(instant), timeZone);
  return { year, month, day, hour, minute };
}

/** `YYYY-MM-DD` of `instant` in `timeZone` (the calendar day a client sees in Paris). */
export const dateKeyOf = localDateOf;

/** `YYYY-MM` of `instant` in `timeZone`. */
export function monthKeyOf(instant: Date | string | number, timeZone: string = TIME_ZONE): string {
  return localDateOf(instant, timeZone).slice(0, 7);
}

/** A `YYYY-MM-DD` key as numbers (lenient: missing parts read as 0 / 1). */
export function parseDateKey(key: string): { year: number; month: number; day: number } {
  const [year, month, day] = key.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

/** The instant `dateKey` starts in `timeZone` (its local midnight). */
export function startOfDay(dateKey: LocalDate, timeZone: string = TIME_ZONE): Date {
  return new Date(zonedInstant(dateKey, 0, timeZone));
}

/** `monthKey` (`YYYY-MM`) moved by `months` months. */
export function addMonths(monthKey: string, months: number): string {
  const [year = 0, month = 1] = monthKey.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1 + months, 1));
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function daysInMonth(monthKey: string): number {
  const [year = 0, month = 1] = monthKey.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The weeks of a month as a calendar shows them, Monday first: seven cells per week, `null` for
 * the days of the neighbouring months.
 */
export function monthWeeks(monthKey: string): (LocalDate | null)[][] {
  const first = `${monthKey}-01`;
  const cells: (LocalDate | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let day = 1; day <= daysInMonth(monthKey); day++)
    cells.push(`${monthKey}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (LocalDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** [start, end) of a month in `timeZone`, as UTC instants. */
export function monthRange(monthKey: string, timeZone: string = TIME_ZONE): { from: Date; to: Date } {
  return {
    from: startOfDay(`${monthKey}-01`, timeZone),
    to: startOfDay(`${addMonths(monthKey, 1)}-01`, timeZone),
  };
}

export const DATE_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
