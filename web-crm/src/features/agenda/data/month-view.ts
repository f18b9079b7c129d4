/**
 * The agenda's month view, computed from the `agendaMonth` answer: the weeks (Monday first, Paris
 * dates), each day's count and first bookings as "10:00 Julie M." chips, today, the days of the
 * neighbouring months, public holidays. Pure functions (no clock: `today` is a parameter), unit-tested.
 */
import { addDays, formatTime, monthWeeks, type LocalDate } from '@serenaia/shared/paris-time';
import { frenchPublicHolidays } from '@serenaia/shared/time';
import { capitalize, formatMonthKey } from '@serenaia/shared/format';
import type { AgendaColorBy, AgendaPractitioner } from './agenda-state';

/** A booking as `agendaMonth` sums it up. */
export interface MonthBooking {
  id: string;
  start: string;
  status: string;
  clientName: string;
  practitionerIds: readonly string[];
  color: string;
}

export interface MonthDayData {
  day: LocalDate;
  bookings: readonly MonthBooking[];
}

/** A chip of a day cell: "10:00 Julie M." in the booking's colour. */
export interface MonthChip {
  id: string;
  time: string;
  clientName: string;
  color: string;
  /** Cancelled (shown on request): drawn struck through. */
  cancelled: boolean;
}

export interface MonthCell {
  day: LocalDate;
  /** Day of the month, 1–31. */
  dayOfMonth: number;
  /** The day belongs to the neighbouring month (drawn dimmed). */
  outside: boolean;
  today: boolean;
  /** The public holiday's name ("Noël"), or null. */
  holiday: string | null;
  /** Bookings shown (cancelled ones only on request; of the visible practitioners). */
  count: number;
  /** The first ones, by start. */
  chips: MonthChip[];
  /** How many more than the chips. */
  more: number;
  /** Still loading: no count to show yet. */
  loading: boolean;
}

export interface MonthCellsInput {
  /** `YYYY-MM`. */
  month: string;
  today: LocalDate;
  /** The loaded days (undefined while loading). */
  days: readonly MonthDayData[] | undefined;
  /** Practitioners not hidden by the filter. */
  visible: readonly AgendaPractitioner[];
  showCancelled: boolean;
  colorBy: AgendaColorBy;
  /** How many chips a cell shows at most. */
  maxChips?: number;
}

/** The weeks a month calendar shows, Monday first, the neighbouring months' days filled in. */
export function monthGrid(month: string): LocalDate[][] {
  return monthWeeks(month).map((week) => {
    const index = week.findIndex((d) => d !== null);
    const anchor = week[index] as LocalDate;
    return week.map((d, i) => d ?? addDays(anchor, i - index));
  });
}

/** The month of a day: `YYYY-MM`. */
export const monthOf = (day: LocalDate): string => day.slice(0, 7);

/** The heading: "Décembre 2026". */
export function monthTitle(month: string): string {
  return capitalize(formatMonthKey(month));
}

/** The same day of the month `months` away, clamped to that month's end (31 January + 1 → 28 February). */
export function addMonthsToDay(day: LocalDate, months: number): LocalDate {
  const [year = 0, month = 1, dayOfMonth = 1] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(dayOfMonth, last));
  return target.toISOString().slice(0, 10);
}

function holidaysOf(weeks: readonly LocalDate[][]): ReadonlyMap<LocalDate, string> {
  const years = new Set(weeks.flat().map((d) => Number(d.slice(0, 4))));
  const all = new Map<LocalDate, string>();
  for (const year of years) for (const [date, name] of frenchPublicHolidays(year)) all.set(date, name);
  return all;
}

/** The month view's cells, week by week. */
export function buildMonthCells(input: MonthCellsInput): MonthCell[][] {
  const weeks = monthGrid(input.month);
  const holidays = holidaysOf(weeks);
  const byDay = new Map(input.days?.map((d) => [d.day, d.bookings]));
  const visibleIds = new Set(input.visible.map((p) => p.id));
  const colorOf = new Map(input.visible.map((p) => [p.id, p.color]));
  const maxChips = input.maxChips ?? 3;

  return weeks.map((week) =>
    week.map((day): MonthCell => {
      const shown = (byDay.get(day) ?? []).filter(
        (b) =>
          (input.showCancelled || b.status !== 'CANCELLED') &&
          b.practitionerIds.some((id) => visibleIds.has(id)),
      );
      // Room for every chip when they all fit, else one line less for "+N".
      const chipCount = shown.length <= maxChips ? shown.length : maxChips - 1;
      return {
        day,
        dayOfMonth: Number(day.slice(8, 10)),
        outside: monthOf(day) !== input.month,
        today: day === input.today,
        holiday: holidays.get(day) ?? null,
        count: shown.length,
        chips: shown.slice(0, chipCount).map((b) => {
          const practitioner = b.practitionerIds.find((id) => visibleIds.has(id));
          return {
            id: b.id,
            time: formatTime(b.start),
            clientName: b.clientName,
            cancelled: b.status === 'CANCELLED',
            color:
              input.colorBy === 'practitioner' && practitioner !== undefined
                ? (colorOf.get(practitioner) ?? b.color)
                : b.color,
          };
        }),
        more: shown.length - chipCount,
        loading: input.days === undefined,
      };
    }),
  );
}
