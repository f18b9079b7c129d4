/**
 * Calendar dates and wall-clock times, no time zone involved: calendar arithmetic only.
 *
 * - An `IsoDate` ('2026-03-29') is a calendar date with no time zone: a business day, a birthday.
 * - A `WallTime` ('09:30') is what a clock on the institute's wall shows; '24:00' is the end of the day.
 */

/** 'YYYY-MM-DD': a calendar date, no time. */
export type IsoDate = string;
/** 'HH:MM', 00:00..24:00 ('24:00' = end of day). */
export type WallTime = string;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Days in `month` (1..12) of `year`, proleptic Gregorian calendar. */
export function daysInYearMonth(year: number, month: number): number {
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
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInYearMonth(year, month);
}

/** 'HH:MM' from 00:00 to 23:59, or '24:00'. */
export function isWallTime(value: string): boolean {
  return WALL_TIME.test(value);
}

export function assertIsoDate(date: string): void {
  if (typeof date !== 'string' || !isIsoDate(date)) throw new RangeError(`Invalid date: ${String(date)}`);
}

/** '09:30' → 570, '24:00' → 1440. */
export function wallTimeToMinutes(t: WallTime): number {
  if (typeof t !== 'string' || !isWallTime(t)) throw new RangeError(`Invalid wall time: ${String(t)}`);
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

/** Epoch milliseconds of `date` at 00:00 UTC (calendar arithmetic only, no zone). */
export function dateToUtcMs(date: IsoDate): number {
  assertIsoDate(date);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return d.getTime();
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The `IsoDate` of a UTC-midnight-based millisecond count (calendar arithmetic only). */
export function utcMsToDate(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
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
