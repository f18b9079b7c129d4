/**
 * The booking flow's state, kept in the address (`/reserver?etape=date&prestations=…`) so that a
 * reload or the back button lands on the same step with the same choices. Pure functions.
 */
import { BOOKING_PARAMS as P } from '../../shared/site';
import { DATE_KEY, MONTH_KEY } from '@serenaia/shared/paris-time';

export const STEPS = ['prestations', 'praticien', 'date', 'coordonnees'] as const;
export type StepId = (typeof STEPS)[number];

/** Services per online booking, performed back to back (the API accepts 1 to 5). */
export const MAX_SERVICES = 5;

/** `praticien=sans-preference`: any practitioner. */
export const ANY_PRACTITIONER = 'sans-preference';

export interface ChosenSlot {
  /** UTC ISO instant. */
  start: string;
  /** Who the slot goes to (with "Sans préférence", the one the search proposed). */
  practitionerId: string;
}

export interface BookingState {
  /** The step asked for in the address (see `reachableStep` for the one that can be shown). */
  step: StepId;
  /** In the order chosen, at most MAX_SERVICES, no duplicates. */
  serviceIds: string[];
  /** `undefined`: not chosen yet; `null`: "Sans préférence". */
  practitionerId: string | null | undefined;
  /** `YYYY-MM` shown by the calendar. */
  month: string | null;
  /** `YYYY-MM-DD` chosen in the calendar. */
  day: string | null;
  slot: ChosenSlot | null;
  /** Category to open first (links from the home page). */
  categoryId: string | null;
}

export const EMPTY_STATE: BookingState = {
  step: 'prestations',
  serviceIds: [],
  practitionerId: undefined,
  month: null,
  day: null,
  slot: null,
  categoryId: null,
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function id(value: string | null): string | null {
  return value !== null && ID.test(value) ? value : null;
}

function isStep(value: string | null): value is StepId {
  return value !== null && (STEPS as readonly string[]).includes(value);
}

function isoInstant(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Reads the state from the query string; anything malformed is dropped, never thrown. */
export function parseBookingState(params: URLSearchParams): BookingState {
  const serviceIds: string[] = [];
  for (const raw of (params.get(P.services) ?? '').split(',')) {
    const serviceId = id(raw.trim());
    if (serviceId !== null && !serviceIds.includes(serviceId) && serviceIds.length < MAX_SERVICES) {
      serviceIds.push(serviceId);
    }
  }
  const practitioner = params.get(P.practitioner);
  const month = params.get(P.month);
  const day = params.get(P.day);
  const start = isoInstant(params.get(P.start));
  const slotPractitioner = id(params.get(P.slotPractitioner));
  const step = params.get(P.step);
  return {
    step: isStep(step) ? step : 'prestations',
    serviceIds,
    practitionerId: practitioner === ANY_PRACTITIONER ? null : (id(practitioner) ?? undefined),
    month: month !== null && MONTH_KEY.test(month) ? month : null,
    day: day !== null && DATE_KEY.test(day) ? day : null,
    slot: start !== null && slotPractitioner !== null ? { start, practitionerId: slotPractitioner } : null,
    categoryId: id(params.get(P.category)),
  };
}

/** The query string of a state (without `?`), parameters in a stable order. */
export function serializeBookingState(state: BookingState): string {
  const params = new URLSearchParams();
  if (state.step !== 'prestations') params.set(P.step, state.step);
  if (state.serviceIds.length > 0) params.set(P.services, state.serviceIds.join(','));
  if (state.practitionerId !== undefined) {
    params.set(P.practitioner, state.practitionerId === null ? ANY_PRACTITIONER : state.practitionerId);
  }
  if (state.month !== null) params.set(P.month, state.month);
  if (state.day !== null) params.set(P.day, state.day);
  if (state.slot !== null) {
    params.set(P.start, state.slot.start);
    params.set(P.slotPractitioner, state.slot.practitionerId);
  }
  if (state.categoryId !== null) params.set(P.category, state.categoryId);
  // Commas and colons are fine in a query string: keep the address readable.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/**
 * The step that can actually be shown: the one asked for, or the first earlier step whose choice is
 * missing (an address typed by hand, a service no longer bookable online…).
 */
export function reachableStep(state: BookingState): StepId {
  const wanted = STEPS.indexOf(state.step);
  if (wanted >= 1 && state.serviceIds.length === 0) return 'prestations';
  if (wanted >= 2 && state.practitionerId === undefined) return 'praticien';
  if (wanted >= 3 && state.slot === null) return 'date';
  return state.step;
}

/** Adds or removes a service; the chosen time no longer fits the new selection. */
export function toggleService(state: BookingState, serviceId: string): BookingState {
  const chosen = state.serviceIds.includes(serviceId);
  if (!chosen && state.serviceIds.length >= MAX_SERVICES) return state;
  return {
    ...state,
    serviceIds: chosen ? state.serviceIds.filter((s) => s !== serviceId) : [...state.serviceIds, serviceId],
    slot: null,
  };
}

/** The state one step back (what "Retour" shows when there is no history entry to go back to). */
export function previousStep(step: StepId): StepId | null {
  const index = STEPS.indexOf(step);
  return index > 0 ? (STEPS[index - 1] ?? null) : null;
}
