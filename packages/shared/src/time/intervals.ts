/** Half-open [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/*
 * Interval algebra. The operations accept any list (they normalise their inputs) and return normalised lists:
 * sorted by start, no empty interval, no two intervals overlapping or touching.
 */

/** Sort, drop empty (end <= start), merge overlapping AND touching intervals. Does not mutate its input. */
export function normalizeIntervals(intervals: readonly Interval[]): Interval[] {
  let sorted = true;
  let count = 0;
  for (let i = 0; i < intervals.length; i++) {
    const { start, end } = intervals[i];
    if (!Number.isFinite(start) || !Number.isFinite(end))
      throw new RangeError(`Invalid interval: [${start}, ${end})`);
    if (i > 0 && start < intervals[i - 1].start) sorted = false;
    if (end > start) count++;
  }
  const merged: Interval[] = [];
  if (sorted) {
    // The usual case (lists come from ORDER BY queries or from this module): one pass.
    for (const { start, end } of intervals) {
      if (end <= start) continue;
      const last = merged[merged.length - 1];
      if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
      else merged.push({ start, end });
    }
    return merged;
  }
  // A union does not depend on which start goes with which end: sort both as numbers (native, no comparator),
  // then sweep, a start before an end at the same instant so that touching intervals merge.
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let n = 0;
  for (const { start, end } of intervals) {
    if (end <= start) continue;
    starts[n] = start;
    ends[n++] = end;
  }
  starts.sort();
  ends.sort();
  let open = 0;
  let segmentStart = 0;
  for (let i = 0, j = 0; i < n;) {
    if (starts[i] <= ends[j]) {
      if (open++ === 0) segmentStart = starts[i];
      i++;
    } else {
      if (--open === 0) merged.push({ start: segmentStart, end: ends[j] });
      j++;
    }
  }
  if (n > 0) merged.push({ start: segmentStart, end: ends[n - 1] });
  return merged;
}

/** The parts of `from` that are in no interval of `remove`. */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const a = normalizeIntervals(from);
  const b = normalizeIntervals(remove);
  const result: Interval[] = [];
  let j = 0;
  for (const interval of a) {
    let cursor = interval.start;
    while (j < b.length && b[j].end <= cursor) j++;
    let k = j;
    while (k < b.length && b[k].start < interval.end) {
      if (b[k].start > cursor) result.push({ start: cursor, end: b[k].start });
      cursor = Math.max(cursor, b[k].end);
      k++;
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

/** The instants that are in both `a` and `b`. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = normalizeIntervals(a);
  const y = normalizeIntervals(b);
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const start = Math.max(x[i].start, y[j].start);
    const end = Math.min(x[i].end, y[j].end);
    if (start < end) result.push({ start, end });
    if (x[i].end < y[j].end) i++;
    else j++;
  }
  return result;
}

/** Milliseconds of `window` covered by `a` (overlaps inside `a` counted once). */
export function overlapMs(a: readonly Interval[], window: Interval): number {
  let total = 0;
  for (const interval of normalizeIntervals(a)) {
    const start = Math.max(interval.start, window.start);
    const end = Math.min(interval.end, window.end);
    if (start < end) total += end - start;
  }
  return total;
}
