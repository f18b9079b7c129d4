/**
 * Calendar dates, wall-clock times, instants and interval algebra: the one implementation shared by the
 * server, both apps and the tests lives in `@serenaia/shared/time` (packages/shared/src/time). This file
 * only re-exports it, so that server modules keep importing time from `common/`.
 */
export {
  addDays,
  datesBetween,
  easterSunday,
  frenchPublicHolidays,
  publicHolidaysBetween,
  dayInterval,
  INSTITUTE_TIME_ZONE,
  intersectIntervals,
  isIsoDate,
  isoWeekday,
  isTimeZone,
  isWallTime,
  localDateOf,
  localTimeOf,
  normalizeIntervals,
  overlapMs,
  subtractIntervals,
  wallTimeToMinutes,
  zonedInstant,
  type Interval,
  type IsoDate,
  type WallTime,
} from '@serenaia/shared/time';
