/** Calendar arithmetic the client list's filters need, on Paris calendar dates. Pure. */
import type { IsoDate } from '../../common/time.js';

/** The same day `months` months earlier, clamped to the month's last day (31 May − 3 → 28/29 Feb). */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month (1–12) of a calendar date. */
export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}
