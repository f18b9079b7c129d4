import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CabinEntity, PractitionerWithServices, ServiceEntity } from '../catalog/index.js';
import { ConcurrencyGate } from '../common/concurrency-gate.js';
import type { Interval } from '../common/time.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import type { BookingSettingsEntity } from '../settings/index.js';
import { AvailabilityCache } from './availability-cache.js';
import { AvailabilityRepository } from './availability.repository.js';
import type { Slot } from './domain/compute-slots.js';
import { ReservationRepository } from './reservation.repository.js';
import {
  checkRange,
  isValidRange,
  planSearch,
  searchWith,
  workingDates,
  workingTimeOf,
  type SlotOptions,
  type SlotQuery,
} from './slot-search.js';

export { minutesToWallTime, slotItems, type SlotOptions, type SlotQuery } from './slot-search.js';

/** A search waiting longer than this for a place is refused (the pool's own connection timeout). */
const SEARCH_MAX_WAIT_MS = 5000;
const DAY_MS = 24 * 3600 * 1000;
/** Alternatives to a refused start: free slots from 3 days before it (not before now) to 4 days after. */
const ALTERNATIVES_BEFORE_MS = 3 * DAY_MS;
const ALTERNATIVES_AFTER_MS = 4 * DAY_MS;

export interface SlotSearchResult {
  slots: Slot[];
  services: ServiceEntity[];
  practitioners: PractitionerWithServices[];
}

/** `checkStart`'s answer: the free slot at the start, or why not and what else is free around it. */
export type StartCheck = SlotSearchResult & { settings: BookingSettingsEntity; cabins: CabinEntity[] } & (
    { slot: Slot } | { slot: undefined; taken: boolean; alternatives: Slot[] }
  );

/**
 * Free slots: the settings, catalogue, rules and exceptions from this process's cache (one round trip
 * to check its version), every busy interval of the range in one query, then the pure `computeSlots`.
 */
@Injectable()
export class AvailabilityService {
  private readonly searchGate: ConcurrencyGate;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: AvailabilityCache,
    private readonly reservations: ReservationRepository,
    private readonly repository: AvailabilityRepository,
    @Inject(CONFIG) config: Config,
  ) {
    this.searchGate = new ConcurrencyGate({
      concurrency: config.slotSearchConcurrency,
      queue: config.slotSearchQueue,
      maxWaitMs: SEARCH_MAX_WAIT_MS,
      retryAfterSeconds: 2,
    });
  }

  /**
   * A client's slot search: at most SLOT_SEARCH_CONCURRENCY run at once in this process, so that a
   * flood of searches leaves database connections to bookings; beyond the queue, SERVICE_UNAVAILABLE.
   */
  searchSlots(query: SlotQuery, options: SlotOptions): Promise<SlotSearchResult> {
    return this.searchGate.run(() => this.findSlots(query, options));
  }

  /** Client slot searches running and waiting in this process. */
  searchLoad(): { active: number; waiting: number } {
    return this.searchGate.load;
  }

  async findSlots(
    query: SlotQuery,
    options: SlotOptions,
    manager: EntityManager = this.db.manager,
  ): Promise<SlotSearchResult> {
    checkRange(query.from.getTime(), query.to.getTime());
    const snapshot = await this.cache.current(manager);
    const plan = planSearch(snapshot, query, options);
    const rows = options.ignoreBusy
      ? []
      : await this.reservations.busyRows(
          manager,
          plan.window,
          plan.practitionerIds,
          plan.cabinIds,
          options.ignoreBookingId,
        );
    return searchWith(snapshot, plan, options, rows);
  }

  /**
   * Can these services be booked at `start`? One search (the cached tables and ONE busy-time query over
   * the start and the days around it) answers what a booking needs: the free slot at `start` with what
   * was searched (services, practitioners, settings), or — when there is none — whether the start is
   * taken (it would be offered on an empty agenda) or never offered, and the free slots from
   * max(now, start − 3 days) to start + 4 days for alternatives. Each answer is the one `findSlots` gives
   * over its own window.
   */
  async checkStart(
    query: { serviceIds: string[]; practitionerId: string | null; start: Date },
    options: SlotOptions,
    manager: EntityManager = this.db.manager,
  ): Promise<StartCheck> {
    const target = query.start.getTime();
    const exact: SlotQuery = { ...query, from: query.start, to: new Date(target + 1) };
    checkRange(target, target + 1);
    const snapshot = await this.cache.current(manager);
    const plan = planSearch(snapshot, exact, options);
    const around: SlotQuery = {
      ...exact,
      from: new Date(Math.max(options.now, target - ALTERNATIVES_BEFORE_MS)),
      to: new Date(target + ALTERNATIVES_AFTER_MS),
    };
    const aroundPlan = isValidRange(around.from.getTime(), around.to.getTime())
      ? planSearch(snapshot, around, options)
      : undefined;
    const window: Interval = aroundPlan
      ? {
          start: Math.min(plan.window.start, aroundPlan.window.start),
          end: Math.max(plan.window.end, aroundPlan.window.end),
        }
      : plan.window;
    const rows = await this.reservations.busyRows(
      manager,
      window,
      plan.practitionerIds,
      plan.cabinIds,
      options.ignoreBookingId,
    );
    const result = {
      ...searchWith(snapshot, plan, options, rows),
      settings: snapshot.settings,
      cabins: snapshot.cabins,
    };
    const slot = result.slots.find((s) => s.start === target);
    if (slot !== undefined) return { ...result, slot };
    const empty = searchWith(snapshot, plan, { ...options, ignoreBusy: true }, []);
    let alternatives: Slot[] = [];
    if (aroundPlan !== undefined) {
      try {
        alternatives = searchWith(snapshot, aroundPlan, options, rows).slots;
      } catch {
        alternatives = [];
      }
    }
    return {
      ...result,
      slot: undefined,
      taken: empty.slots.some((s) => s.start === target),
      alternatives,
    };
  }

  /** Working time per practitioner over a window, from weekly rules, exceptions and holidays. */
  async workingTime(
    practitionerIds: string[],
    window: Interval,
    closedOnHolidays: boolean,
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, Interval[]>> {
    if (practitionerIds.length === 0) return new Map();
    const { fromDate, toDate } = workingDates(window);
    const [rules, exceptions] = await Promise.all([
      this.repository.rulesOf(manager, practitionerIds),
      this.repository.exceptionsOf(manager, practitionerIds, fromDate, toDate),
    ]);
    return workingTimeOf(
      practitionerIds,
      window,
      closedOnHolidays,
      (id) => rules.filter((r) => r.practitionerId === id),
      () => exceptions,
    );
  }
}
