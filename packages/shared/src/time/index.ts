/**
 * Calendar dates, wall-clock times and instants in any IANA zone (the institute's is `Europe/Paris`), and
 * the interval algebra the availability search is built on. Pure functions, no dependency: the server
 * loads this module compiled (`npm run build -w @serenaia/shared` → dist/time), the apps and the tests
 * from its TypeScript source. `../paris-time.ts` builds the apps' Paris helpers on it.
 */
export {
  addDays,
  datesBetween,
  isIsoDate,
  isoWeekday,
  isWallTime,
  wallTimeToMinutes,
  type IsoDate,
  type WallTime,
} from './calendar.js';
export {
  dayInterval,
  INSTITUTE_TIME_ZONE,
  isTimeZone,
  localDateOf,
  localTimeOf,
  utcOffsetMs,
  wallInstant,
  zonedInstant,
  type WallTimeReading,
} from './zone.js';
export {
  intersectIntervals,
  normalizeIntervals,
  overlapMs,
  subtractIntervals,
  type Interval,
} from './intervals.js';
export { easterSunday, frenchPublicHolidays, publicHolidaysBetween } from './holidays.js';
