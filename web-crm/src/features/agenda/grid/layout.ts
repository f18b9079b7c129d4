/**
 * Geometry of the agenda's time grid. A column is one day between two wall-clock times (08:00 to
 * 21:00 by default) in Europe/Paris; its vertical axis is *elapsed* time from the window's start, so a
 * 23- or 25-hour day is as long as it really is and every instant has exactly one place. Pure.
 */
import {
  HOUR_MS,
  MINUTE_MS,
  addDays,
  formatTime,
  localDateOf,
  toMillis,
  wallMinutes,
  zonedInstant,
  type LocalDate,
} from '@serenaia/shared/paris-time';

/** Wall-clock bounds shared by every column: minutes after midnight (`endMinute` may be 1440). */
export interface TimeWindow {
  startMinute: number;
  endMinute: number;
}

export const DEFAULT_WINDOW: TimeWindow = { startMinute: 8 * 60, endMinute: 21 * 60 };

/** 15 minutes = 24 px: a quarter-hour booking still shows a line of text. */
export const PX_PER_MINUTE = 1.6;

export interface Interval {
  start: string | number;
  end: string | number;
}

/**
 * The default window, widened to whole hours so that nothing of `intervals` (bookings, working
 * time) falls outside on the given days.
 */
export function windowFor(days: readonly LocalDate[], intervals: readonly Interval[]): TimeWindow {
  let { startMinute, endMinute } = DEFAULT_WINDOW;
  const shown = new Set(days);
  for (const interval of intervals) {
    const start = toMillis(interval.start);
    const end = toMillis(interval.end);
    if (!(end > start)) continue;
    const startDay = localDateOf(start);
    const lastDay = localDateOf(end - 1);
    if (shown.has(startDay)) {
      startMinute = Math.min(startMinute, Math.floor(wallMinutes(start) / 60) * 60);
      if (lastDay !== startDay) endMinute = 24 * 60;
    }
    if (shown.has(lastDay)) {
      if (lastDay !== startDay) startMinute = 0;
      endMinute = Math.max(endMinute, Math.min(24 * 60, Math.ceil((wallMinutes(end - 1) + 1) / 60) * 60));
    }
  }
  return { startMinute, endMinute };
}

export interface ColumnGeometry {
  day: LocalDate;
  /** First and last instants of the column. */
  start: number;
  end: number;
  /** Elapsed minutes between them (one hour less or more on a DST day that crosses 02:00–03:00). */
  minutes: number;
  pxPerMinute: number;
  height: number;
}

export function columnGeometry(
  day: LocalDate,
  window: TimeWindow = DEFAULT_WINDOW,
  pxPerMinute: number = PX_PER_MINUTE,
): ColumnGeometry {
  const start = zonedInstant(day, window.startMinute);
  const end =
    window.endMinute >= 24 * 60
      ? zonedInstant(addDays(day, 1), window.endMinute - 24 * 60)
      : zonedInstant(day, window.endMinute);
  const minutes = (end - start) / MINUTE_MS;
  return { day, start, end, minutes, pxPerMinute, height: minutes * pxPerMinute };
}

/** Pixels from the column's top for an instant (not clamped). */
export function instantToY(geometry: ColumnGeometry, instant: string | number): number {
  return ((toMillis(instant) - geometry.start) / MINUTE_MS) * geometry.pxPerMinute;
}

/**
 * The instant at `y` pixels from the column's top, rounded down to `snapMinutes` and kept inside the
 * column (minus `durationMinutes`, so that what starts there still fits).
 */
export function yToInstant(
  geometry: ColumnGeometry,
  y: number,
  snapMinutes: number,
  durationMinutes = 0,
  round: 'floor' | 'nearest' = 'floor',
): number {
  const raw = y / geometry.pxPerMinute;
  const snapped =
    (round === 'floor' ? Math.floor(raw / snapMinutes) : Math.round(raw / snapMinutes)) * snapMinutes;
  const latest = Math.max(0, Math.floor((geometry.minutes - durationMinutes) / snapMinutes) * snapMinutes);
  return geometry.start + Math.min(Math.max(0, snapped), latest) * MINUTE_MS;
}

/** Top and height of an interval inside the column, clipped to it; null when entirely outside. */
export function boxFor(
  geometry: ColumnGeometry,
  start: string | number,
  end: string | number,
): { top: number; height: number; clippedTop: boolean; clippedBottom: boolean } | null {
  const s = toMillis(start);
  const e = toMillis(end);
  if (e <= geometry.start || s >= geometry.end) return null;
  const from = Math.max(s, geometry.start);
  const to = Math.min(e, geometry.end);
  return {
    top: instantToY(geometry, from),
    height: ((to - from) / MINUTE_MS) * geometry.pxPerMinute,
    clippedTop: s < geometry.start,
    clippedBottom: e > geometry.end,
  };
}

export interface HourMark {
  instant: number;
  y: number;
  /** Paris wall clock: "02:00" appears twice on the autumn change and never on the spring one. */
  label: string;
}

/** One mark per elapsed hour from the column's start (Paris offsets are whole hours). */
export function hourMarks(geometry: ColumnGeometry): HourMark[] {
  const marks: HourMark[] = [];
  for (let t = geometry.start; t < geometry.end; t += HOUR_MS) {
    marks.push({ instant: t, y: instantToY(geometry, t), label: formatTime(t) });
  }
  return marks;
}

export interface LaneItem {
  id: string;
  start: string | number;
  end: string | number;
}

export interface Lane {
  /** 0-based lane of the item inside its group of overlapping items. */
  lane: number;
  /** How many lanes that group needs: the item is 1/lanes wide. */
  lanes: number;
}

/**
 * Side-by-side placement of overlapping items: items that overlap (directly or through a chain)
 * form a group; each takes the first lane free at its start; the group shares its number of lanes.
 * Touching items (one ends when the next starts) do not overlap.
 */
export function layoutLanes(items: readonly LaneItem[]): Map<string, Lane> {
  const sorted = [...items]
    .map((item) => ({ id: item.id, start: toMillis(item.start), end: toMillis(item.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const result = new Map<string, Lane>();
  let group: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;

  const closeGroup = () => {
    for (const member of group) result.set(member.id, { lane: member.lane, lanes: laneEnds.length });
    group = [];
    laneEnds = [];
  };

  for (const item of sorted) {
    if (item.start >= groupEnd) {
      closeGroup();
      groupEnd = -Infinity;
    }
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(item.end);
    } else {
      laneEnds[lane] = item.end;
    }
    group.push({ id: item.id, lane });
    groupEnd = Math.max(groupEnd, item.end);
  }
  closeGroup();
  return result;
}

/**
 * Where a dragged booking lands: the pointer's height in the target column minus where the booking
 * was grabbed, snapped. `duration` keeps the whole booking inside the column.
 */
export function dropStart(
  geometry: ColumnGeometry,
  pointerYInColumn: number,
  grabOffsetY: number,
  snapMinutes: number,
  durationMinutes: number,
): number {
  return yToInstant(geometry, pointerYInColumn - grabOffsetY, snapMinutes, durationMinutes, 'nearest');
}
