/**
 * Calendar dates and wall-clock times in the institute's time zone (Europe/Paris), whatever the
 * machine's or the browser's zone: the one implementation the apps, the browser tests and the server's
 * tests use. Instants are epoch milliseconds, `Date`s or the server's UTC ISO strings; a `LocalDate`
 * is `YYYY-MM-DD` in Europe/Paris, a month `YYYY-MM`. Pure functions: no clock (the caller passes `now`).
 *
 * The server keeps its own `server/src/common/time.ts` (interval algebra, any IANA zone, a cached
 * offset table): it is compiled by tsc and run by Node, which cannot load this TypeScript source.
 */

export const LOCALE = 'fr-FR';
export const TIME_ZONE = 'Europe/Paris';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** `YYYY-MM-DD`. */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string | null | undefined): value is LocalDate {
  const match = ISO_DATE.exec(value ?? '');
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseLocalDate(day: LocalDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(day);
  if (match === null) throw new RangeError(`Not a YYYY-MM-DD date: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function toMillis(instant: string | number | Date): number {
  return typeof instant === 'number' ? instant : new Date(instant).getTime();
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
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
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(toMillis(instant)))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset from UTC in minutes at this instant (+60 in winter, +120 in summer for Paris). */
export function utcOffsetMinutes(instant: string | number | Date, timeZone: string = TIME_ZONE): number {
  const ms = toMillis(instant);
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - (ms - (ms % 1000))) / MINUTE_MS);
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
  const wallAsUtc = Date.UTC(d.year, d.month - 1, d.day, 0, minutes);
  const firstGuess = utcOffsetMinutes(wallAsUtc, timeZone);
  let instant = wallAsUtc - firstGuess * MINUTE_MS;
  const secondGuess = utcOffsetMinutes(instant, timeZone);
  if (secondGuess !== firstGuess) instant = wallAsUtc - secondGuess * MINUTE_MS;
  return instant;
}

/** Calendar arithmetic on dates (no time zone involved). */
export function addDays(day: LocalDate, days: number): LocalDate {
  const d = parseLocalDate(day);
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return date.toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: LocalDate): number {
  const d = parseLocalDate(day);
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

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

const timeFormatter = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});

/** "09:30", Paris wall clock. */
export function formatTime(instant: string | number | Date): string {
  return timeFormatter.format(new Date(toMillis(instant)));
}

/** "09:30 – 10:15". */
export function formatTimeRange(start: string | number | Date, end: string | number | Date): string {
  return `${formatTime(start)} – ${formatTime(end)}`;
}

/** "jeudi 26 novembre 2026" for a `LocalDate` (noon avoids any DST edge). */
export function formatDay(day: LocalDate, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...options,
  }).format(new Date(zonedInstant(day, 12 * 60)));
}

/** "mar. 24/11" — a compact column heading. */
export function formatShortDay(day: LocalDate): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
  }).format(new Date(zonedInstant(day, 12 * 60)));
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

/**
 * "23 au 29 novembre 2026", "30 novembre au 6 décembre 2026", "28 décembre 2026 au 3 janvier 2027"
 * (`joiner` "au"), or with "–" for a compact heading.
 */
export function formatDayRange(first: LocalDate, last: LocalDate, joiner: string): string {
  const a = parseLocalDate(first);
  const b = parseLocalDate(last);
  const month = (d: LocalDate) =>
    new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: 'long' }).format(
      new Date(zonedInstant(d, 12 * 60)),
    );
  if (a.year === b.year && a.month === b.month) return `${a.day} ${joiner} ${b.day} ${month(last)} ${b.year}`;
  if (a.year === b.year) return `${a.day} ${month(first)} ${joiner} ${b.day} ${month(last)} ${b.year}`;
  return `${a.day} ${month(first)} ${a.year} ${joiner} ${b.day} ${month(last)} ${b.year}`;
}

/* ---- Month calendars (the public site's booking calendar) ---- */

export type ZonedParts = Omit<WallClock, 'second'>;

/** The wall-clock date and time of `instant` in `timeZone`, to the minute. */
export function zonedParts(instant: Date | string | number, timeZone: string = TIME_ZONE): ZonedParts {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  return { year, month, day, hour, minute };
}
/** `YYYY-MM-DD` of `instant` in `timeZone` (the calendar day a client sees in Paris). */
export const dateKeyOf = localDateOf;

/** `YYYY-MM` of `instant` in `timeZone`. */
export function monthKeyOf(instant: Date | string | number, timeZone: string = TIME_ZONE): string {
  return localDateOf(instant, timeZone).slice(0, 7);
}

/** Minutes `timeZone` is ahead of UTC at `instant` (60 in Paris in winter, 120 in summer). */
export const zoneOffsetMinutes = utcOffsetMinutes;

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

/* ---- Wall clock as text (browser tests, server tests) ---- */

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
