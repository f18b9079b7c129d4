/**
 * `computeSlots` (sorted sweeps with moving indexes) against a deliberately naive brute force written here from
 * the rules in the header of compute-slots.ts: minute by minute, every rule checked directly for every start.
 *
 * Everything generated is on whole minutes, so "the interval covers minute t" (t ≤ x < t + 1 min) is exact.
 * Reproduce a failure with the seed (and path) fast-check prints: FC_SEED=<seed> npx jest … compute-slots.property
 */
import fc from 'fast-check';
import {
  INSTITUTE_TIME_ZONE,
  type Interval,
  dayInterval,
  localDateOf,
  zonedInstant,
} from '../../common/time.js';
import {
  type CabinAvailability,
  type PractitionerAvailability,
  type Slot,
  type SlotSearchInput,
  computeSlots,
} from './compute-slots.js';
import type { SlotItemSpec } from './occupied-periods.js';

const M = 60_000;
const DAY_MS = 86_400_000;
const SEED = Number(process.env.FC_SEED ?? 20260329);
const NUM_RUNS = 400;

/** A marker per minute, filled naively from intervals; covers ±4 days around the window's start. */
class Minutes {
  private readonly origin: number;
  private readonly marks: Uint8Array;

  constructor(base: number, intervals: readonly Interval[]) {
    this.origin = base / M - 4 * 1440;
    this.marks = new Uint8Array(10 * 1440);
    for (const { start, end } of intervals) {
      for (let t = start; t < end; t += M) this.marks[t / M - this.origin] = 1;
    }
  }

  has(t: number): boolean {
    return this.marks[t / M - this.origin] === 1;
  }

  /** Every minute of [start, end) marked. */
  all(start: number, end: number): boolean {
    for (let t = start; t < end; t += M) if (!this.has(t)) return false;
    return true;
  }

  /** No minute of [start, end) marked. */
  none(start: number, end: number): boolean {
    for (let t = start; t < end; t += M) if (this.has(t)) return false;
    return true;
  }

  count(start: number, end: number): number {
    let n = 0;
    for (let t = start; t < end; t += M) if (this.has(t)) n++;
    return n;
  }
}

function bruteForce(input: SlotSearchInput, base: number): Slot[] {
  const { items, practitionerId, from, to, now, granularityMinutes: g, zone } = input;
  const working = new Map(input.practitioners.map((p) => [p.id, new Minutes(base, p.working)]));
  const busy = new Map(input.practitioners.map((p) => [p.id, new Minutes(base, p.busy)]));
  const cabinBusy = new Map(input.cabins.map((c) => [c.id, new Minutes(base, c.busy)]));
  const loads = new Map<string, number>();
  const load = (id: string, s: number) => {
    const date = localDateOf(s, zone);
    const key = `${id} ${date}`;
    if (!loads.has(key)) {
      const day = dayInterval(date, zone);
      loads.set(key, busy.get(id)!.count(day.start, day.end));
    }
    return loads.get(key)!;
  };

  const slots: Slot[] = [];
  for (let s = Math.ceil(from / M) * M; s < to; s += M) {
    if ((s / M) % g !== 0) continue;
    if (s < now + input.leadTimeMinutes * M || s >= now + input.horizonDays * DAY_MS) continue;

    const times: { serviceId: string; start: number; end: number; occStart: number; occEnd: number }[] = [];
    let cursor = s;
    items.forEach((item, k) => {
      const start = cursor;
      const end = start + item.durationMinutes * M;
      cursor = end;
      times.push({
        serviceId: item.serviceId,
        start,
        end,
        occStart: k === 0 ? start - item.bufferBeforeMinutes * M : start,
        occEnd: k === items.length - 1 ? end + item.bufferAfterMinutes * M : end,
      });
    });
    const end = cursor;

    const cabinIds: (string | null)[] = [];
    let cabinsOk = true;
    items.forEach((item, k) => {
      if (item.cabinTypeId === null) {
        cabinIds.push(null);
        return;
      }
      const free = input.cabins
        .filter((c) => c.cabinTypeId === item.cabinTypeId)
        .filter((c) => cabinBusy.get(c.id)!.none(times[k].occStart, times[k].occEnd))
        .map((c) => c.id)
        .sort();
      let previous: string | null = null;
      for (let j = 0; j < k; j++) if (items[j].cabinTypeId === item.cabinTypeId) previous = cabinIds[j];
      const pick = previous !== null && free.includes(previous) ? previous : free[0];
      if (pick === undefined) cabinsOk = false;
      cabinIds.push(pick ?? null);
    });
    if (!cabinsOk) continue;

    const free = input.practitioners.filter(
      (p) =>
        (practitionerId === null || p.id === practitionerId) &&
        items.every((item) => p.serviceIds.has(item.serviceId)) &&
        working.get(p.id)!.all(s, end) &&
        times.every((time) => busy.get(p.id)!.none(time.occStart, time.occEnd)),
    );
    if (free.length === 0) continue;
    free.sort(
      (a, b) =>
        load(a.id, s) - load(b.id, s) || a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    slots.push({
      start: s,
      end,
      practitionerId: free[0].id,
      items: times.map((time, k) => ({
        serviceId: time.serviceId,
        start: time.start,
        end: time.end,
        cabinId: cabinIds[k],
      })),
    });
  }
  return slots;
}

/** Minutes relative to the window's start: mostly on 5-minute marks (so things touch), sometimes anywhere. */
const offset = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min: min / 5, max: max / 5 }).map((k) => k * 5),
    fc.integer({ min, max }),
  );

const intervalArb = (maxLength: number) =>
  fc.record({ at: offset(-360, 3240), length: offset(0, maxLength) });

const scenario = fc
  .record({
    // An ordinary winter week, the spring-forward and the autumn weekends of 2026.
    date: fc.constantFrom('2026-01-06', '2026-03-28', '2026-10-24', '2027-03-27'),
    practitioners: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('p1', 'p2', 'p3'),
        position: fc.integer({ min: 0, max: 2 }),
        services: fc.oneof(
          { arbitrary: fc.constant(['s1', 's2', 's3']), weight: 3 },
          { arbitrary: fc.subarray(['s1', 's2', 's3'], { minLength: 1 }), weight: 1 },
        ),
        working: fc.array(intervalArb(720), { minLength: 1, maxLength: 6 }),
        busy: fc.array(intervalArb(180), { maxLength: 8 }),
      }),
      { minLength: 1, maxLength: 3, selector: (p) => p.id, size: 'max' },
    ),
    cabins: fc.array(
      fc.record({ type: fc.constantFrom('A', 'A', 'B'), busy: fc.array(intervalArb(240), { maxLength: 4 }) }),
      { minLength: 2, maxLength: 2 },
    ),
    cabinCount: fc.constantFrom(0, 1, 2, 2, 2),
    items: fc.array(
      fc.record({
        serviceId: fc.constantFrom('s1', 's2', 's3'),
        duration: fc.oneof(
          fc.integer({ min: 1, max: 24 }).map((k) => k * 5),
          fc.integer({ min: 1, max: 90 }),
        ),
        before: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
        after: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
        cabinTypeId: fc.constantFrom(null, null, null, 'A', 'A', 'B'),
      }),
      { minLength: 1, maxLength: 3, size: 'max' },
    ),
    // null = any practitioner; else one of them (by index), or -1 for an id nobody has.
    practitionerPick: fc.oneof(
      { arbitrary: fc.constant(null), weight: 5 },
      { arbitrary: fc.nat(), weight: 4 },
      { arbitrary: fc.constant(-1), weight: 1 },
    ),
    granularity: fc.constantFrom(5, 10, 15, 30),
    now: fc.integer({ min: -1440, max: 1440 }),
    lead: fc.constantFrom(0, 0, 30, 120, 600),
    horizonDays: fc.constantFrom(1, 2, 30, 30),
    from: fc.integer({ min: -720, max: 2160 }),
    toAfterFrom: fc.oneof(fc.integer({ min: 0, max: 2 * 1440 }), fc.constant(2 * 1440)),
  })
  .map((raw) => {
    const base = zonedInstant(raw.date, '00:00', INSTITUTE_TIME_ZONE);
    const toInterval = ({ at, length }: { at: number; length: number }): Interval => ({
      start: base + at * M,
      end: base + (at + length) * M,
    });
    const practitioners: PractitionerAvailability[] = raw.practitioners.map((p) => ({
      id: p.id,
      position: p.position,
      serviceIds: new Set(p.services),
      working: p.working.map(toInterval),
      busy: p.busy.map(toInterval),
    }));
    const cabins: CabinAvailability[] = raw.cabins.slice(0, raw.cabinCount).map((c, index) => ({
      id: ['c2', 'c1'][index], // listed out of id order on purpose
      cabinTypeId: c.type,
      busy: c.busy.map(toInterval),
    }));
    const items: SlotItemSpec[] = raw.items.map((i) => ({
      serviceId: i.serviceId,
      durationMinutes: i.duration,
      bufferBeforeMinutes: i.before,
      bufferAfterMinutes: i.after,
      cabinTypeId: i.cabinTypeId,
    }));
    const input: SlotSearchInput = {
      items,
      practitioners,
      practitionerId:
        raw.practitionerPick === null
          ? null
          : raw.practitionerPick === -1
            ? 'nobody'
            : raw.practitioners[raw.practitionerPick % raw.practitioners.length].id,
      cabins,
      from: base + raw.from * M,
      to: base + (raw.from + raw.toAfterFrom) * M,
      now: base + raw.now * M,
      granularityMinutes: raw.granularity,
      leadTimeMinutes: raw.lead,
      horizonDays: raw.horizonDays,
      zone: INSTITUTE_TIME_ZONE,
    };
    return { input, base };
  });

describe('computeSlots against a minute-by-minute brute force', () => {
  it('gives exactly the same slots on random small schedules', () => {
    let withSlots = 0;
    fc.assert(
      fc.property(scenario, ({ input, base }) => {
        const actual = computeSlots(input);
        expect(actual).toEqual(bruteForce(input, base));
        if (actual.length > 0) withSlots++;
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
    // Guard against a generator that only ever produces empty answers (which would prove little).
    expect(withSlots).toBeGreaterThan(NUM_RUNS / 4);
  });
});
