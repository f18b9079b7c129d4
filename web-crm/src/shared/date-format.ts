/** Dates of the ledger for French readers, in the institute's time zone. Pure. */
import { LOCALE, TIME_ZONE } from '@serenaia/shared/format';

const dateTime = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "26/11/2026 10:04" (Paris). */
export function formatDateTime(instant: string): string {
  return dateTime.format(new Date(instant)).replace(',', '');
}

const shortDate = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "26/11/2026" (Paris). */
export function formatShortDate(instant: string): string {
  return shortDate.format(new Date(instant));
}
