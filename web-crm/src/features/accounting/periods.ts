/** Accounting periods the pages offer by default (months, fiscal years) and their French labels. Pure. */
import { addMonths, daysInMonth, type LocalDate } from '@serenaia/shared/paris-time';

export interface Period {
  from: LocalDate;
  to: LocalDate;
}

/** `YYYY-MM` → its first and last day. */
export function monthPeriod(monthKey: string): Period {
  return { from: `${monthKey}-01`, to: `${monthKey}-${String(daysInMonth(monthKey)).padStart(2, '0')}` };
}

/** The fiscal year containing `today`, given the month it starts in (1 = January). */
export function fiscalYearOf(today: LocalDate, startMonth: number): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const startYear = month >= startMonth ? year : year - 1;
  const first = `${startYear}-${String(startMonth).padStart(2, '0')}`;
  return { from: `${first}-01`, to: monthPeriod(addMonths(first, 11)).to };
}

/** The month before `today`'s (`YYYY-MM`): the one an accountant closes. */
export function previousMonth(today: LocalDate): string {
  return addMonths(today.slice(0, 7), -1);
}

/** Whether a period is complete and in order (`from` ≤ `to`). */
export function isPeriod(from: LocalDate | null, to: LocalDate | null): boolean {
  return from !== null && to !== null && from <= to;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "février 2027" for `2027-02` or `2027-02-01`. */
export function frenchMonth(key: string): string {
  return `${MONTHS[Number(key.slice(5, 7)) - 1] ?? ''} ${key.slice(0, 4)}`;
}

/** "09/02/2027" for `2027-02-09`. */
export function frenchDay(date: LocalDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
