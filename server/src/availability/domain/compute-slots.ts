/**
 * The slot search: given working time, busy time and cabins, when can these services be booked?
 *
 * Pure: instants in, instants out; `now` is a parameter; the zone is used only to find "that day" for the load
 * rule. The rules, for a candidate start `s`:
 *
 * 1. Candidates: `s` is a multiple of `granularityMinutes` in epoch minutes (so aligned with the local clock
 *    for whole-hour offsets), in [from, to), `s >= now + leadTimeMinutes` and `s < now + horizonDays × 24 h`.
 * 2. The items run back to back from `s`, in order, all by ONE practitioner. The service span
 *    [s, s + Σ durations) must lie inside ONE working interval of the practitioner (working intervals are
 *    normalised first, so touching intervals count as one). Buffers may fall outside working time.
 * 3. What a booking occupies (`occupiedPeriods`): each item's own time, plus the first item's buffer before and
 *    the last item's buffer after. The practitioner's occupied span must not overlap their `busy` (which
 *    already includes the buffers of existing bookings, and blocked time). Half-open: touching is fine.
 * 4. A practitioner qualifies only if `serviceIds` has every item's service.
 * 5. An item with a `cabinTypeId` needs a cabin of that type free over the item's occupied period: the cabin
 *    used by the latest previous item of the same type if it is free, else the first free one in id order.
 *    Items of one booking never overlap one another, so they may share a cabin. No cabinTypeId → cabinId null.
 *    A start with an item no cabin can take gives no slot.
 * 6. `practitionerId` given: only that practitioner. `null`: among the qualifying practitioners free at `s`,
 *    the least loaded on the local day (in `zone`) of `s`, load = busy time (union) overlapping that day; ties
 *    by `position`, then `id` (code-unit order).
 * 7. The slot's `start`/`end` and its items' are service times (without buffers). Slots come out ascending by
 *    start, at most one per start instant.
 * 8. Empty items, a non-positive or fractional duration, a negative or fractional buffer, a granularity that is
 *    not an integer ≥ 1, a non-finite instant or an unknown zone → RangeError.
 *
 * DST needs no special case: candidates are instants, so in spring no slot has a local time in the gap, and in
 * autumn the repeated hour gives two distinct instants, each once. Working hours turn wall-clock rules into
 * instants beforehand (`working-hours.ts`).
 *
 * Cost: every list is normalised (sorted) once; candidates are visited in increasing order while each
 * practitioner and each (cabin, item) keeps a moving index into its sorted intervals, so no candidate scans a
 * whole list. A practitioner who is not free also says when it is next worth asking (the next working interval,
 * the end of the conflicting busy interval), and the candidates in between are skipped. Day loads are computed
 * once per practitioner per day. O(intervals log intervals + candidates × (practitioners + cabins × items)).
 *
 * Beside it: `occupied-periods.ts` (rule 3, and the item checks of rule 8), `interval-sweep.ts` (the moving
 * indexes and the day loads), `nearest-slots.ts` (the slots offered around a requested time).
 */
import {
  type Interval,
  addDays,
  datesBetween,
  isTimeZone,
  localDateOf,
  normalizeIntervals,
  zonedInstant,
} from '../../common/time.js';
import { Sweep, dayLoads } from './interval-sweep.js';
import { assertItems, occupiedPeriods, type SlotItemSpec } from './occupied-periods.js';

export interface PractitionerAvailability {
  id: string;
  position: number;
  serviceIds: ReadonlySet<string>;
  working: readonly Interval[];
  busy: readonly Interval[];
}

export interface CabinAvailability {
  id: string;
  cabinTypeId: string;
  busy: readonly Interval[];
}

export interface SlotSearchInput {
  /** Performed back to back, in order, by ONE practitioner. */
  items: readonly SlotItemSpec[];
  practitioners: readonly PractitionerAvailability[];
  /** null = "any practitioner". */
  practitionerId: string | null;
  cabins: readonly CabinAvailability[];
  /** Slot STARTS in [from, to). */
  from: number;
  to: number;
  now: number;
  /** Candidate starts are multiples of this in epoch minutes (aligned with the local clock for whole-hour offsets). */
  granularityMinutes: number;
  /** start >= now + lead. */
  leadTimeMinutes: number;
  /** start < now + horizonDays × 24 h. */
  horizonDays: number;
  /** For "that day" in the load rule. */
  zone: string;
}

export interface SlotItem {
  serviceId: string;
  start: number;
  end: number;
  cabinId: string | null;
}

export interface Slot {
  start: number;
  end: number;
  practitionerId: string;
  items: SlotItem[];
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

interface PractitionerState {
  id: string;
  working: Sweep;
  busy: Sweep;
  /** No start before this can be free for this practitioner. */
  nextTry: number;
  /** Busy milliseconds per local day (see `dayStarts`), when the load rule applies. */
  loads: number[];
}

interface CabinState {
  id: string;
  /** One moving index per item, since each item looks at its own window. */
  busyPerItem: Sweep[];
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function assertSearch(input: SlotSearchInput): void {
  assertItems(input.items);
  const { granularityMinutes, from, to, now, leadTimeMinutes, horizonDays, zone } = input;
  if (!Number.isInteger(granularityMinutes) || granularityMinutes < 1) {
    throw new RangeError(`Invalid granularity: ${granularityMinutes} min`);
  }
  for (const [name, value] of Object.entries({ from, to, now, leadTimeMinutes, horizonDays })) {
    if (!Number.isFinite(value)) throw new RangeError(`Invalid ${name}: ${value}`);
  }
  if (!isTimeZone(zone)) throw new RangeError(`Invalid time zone: ${zone}`);
}

export function computeSlots(input: SlotSearchInput): Slot[] {
  assertSearch(input);
  const { items, practitionerId, zone } = input;

  // Offsets from the start `s`: the service span is [s, s + serviceMs), the practitioner's occupied span
  // [s + occupiedFrom, s + occupiedTo) (items are back to back, so their occupied periods are contiguous).
  const periods = occupiedPeriods(items, 0);
  const serviceMs = periods[periods.length - 1].end;
  const occupiedFrom = periods[0].occupied.start;
  const occupiedTo = periods[periods.length - 1].occupied.end;

  const step = input.granularityMinutes * MINUTE_MS;
  const onStep = (instant: number) => Math.ceil(instant / step) * step;
  const first = onStep(Math.max(input.from, input.now + input.leadTimeMinutes * MINUTE_MS));
  const limit = Math.min(input.to, input.now + input.horizonDays * DAY_MS);
  if (first >= limit) return [];

  const candidates = input.practitioners
    .filter((p) => practitionerId === null || p.id === practitionerId)
    .filter((p) => items.every((item) => p.serviceIds.has(item.serviceId)))
    .sort((a, b) => a.position - b.position || byCodeUnits(a.id, b.id));
  if (candidates.length === 0) return [];

  // The load rule matters only when there is a choice. Day boundaries: local midnights covering the candidates.
  const useLoads = practitionerId === null && candidates.length > 1;
  const lastCandidate = first + Math.floor((limit - 1 - first) / step) * step;
  const dayStarts = useLoads
    ? datesBetween(localDateOf(first, zone), addDays(localDateOf(lastCandidate, zone), 1)).map((date) =>
        zonedInstant(date, '00:00', zone),
      )
    : [];
  const practitioners: PractitionerState[] = candidates.map((p) => {
    const busy = normalizeIntervals(p.busy);
    return {
      id: p.id,
      working: new Sweep(normalizeIntervals(p.working)),
      busy: new Sweep(busy),
      nextTry: first,
      loads: useLoads ? dayLoads(busy, dayStarts) : [],
    };
  });

  const cabinsByType = new Map<string, CabinState[]>();
  for (const type of new Set(items.map((item) => item.cabinTypeId))) {
    if (type === null) continue;
    const cabins = input.cabins
      .filter((cabin) => cabin.cabinTypeId === type)
      .sort((a, b) => byCodeUnits(a.id, b.id))
      .map((cabin) => {
        const busy = normalizeIntervals(cabin.busy);
        return { id: cabin.id, busyPerItem: items.map(() => new Sweep(busy)) };
      });
    if (cabins.length === 0) return [];
    cabinsByType.set(type, cabins);
  }

  /** `s` if the practitioner is free for a booking at `s` (rules 2 and 3), else a later instant to try. */
  const nextFree = (p: PractitionerState, s: number): number => {
    const fit = p.working.nextFit(s, s + serviceMs);
    if (fit !== s) return fit;
    const conflict = p.busy.overlapping(s + occupiedFrom, s + occupiedTo);
    return conflict === undefined ? s : conflict.end - occupiedFrom;
  };

  /** The cabin of each item for a booking at `s` (rule 5), or null when an item can have none. */
  const assignCabins = (s: number): (string | null)[] | null => {
    const chosen: (CabinState | null)[] = [];
    for (let k = 0; k < items.length; k++) {
      const type = items[k].cabinTypeId;
      const cabins = type === null ? undefined : cabinsByType.get(type);
      if (cabins === undefined) {
        chosen.push(null);
        continue;
      }
      const [start, end] = [s + periods[k].occupied.start, s + periods[k].occupied.end];
      const isFree = (cabin: CabinState) => cabin.busyPerItem[k].overlapping(start, end) === undefined;
      let previous: CabinState | null = null;
      for (let j = k - 1; j >= 0 && previous === null; j--) {
        if (items[j].cabinTypeId === type) previous = chosen[j];
      }
      const pick = previous !== null && isFree(previous) ? previous : cabins.find(isFree);
      if (pick === undefined) return null;
      chosen.push(pick);
    }
    return chosen.map((cabin) => cabin?.id ?? null);
  };

  const slots: Slot[] = [];
  let day = 0;
  for (let s = first; s < limit;) {
    // Each practitioner knows when it is next worth asking: candidates where nobody can be free are skipped.
    let best: PractitionerState | null = null;
    let next = Infinity;
    for (const p of practitioners) {
      if (p.nextTry <= s) p.nextTry = nextFree(p, s);
      if (p.nextTry > s) {
        next = Math.min(next, p.nextTry);
        continue;
      }
      if (!useLoads) {
        best = p;
        break;
      }
      while (dayStarts[day + 1] <= s) day++;
      // Practitioners are in (position, id) order, so a strict comparison keeps the tie-break.
      if (best === null || p.loads[day] < best.loads[day]) best = p;
    }
    const cabinIds = best === null ? null : assignCabins(s);
    if (best !== null && cabinIds !== null) {
      slots.push({
        start: s,
        end: s + serviceMs,
        practitionerId: best.id,
        items: periods.map((period, k) => ({
          serviceId: period.serviceId,
          start: s + period.start,
          end: s + period.end,
          cabinId: cabinIds[k],
        })),
      });
    }
    s = best === null ? onStep(next) : s + step;
  }
  return slots;
}
