import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CatalogService, type PractitionerWithServices } from '../catalog/index.js';
import type { ServiceEntity } from '../catalog/index.js';
import { ConcurrencyGate } from '../common/concurrency-gate.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { INSTITUTE_TIME_ZONE, addDays, localDateOf, type Interval } from '../common/time.js';
import { CONFIG } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { SettingsService } from '../settings/index.js';
import { AvailabilityExceptionEntity, WorkingHoursEntity } from './availability.entities.js';
import { computeSlots, type Slot, type SlotItemSpec } from './domain/compute-slots.js';
import { publicHolidaysBetween } from './domain/holidays.js';
import { workingIntervals, type DateException, type WeeklyRule } from './domain/working-hours.js';
import { ReservationRepository } from './reservation.repository.js';

/** A month in Paris time (31 days, one more hour when the clocks go back) fits. */
const MAX_RANGE_DAYS = 32;
const DAY_MS = 24 * 3600 * 1000;
/** A search waiting longer than this for a place is refused (the pool's own connection timeout). */
const SEARCH_MAX_WAIT_MS = 5000;

export interface SlotQuery {
  serviceIds: string[];
  practitionerId: string | null;
  from: Date;
  to: Date;
}

export interface SlotOptions {
  /** Staff bookings ignore the online lead time and horizon and may use offline services. */
  staff: boolean;
  now: number;
  /** When moving a booking, its own reservations do not count as busy. */
  ignoreBookingId?: string;
  /** Everything counts as free: tells "taken" from "never offered" (hours, lead time, past). */
  ignoreBusy?: boolean;
}

export interface SlotSearchResult {
  slots: Slot[];
  services: ServiceEntity[];
  practitioners: PractitionerWithServices[];
}

export function minutesToWallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The items of a booking of these services, in order, as the slot search needs them. */
export function slotItems(services: readonly ServiceEntity[]): SlotItemSpec[] {
  return services.map((s) => ({
    serviceId: s.id,
    durationMinutes: s.durationMinutes,
    bufferBeforeMinutes: s.bufferBeforeMinutes,
    bufferAfterMinutes: s.bufferAfterMinutes,
    cabinTypeId: s.cabinTypeId,
  }));
}

/**
 * Free slots: loads rules, exceptions, holidays, cabins and — in one query — every busy interval
 * of the range, then runs the pure `computeSlots`.
 */
@Injectable()
export class AvailabilityService {
  private readonly searchGate: ConcurrencyGate;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
    private readonly settings: SettingsService,
    private readonly reservations: ReservationRepository,
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
    const from = query.from.getTime();
    const to = query.to.getTime();
    if (!(to > from)) {
      const message = 'La fin de la période doit être après son début.';
      throw new BadUserInputError(message, [
        { field: 'input.from', message },
        { field: 'input.to', message },
      ]);
    }
    if (to - from > MAX_RANGE_DAYS * DAY_MS) {
      const message = `La période demandée ne peut pas dépasser ${MAX_RANGE_DAYS} jours.`;
      throw new BadUserInputError(message, [{ field: 'input.to', message }]);
    }
    const settings = await this.settings.bookingSettings();
    const services = await this.servicesInOrder(query.serviceIds, options.staff);
    let practitioners = await this.catalog.practitioners(
      { staff: options.staff, includeInactive: false },
      query.serviceIds,
    );
    if (query.practitionerId) {
      const chosen = practitioners.filter((p) => p.practitioner.id === query.practitionerId);
      if (chosen.length === 0) {
        throw new BadUserInputError('Ce praticien ne réalise pas toutes les prestations choisies.', [
          {
            field: 'input.practitionerId',
            message: 'Ce praticien ne réalise pas toutes les prestations choisies.',
          },
        ]);
      }
      practitioners = chosen;
    }
    const items = slotItems(services);
    const spanMs = items.reduce(
      (t, i) => t + (i.durationMinutes + i.bufferBeforeMinutes + i.bufferAfterMinutes) * 60_000,
      0,
    );
    const window: Interval = { start: from - spanMs, end: to + spanMs };
    const practitionerIds = practitioners.map((p) => p.practitioner.id);
    const cabinTypeIds = [
      ...new Set(services.map((s) => s.cabinTypeId).filter((id): id is string => id !== null)),
    ];
    const cabins = cabinTypeIds.length > 0 ? await this.catalog.cabins(false) : [];
    const neededCabins = cabins.filter((c) => cabinTypeIds.includes(c.cabinTypeId));

    const working = await this.workingTime(practitionerIds, window, settings.closedOnPublicHolidays, manager);
    const busy = options.ignoreBusy
      ? { practitioners: new Map<string, Interval[]>(), cabins: new Map<string, Interval[]>() }
      : await this.reservations.busy(
          manager,
          window,
          practitionerIds,
          neededCabins.map((c) => c.id),
          options.ignoreBookingId,
        );

    const slots = computeSlots({
      items,
      practitioners: practitioners.map((p) => ({
        id: p.practitioner.id,
        position: p.practitioner.position,
        serviceIds: new Set(p.serviceIds),
        working: working.get(p.practitioner.id) ?? [],
        busy: busy.practitioners.get(p.practitioner.id) ?? [],
      })),
      practitionerId: query.practitionerId ?? null,
      cabins: neededCabins.map((c) => ({
        id: c.id,
        cabinTypeId: c.cabinTypeId,
        busy: busy.cabins.get(c.id) ?? [],
      })),
      from,
      to,
      now: options.now,
      granularityMinutes: settings.slotGranularityMinutes,
      leadTimeMinutes: options.staff ? 0 : settings.minLeadTimeMinutes,
      horizonDays: options.staff ? 3650 : settings.bookingHorizonDays,
      zone: INSTITUTE_TIME_ZONE,
    });
    return { slots, services, practitioners };
  }

  /** The services in the requested order; unknown or unavailable ones are a clear error. */
  async servicesInOrder(serviceIds: string[], staff: boolean): Promise<ServiceEntity[]> {
    if (new Set(serviceIds).size !== serviceIds.length) {
      throw new BadUserInputError(
        'Une même prestation ne peut être choisie qu’une fois par rendez-vous.',
        'input.serviceIds',
      );
    }
    const found = await this.catalog.services({ staff, includeInactive: false }, serviceIds);
    const byId = new Map(found.map((s) => [s.id, s]));
    return serviceIds.map((id) => {
      const service = byId.get(id);
      if (service === undefined)
        throw new NotFoundError('Une des prestations choisies n’est pas disponible.');
      return service;
    });
  }

  /** Working time per practitioner over a window, from weekly rules, exceptions and holidays. */
  async workingTime(
    practitionerIds: string[],
    window: Interval,
    closedOnHolidays: boolean,
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, Interval[]>> {
    const result = new Map<string, Interval[]>();
    if (practitionerIds.length === 0) return result;
    const fromDate = addDays(localDateOf(window.start, INSTITUTE_TIME_ZONE), -1);
    const toDate = addDays(localDateOf(window.end, INSTITUTE_TIME_ZONE), 1);
    const [rules, exceptions] = await Promise.all([
      manager.find(WorkingHoursEntity, { where: { practitionerId: In(practitionerIds) } }),
      manager
        .getRepository(AvailabilityExceptionEntity)
        .createQueryBuilder('e')
        .where('e.date BETWEEN :fromDate AND :toDate', { fromDate, toDate })
        .andWhere('(e.practitioner_id IS NULL OR e.practitioner_id IN (:...ids))', { ids: practitionerIds })
        .getMany(),
    ]);
    const closedDates = closedOnHolidays
      ? new Set(publicHolidaysBetween(fromDate, toDate).keys())
      : new Set<string>();
    for (const id of practitionerIds) {
      const weekly: WeeklyRule[] = rules
        .filter((r) => r.practitionerId === id)
        .map((r) => ({
          weekday: r.weekday,
          start: minutesToWallTime(r.startMinute),
          end: minutesToWallTime(r.endMinute),
        }));
      const dated: DateException[] = exceptions
        .filter((e) => e.practitionerId === null || e.practitionerId === id)
        .map((e) => ({
          date: e.date,
          kind: e.kind,
          start: e.startMinute === null ? null : minutesToWallTime(e.startMinute),
          end: e.endMinute === null ? null : minutesToWallTime(e.endMinute),
        }));
      result.set(
        id,
        workingIntervals({
          rules: weekly,
          exceptions: dated,
          from: fromDate,
          to: toDate,
          zone: INSTITUTE_TIME_ZONE,
          closedDates,
        }),
      );
    }
    return result;
  }
}
