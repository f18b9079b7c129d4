import { Injectable } from '@nestjs/common';
import { AvailabilityService, nearestSlots, type SlotSearchResult } from '../availability/index.js';
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

  /** The slot search for the one requested start. */
  searchAt(request: SlotRequest, now: number): Promise<SlotSearchResult> {
    const { serviceIds, practitionerId, start, caller, ignoreBookingId } = request;
    return this.availability.findSlots(
      { serviceIds, practitionerId, from: start, to: new Date(start.getTime() + 1) },
      ignoreBookingId === undefined
        ? { staff: caller.staff, now }
        : { staff: caller.staff, now, ignoreBookingId },
    );
  }

  /** The pre-check found no slot: taken by someone (it would be offered on an empty agenda) or never offered. */
  async notFree(request: SlotRequest, now: number): Promise<ConflictError> {
    const { serviceIds, practitionerId, start, caller } = request;
    const empty = await this.availability.findSlots(
      { serviceIds, practitionerId, from: start, to: new Date(start.getTime() + 1) },
      { staff: caller.staff, now, ignoreBusy: true },
    );
    const message = empty.slots.some((s) => s.start === start.getTime()) ? SLOT_GONE : SLOT_NOT_OFFERED;
    return this.withAlternatives(message, request, now);
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
    const names = new Map(
      found?.practitioners.map((p) => [p.practitioner.id, p.practitioner.displayName]) ?? [],
    );
    const alternatives: Alternative[] = nearestSlots(found?.slots ?? [], target.getTime(), ALTERNATIVES).map(
      (s) => ({
        start: new Date(s.start).toISOString(),
        end: new Date(s.end).toISOString(),
        practitionerId: s.practitionerId,
        practitionerName: names.get(s.practitionerId) ?? '',
      }),
    );
    return new ConflictError(message, { alternatives });
  }
}
