import type { Interval } from '../../common/time.js';

/**
 * Sorted, disjoint intervals with a moving index. Valid while the windows asked about only move forward, which
 * they do in the slot search: every window is the candidate start plus a constant.
 */
export class Sweep {
  private index = 0;

  constructor(private readonly intervals: readonly Interval[]) {}

  /** The first interval that ends after `instant`, if any (moves the index forward). */
  private firstEndingAfter(instant: number): Interval | undefined {
    const list = this.intervals;
    while (this.index < list.length && list[this.index].end <= instant) this.index++;
    return list[this.index];
  }

  /** The first interval overlapping [start, end), if any. */
  overlapping(start: number, end: number): Interval | undefined {
    const next = this.firstEndingAfter(start);
    return next !== undefined && next.start < end ? next : undefined;
  }

  /**
   * `start` if [start, end) lies inside one interval; otherwise the earliest start for which the window (of the
   * same length) could next fit: the start of the next interval, or Infinity.
   */
  nextFit(start: number, end: number): number {
    const next = this.firstEndingAfter(start);
    if (next === undefined) return Infinity;
    if (next.start > start) return next.start;
    if (end <= next.end) return start;
    return this.intervals[this.index + 1]?.start ?? Infinity;
  }
}

/** Busy time (sorted, disjoint intervals) within each [dayStarts[i], dayStarts[i + 1]). */
export function dayLoads(busy: readonly Interval[], dayStarts: readonly number[]): number[] {
  const loads: number[] = [];
  let first = 0;
  for (let day = 0; day + 1 < dayStarts.length; day++) {
    const [start, end] = [dayStarts[day], dayStarts[day + 1]];
    while (first < busy.length && busy[first].end <= start) first++;
    let load = 0;
    for (let i = first; i < busy.length && busy[i].start < end; i++) {
      load += Math.min(busy[i].end, end) - Math.max(busy[i].start, start);
    }
    loads.push(load);
  }
  return loads;
}
