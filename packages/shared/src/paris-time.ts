/**
 * Calendar dates and wall-clock times in the institute's time zone (Europe/Paris), whatever the
 * machine's or the browser's zone: what the apps, the browser tests and the server's tests import.
 * Instants are epoch milliseconds, `Date`s or the server's UTC ISO strings; a `LocalDate` is
 * `YYYY-MM-DD` in Europe/Paris, a month `YYYY-MM`. Pure functions: no clock (the caller passes `now`).
 *
 * Built on `./time` (the zone rules and calendar arithmetic the server runs too):
 * `paris/clock.ts` instants ↔ wall clock, `paris/calendar.ts` days, weeks and months,
 * `paris/format.ts` French text.
 */
export {
  HOUR_MS,
  instantAt,
  isLocalDate,
  LOCALE,
  localDateOf,
  MINUTE_MS,
  parseWallTime,
  TIME_ZONE,
  toMillis,
  utcOffsetMinutes,
  wallClock,
  wallClockText,
  wallMinutes,
  wallTimeOf,
  wallTimeString,
  zonedInstant,
  type LocalDate,
  type WallClock,
} from './paris/clock.js';
export {
  addDays,
  addMonths,
  DATE_KEY,
  dateKeyOf,
  dayInterval,
  dayLengthHours,
  daysInMonth,
  isoWeekday,
  MONTH_KEY,
  monthKeyOf,
  monthRange,
  monthWeeks,
  parseDateKey,
  startOfDay,
  startOfWeek,
  weekDays,
  zonedParts,
  type ZonedParts,
} from './paris/calendar.js';
export { formatDay, formatDayRange, formatShortDay, formatTime, formatTimeRange } from './paris/format.js';

/** Minutes `timeZone` is ahead of UTC at `instant` (60 in Paris in winter, 120 in summer). */
export { utcOffsetMinutes as zoneOffsetMinutes } from './paris/clock.js';
