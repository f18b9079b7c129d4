import type { PractitionerWithServices, ServiceEntity } from '../catalog/index.js';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import {
  INSTITUTE_TIME_ZONE,
  addDays,
  localDateOf,
  publicHolidaysBetween,
  type Interval,
} from '../common/time.js';
import type { AvailabilityExceptionEntity, WorkingHoursEntity } from './availability.entities.js';
import type { AvailabilitySnapshot } from './availability-cache.js';
import { busyTimeIn, type BusyRow } from './domain/busy-time.js';
import { computeSlots, type Slot } from './domain/compute-slots.js';
import type { SlotItemSpec } from './domain/occupied-periods.js';
import { workingIntervals, type DateException, type WeeklyRule } from './domain/working-hours.js';

/** A month in Paris time (31 days, one more hour when the clocks go back) fits. */
export const MAX_RANGE_DAYS = 32;
const DAY_MS = 24 * 3600 * 1000;

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

/** What one search works on, once the services and practitioners are known. */
export interface SearchPlan {
  query: SlotQuery;
  services: ServiceEntity[];
  practitioners: PractitionerWithServices[];
  items: SlotItemSpec[];
  /** The query's range widened by the booking's whole span on both sides: what busy time to read. */
  window: Interval;
  practitionerIds: string[];
  cabinIds: string[];
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

export function isValidRange(from: number, to: number): boolean {
  return to > from && to - from <= MAX_RANGE_DAYS * DAY_MS;
}

export function checkRange(from: number, to: number): void {
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
}

/** The services in the requested order; unknown or unavailable ones are a clear error. */
export function servicesInOrder(
  snapshot: AvailabilitySnapshot,
  serviceIds: string[],
  staff: boolean,
): ServiceEntity[] {
  if (new Set(serviceIds).size !== serviceIds.length) {
    throw new BadUserInputError(
      'Une même prestation ne peut être choisie qu’une fois par rendez-vous.',
      'input.serviceIds',
    );
  }
  return serviceIds.map((id) => {
    const service = snapshot.servicesById.get(id);
    if (service === undefined || (!staff && !service.onlineBookable))
      throw new NotFoundError('Une des prestations choisies n’est pas disponible.');
    return service;
  });
}

/** Services, practitioners and the busy-time window of a search, with the errors a bad request gets. */
export function planSearch(
  snapshot: AvailabilitySnapshot,
  query: SlotQuery,
  options: SlotOptions,
): SearchPlan {
  const services = servicesInOrder(snapshot, query.serviceIds, options.staff);
  let practitioners = snapshot.practitioners.filter((p) =>
    query.serviceIds.every((id) => p.serviceIds.includes(id)),
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
  const cabinTypeIds = new Set(services.map((s) => s.cabinTypeId).filter((id): id is string => id !== null));
  return {
    query,
    services,
    practitioners,
    items,
    window: { start: query.from.getTime() - spanMs, end: query.to.getTime() + spanMs },
    practitionerIds: practitioners.map((p) => p.practitioner.id),
    cabinIds:
      cabinTypeIds.size > 0
        ? snapshot.cabins.filter((c) => cabinTypeIds.has(c.cabinTypeId)).map((c) => c.id)
        : [],
  };
}

/** The free slots of a planned search, from the cached tables and busy rows read over (at least) its window. */
export function searchWith(
  snapshot: AvailabilitySnapshot,
  plan: SearchPlan,
  options: SlotOptions,
  rows: readonly BusyRow[],
): { slots: Slot[]; services: ServiceEntity[]; practitioners: PractitionerWithServices[] } {
  const settings = snapshot.settings;
  const working = workingTimeOf(
    plan.practitionerIds,
    plan.window,
    settings.closedOnPublicHolidays,
    (id) => snapshot.workingHours.get(id) ?? [],
    (fromDate, toDate) => snapshot.exceptions.filter((e) => e.date >= fromDate && e.date <= toDate),
  );
  const busy = busyTimeIn(options.ignoreBusy ? [] : rows, plan.window);
  const cabinsById = new Map(snapshot.cabins.map((c) => [c.id, c]));
  const slots = computeSlots({
    items: plan.items,
    practitioners: plan.practitioners.map((p) => ({
      id: p.practitioner.id,
      position: p.practitioner.position,
      serviceIds: new Set(p.serviceIds),
      working: working.get(p.practitioner.id) ?? [],
      busy: busy.practitioners.get(p.practitioner.id) ?? [],
    })),
    practitionerId: plan.query.practitionerId ?? null,
    cabins: plan.cabinIds.map((id) => ({
      id,
      cabinTypeId: cabinsById.get(id)?.cabinTypeId ?? '',
      busy: busy.cabins.get(id) ?? [],
    })),
    from: plan.query.from.getTime(),
    to: plan.query.to.getTime(),
    now: options.now,
    granularityMinutes: settings.slotGranularityMinutes,
    leadTimeMinutes: options.staff ? 0 : settings.minLeadTimeMinutes,
    horizonDays: options.staff ? 3650 : settings.bookingHorizonDays,
    zone: INSTITUTE_TIME_ZONE,
  });
  return { slots, services: plan.services, practitioners: plan.practitioners };
}

/** The local dates whose rules and exceptions a window needs (one more day on each side). */
export function workingDates(window: Interval): { fromDate: string; toDate: string } {
  return {
    fromDate: addDays(localDateOf(window.start, INSTITUTE_TIME_ZONE), -1),
    toDate: addDays(localDateOf(window.end, INSTITUTE_TIME_ZONE), 1),
  };
}

/** Working time per practitioner over a window, from weekly rules, exceptions and holidays. */
export function workingTimeOf(
  practitionerIds: string[],
  window: Interval,
  closedOnHolidays: boolean,
  rulesOf: (practitionerId: string) => readonly WorkingHoursEntity[],
  exceptionsBetween: (fromDate: string, toDate: string) => readonly AvailabilityExceptionEntity[],
): Map<string, Interval[]> {
  const result = new Map<string, Interval[]>();
  if (practitionerIds.length === 0) return result;
  const { fromDate, toDate } = workingDates(window);
  const exceptions = exceptionsBetween(fromDate, toDate);
  const closedDates = closedOnHolidays
    ? new Set(publicHolidaysBetween(fromDate, toDate).keys())
    : new Set<string>();
  for (const id of practitionerIds) {
    const weekly: WeeklyRule[] = rulesOf(id).map((r) => ({
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
