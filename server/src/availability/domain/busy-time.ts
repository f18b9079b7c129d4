import { normalizeIntervals, type Interval } from '../../common/time.js';

/** One reservation as the busy-time query returns it: epoch milliseconds, no `Date`. */
export interface BusyRow {
  practitionerId: string | null;
  cabinId: string | null;
  start: number;
  end: number;
}

export interface BusyTime {
  practitioners: Map<string, Interval[]>;
  cabins: Map<string, Interval[]>;
}

/**
 * Busy intervals per practitioner and per cabin, normalised, from the rows that overlap `window`
 * (half-open, as `tstzrange(start, end) && tstzrange(window)`). Rows read once over a wider range give,
 * for a smaller window, exactly what a query over that window alone would have given.
 */
export function busyTimeIn(rows: readonly BusyRow[], window: Interval): BusyTime {
  const practitioners = new Map<string, Interval[]>();
  const cabins = new Map<string, Interval[]>();
  const push = (map: Map<string, Interval[]>, key: string, interval: Interval) => {
    const list = map.get(key);
    if (list) list.push(interval);
    else map.set(key, [interval]);
  };
  for (const row of rows) {
    if (!(row.start < window.end && window.start < row.end)) continue;
    const interval = { start: row.start, end: row.end };
    if (row.practitionerId !== null) push(practitioners, row.practitionerId, interval);
    if (row.cabinId !== null) push(cabins, row.cabinId, interval);
  }
  for (const map of [practitioners, cabins])
    for (const [key, list] of map) map.set(key, normalizeIntervals(list));
  return { practitioners, cabins };
}
