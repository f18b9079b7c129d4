/** Paris dates and times as French text (`fr-FR`), whatever the browser's zone. */
import { lazy } from '../lazy.js';
import { parseLocalDate, toMillis, zonedInstant, LOCALE, TIME_ZONE, type LocalDate } from './clock.js';

const timeFormatter = lazy(
  () => new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }),
);

/** "09:30", Paris wall clock. */
export function formatTime(instant: string | number | Date): string {
  return timeFormatter().format(new Date(toMillis(instant)));
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
