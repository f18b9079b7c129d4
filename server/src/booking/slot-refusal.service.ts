import { Injectable } from '@nestjs/common';
import {
  AvailabilityService,
  nearestSlots,
  type Slot,
  type SlotSearchResult,
  type StartCheck,
} from '../availability/index.js';
import { ConflictError } from '../common/errors.js';

const ALTERNATIVES = 6;
const DAY_MS = 24 * 3600_000;

const SLOT_GONE = 'Ce créneau n’est plus disponible. Voici les créneaux libres les plus proches.';
const SLOT_NOT_OFFERED =
  'Ce créneau n’est pas proposé : il est en dehors des horaires, déjà passé ou trop proche. Voici les créneaux libres les plus proches.';
const SLOT_JUST_TAKEN = 'Ce créneau vient d’être réservé. Voici les créneaux libres les plus proches.';

export interface Caller {
  userId: string | null;
  staff: boolean;
}

export interface Alternative {
  start: string;
  end: string;
  practitionerId: string;
  practitionerName: string;
}

/** A request for a start: these services, with this practitioner (or anyone), by this caller. */
export interface SlotRequest {
  serviceIds: string[];
  practitionerId: string | null;
  start: Date;
  caller: Caller;
  /** A booking being moved: its own time is not busy. */
  ignoreBookingId?: string;
}

/** The CONFLICT a booking or a move gets when its start is not free, with the nearest free slots. */
@Injectable()
export class SlotRefusalService {
  constructor(private readonly availability: AvailabilityService) {}

  /**
   * One search for the requested start: its free slot, or (when there is none) whether it is taken
   * or never offered and the free slots around it.
   */
  check(request: SlotRequest, now: number): Promise<StartCheck> {
    const { serviceIds, practitionerId, start, caller, ignoreBookingId } = request;
    return this.availability.checkStart(
      { serviceIds, practitionerId, start },
      ignoreBookingId === undefined
        ? { staff: caller.staff, now }
        : { staff: caller.staff, now, ignoreBookingId },
    );
  }

  /** The pre-check found no slot: taken by someone (it would be offered on an empty agenda) or never offered. */
  notFree(check: Extract<StartCheck, { slot: undefined }>, target: Date): ConflictError {
    return new ConflictError(check.taken ? SLOT_GONE : SLOT_NOT_OFFERED, {
      alternatives: alternativesAround(check.alternatives, check.practitioners, target),
    });
  }

  /** The exclusion constraint refused the reservation: someone booked it between the check and the insert. */
  justTaken(request: SlotRequest, now: number): Promise<ConflictError> {
    return this.withAlternatives(SLOT_JUST_TAKEN, request, now);
  }

  private async withAlternatives(message: string, request: SlotRequest, now: number): Promise<ConflictError> {
    const { serviceIds, practitionerId, start: target, caller, ignoreBookingId } = request;
    let found: SlotSearchResult | undefined;
    try {
      found = await this.availability.findSlots(
        {
          serviceIds,
          practitionerId,
          from: new Date(Math.max(now, target.getTime() - 3 * DAY_MS)),
          to: new Date(target.getTime() + 4 * DAY_MS),
        },
        { staff: caller.staff, now, ignoreBookingId },
      );
    } catch {
      found = undefined;
    }
    const alternatives = alternativesAround(found?.slots ?? [], found?.practitioners ?? [], target);
    return new ConflictError(message, { alternatives });
  }
}

/** The nearest free slots to `target`, as a CONFLICT carries them. */
function alternativesAround(
  slots: Slot[],
  practitioners: SlotSearchResult['practitioners'],
  target: Date,
): Alternative[] {
  const names = new Map(practitioners.map((p) => [p.practitioner.id, p.practitioner.displayName]));
  return nearestSlots(slots, target.getTime(), ALTERNATIVES).map((s) => ({
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
    practitionerId: s.practitionerId,
    practitionerName: names.get(s.practitionerId) ?? '',
  }));
}
