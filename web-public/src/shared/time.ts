/**
 * Calendar arithmetic in the institute's time zone (Europe/Paris), whatever the browser's zone.
 * Instants are UTC ISO strings or `Date`s; calendar dates are `YYYY-MM-DD` keys, months `YYYY-MM`.
 * Pure functions: no clock (the caller passes `now`).
 */
import { TIME_ZONE } from './format';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

function toDate(instant: Date | string | number): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** The wall-clock date and time of `instant` in `timeZone`. */
export function zonedParts(instant: Date | string | number, timeZone: string = TIME_ZONE): ZonedParts {
  const values: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(toDate(instant))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 0,
    day: values.day ?? 0,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `YYYY-MM-DD` of `instant` in `timeZone` (the calendar day a client sees in Paris). */
export function dateKeyOf(instant: Date | string | number, timeZone: string = TIME_ZONE): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM` of `instant` in `timeZone`. */
export function monthKeyOf(instant: Date | string | number, timeZone: string = TIME_ZONE): string {
  return dateKeyOf(instant, timeZone).slice(0, 7);
}

/** Minutes `timeZone` is ahead of UTC at `instant` (60 in Paris in winter, 120 in summer). */
export function zoneOffsetMinutes(instant: number, timeZone: string = TIME_ZONE): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

export function parseDateKey(key: string): { year: number; month: number; day: number } {
  const [year, month, day] = key.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

/** The instant `dateKey` starts in `timeZone` (its local midnight). */
export function startOfDay(dateKey: string, timeZone: string = TIME_ZONE): Date {
  const { year, month, day } = parseDateKey(dateKey);
  const wall = Date.UTC(year, month - 1, day);
  // Two passes: the offset of the guess may differ from the offset at the answer around a change.
  let instant = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  instant = wall - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

/** `dateKey` moved by `days` calendar days. */
export function addDays(dateKey: string, days: number): string {
  const { year, month, day } = parseDateKey(dateKey);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `monthKey` moved by `months` months. */
export function addMonths(monthKey: string, months: number): string {
  const [year = 0, month = 1] = monthKey.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1 + months, 1));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}`;
}

/** 1 = Monday … 7 = Sunday (ISO weekday) of a calendar date. */
export function isoWeekday(dateKey: string): number {
  const { year, month, day } = parseDateKey(dateKey);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function daysInMonth(monthKey: string): number {
  const [year = 0, month = 1] = monthKey.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The weeks of a month as a calendar shows them, Monday first: seven cells per week, `null` for
 * the days of the neighbouring months.
 */
export function monthWeeks(monthKey: string): (string | null)[][] {
  const first = `${monthKey}-01`;
  const cells: (string | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let day = 1; day <= daysInMonth(monthKey); day++) cells.push(`${monthKey}-${pad(day)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
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
