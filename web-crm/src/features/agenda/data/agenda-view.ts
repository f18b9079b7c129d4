/**
 * What the agenda page shows, computed from the URL's choices and the loaded days: the grid's columns,
 * the time window and where to scroll, the heading, the slot a "New booking" starts from, the selected
 * item. Pure functions (no React, no clock: `now` and `today` are parameters), unit-tested.
 */
import {
  MINUTE_MS,
  formatDay,
  formatDayRange,
  formatShortDay,
  formatTimeRange,
  toMillis,
  wallMinutes,
  zonedInstant,
  type LocalDate,
} from '@serenaia/shared/paris-time';
import { capitalize } from '@serenaia/shared/format';
import type { AgendaView } from '../AgendaToolbar';
import type { GridColumn } from '../grid/TimeGrid';
import { DEFAULT_WINDOW, windowFor, type TimeWindow } from '../grid/layout';
import {
  bookingSegments,
  isShown,
  withPendingMoves,
  type AgendaBlock,
  type AgendaBooking,
  type AgendaColorBy,
  type AgendaDayData,
  type AgendaPractitioner,
  type PendingMove,
} from './agenda-state';
import { monthOf, monthTitle } from './month-view';

/** The loaded data of each displayed day (undefined while a day loads). */
export type DaysData = Readonly<Record<LocalDate, AgendaDayData | undefined>>;

/** "09:30 – 19:00": a practitioner's first start to last end that day; `restLabel` when not working. */
export function workingSummary(
  data: AgendaDayData | undefined,
  practitionerId: string,
  restLabel: string,
): string {
  const ranges = data?.workingTime.filter((w) => w.practitionerId === practitionerId) ?? [];
  if (data === undefined) return '';
  if (ranges.length === 0) return restLabel;
  const first = ranges.reduce((a, b) => (toMillis(a.start) <= toMillis(b.start) ? a : b));
  const last = ranges.reduce((a, b) => (toMillis(a.end) >= toMillis(b.end) ? a : b));
  return formatTimeRange(first.start, last.end);
}

/** The translated words a column needs. */
export interface ColumnLabels {
  notWorking: string;
  /** Accessible name of a column: practitioner and day. */
  column: (name: string, day: string) => string;
}

export interface ColumnsInput {
  view: AgendaView;
  /** The day in the URL (the day view's day). */
  day: LocalDate;
  /** The displayed days: `[day]`, or the week of `day`. */
  days: readonly LocalDate[];
  today: LocalDate;
  /** Practitioners not hidden by the filter, in order. */
  visible: readonly AgendaPractitioner[];
  /** The practitioner a week view shows. */
  weekPractitioner: AgendaPractitioner | undefined;
  byDay: DaysData;
  pending: ReadonlyMap<string, PendingMove>;
  showCancelled: boolean;
  /** What a booking's colour says: its service's category (default) or its practitioner. */
  colorBy?: AgendaColorBy;
  labels: ColumnLabels;
}

/** One grid column: a practitioner on a day (day view: titled by the practitioner; week: by the day). */
export function buildColumn(
  input: Pick<ColumnsInput, 'pending' | 'showCancelled' | 'today' | 'labels' | 'colorBy'>,
  data: AgendaDayData | undefined,
  columnDay: LocalDate,
  practitioner: AgendaPractitioner,
  week: boolean,
): GridColumn {
  const bookings = withPendingMoves(data?.bookings ?? [], input.pending).filter((b) =>
    isShown(b, { showCancelled: input.showCancelled }),
  );
  return {
    key: week ? columnDay : practitioner.id,
    day: columnDay,
    practitionerId: practitioner.id,
    title: week ? capitalize(formatShortDay(columnDay)) : practitioner.displayName,
    subtitle: workingSummary(data, practitioner.id, input.labels.notWorking),
    color: practitioner.color,
    current: week && columnDay === input.today,
    label: input.labels.column(practitioner.displayName, formatDay(columnDay)),
    working: data?.workingTime.filter((w) => w.practitionerId === practitioner.id) ?? [],
    segments: bookings
      .flatMap(bookingSegments)
      .filter((s) => s.practitionerId === practitioner.id)
      .map((s) =>
        input.colorBy === 'practitioner'
          ? { ...s, items: s.items.map((item) => ({ ...item, color: practitioner.color })) }
          : s,
      ),
    blocks: data?.blocks ?? [],
  };
}

/**
 * Day view: one column per visible practitioner; week view: the chosen practitioner's seven days;
 * month view: none (it has no time grid).
 */
export function buildColumns(input: ColumnsInput): GridColumn[] {
  if (input.view === 'month') return [];
  if (input.view === 'day') {
    return input.visible.map((p) => buildColumn(input, input.byDay[input.day], input.day, p, false));
  }
  const practitioner = input.weekPractitioner;
  if (practitioner === undefined) return [];
  return input.days.map((d) => buildColumn(input, input.byDay[d], d, practitioner, true));
}

/** The hours the grid spans: the default day, widened to whatever is worked or booked in the columns. */
export function gridWindow(days: readonly LocalDate[], columns: readonly GridColumn[]): TimeWindow {
  return windowFor(
    days,
    columns.flatMap((c) => [...c.working, ...c.segments.map((s) => ({ start: s.start, end: s.end }))]),
  );
}

/**
 * Where the grid scrolls to, as an instant on the first column's day (the grid measures the scroll in
 * that column): an hour before the current clock time when today is shown, else the earliest working
 * time or booking by clock time over all the columns (a week whose Tuesday opens at 09:00 and Monday at
 * 10:00 opens at 09:00); the first column's working start (or now) when the columns hold neither.
 */
export function scrollAnchor(
  days: readonly LocalDate[],
  today: LocalDate,
  now: number,
  columns: readonly GridColumn[],
): number {
  const first = columns[0]?.day ?? days[0];
  if (first === undefined) return now;
  if (days.includes(today)) return zonedInstant(first, Math.max(0, wallMinutes(now) - 60));
  const earliest = Math.min(
    ...columns.flatMap((c) => c.working.map((w) => wallMinutes(w.start))),
    ...columns.flatMap((c) => c.segments.map((s) => wallMinutes(s.start))),
    Number.POSITIVE_INFINITY,
  );
  return Number.isFinite(earliest) ? zonedInstant(first, earliest) : now;
}

/** The heading: "Mardi 9 février 2027", the week's range (short on a phone), or "Février 2027". */
export function agendaTitle(
  view: AgendaView,
  days: readonly LocalDate[],
  day: LocalDate,
  phone: boolean,
  weekTitle: (range: string) => string,
): string {
  const first = days[0] ?? day;
  const last = days[days.length - 1] ?? day;
  if (view === 'day') return capitalize(formatDay(day));
  if (view === 'month') return monthTitle(monthOf(day));
  return phone ? formatDayRange(first, last, '–') : weekTitle(formatDayRange(first, last, 'au'));
}

/**
 * Where "New booking" starts: the practitioner in focus (the week's, or the day view's tab), at now
 * when today is shown; else on the day the agenda shows (`day`, the URL's), at that practitioner's
 * working start there, or the first working start of that day, or the grid's default opening;
 * rounded up to the agenda's granularity.
 */
export function defaultSlot(input: {
  practitioner: AgendaPractitioner | undefined;
  day: LocalDate;
  days: readonly LocalDate[];
  today: LocalDate;
  now: number;
  columns: readonly GridColumn[];
  granularityMinutes: number;
}): { practitionerId: string; start: number } | null {
  const { practitioner, day } = input;
  if (practitioner === undefined) return null;
  const onDay = input.columns.filter((c) => c.day === day);
  const working =
    onDay.find((c) => c.practitionerId === practitioner.id)?.working[0] ??
    onDay.find((c) => c.working.length > 0)?.working[0];
  const base =
    day === input.today || input.days.includes(input.today)
      ? input.now
      : working
        ? toMillis(working.start)
        : zonedInstant(day, DEFAULT_WINDOW.startMinute);
  const snap = input.granularityMinutes * MINUTE_MS;
  return { practitionerId: practitioner.id, start: Math.ceil(base / snap) * snap };
}

/** A booking of the displayed days, by id. */
export function findBooking(
  days: readonly LocalDate[],
  byDay: DaysData,
  id: string,
): AgendaBooking | undefined {
  for (const d of days) {
    const found = byDay[d]?.bookings.find((b) => b.id === id);
    if (found) return found;
  }
  return undefined;
}

/** A blocked slot of the displayed days, by id. */
export function findBlock(days: readonly LocalDate[], byDay: DaysData, id: string): AgendaBlock | undefined {
  for (const d of days) {
    const found = byDay[d]?.blocks.find((b) => b.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * CSS min-width of a grid column: on a phone one practitioner per screen (day) or the whole week at once;
 * on a larger screen a fixed width, narrower for the week.
 */
export function columnMinWidth(view: AgendaView, phone: boolean): string {
  if (phone) return view === 'week' ? 'calc((100cqw - 52px) / 7)' : 'calc(100cqw - 52px)';
  return view === 'week' ? '120px' : '200px';
}
