import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReservationRepository, occupiedPeriods, type NewReservation } from '../availability/index.js';
import type { BookingItemEntity } from './booking.entities.js';

/** What `occupiedPeriods` needs of each item, in booking order: duration and buffers. */
export type ItemSpec = Parameters<typeof occupiedPeriods>[0][number];

/** Where an item was placed: the row its reservation points to, and what it takes. */
export interface PlacedItem {
  bookingItemId: string;
  practitionerId: string;
  cabinId: string | null;
}

/**
 * The reservation rows of a booking whose items (in order, back to back) start at `start`: each item's
 * occupied period as `occupiedPeriods` computes it (the first item's buffer before, the last one's after).
 */
export function itemReservations(
  specs: readonly ItemSpec[],
  start: number,
  placed: readonly PlacedItem[],
): NewReservation[] {
  if (specs.length !== placed.length) throw new RangeError('one placement per item is needed');
  return occupiedPeriods(specs, start).map((period, index) => ({
    practitionerId: placed[index].practitionerId,
    cabinId: placed[index].cabinId,
    start: new Date(period.occupied.start),
    end: new Date(period.occupied.end),
    bookingItemId: placed[index].bookingItemId,
  }));
}

/**
 * A stored booking's items as `occupiedPeriods` takes them, in position order: the time each item holds
 * (its end minus its start, which a move may have set from a changed catalogue duration) and the buffers
 * it was made with. The cabin is already chosen, so no cabin type is needed.
 */
export function storedItemSpecs(items: readonly BookingItemEntity[]): ItemSpec[] {
  return items.map((item) => ({
    serviceId: item.serviceId,
    durationMinutes: (item.endsAt.getTime() - item.startsAt.getTime()) / 60_000,
    bufferBeforeMinutes: item.bufferBeforeMinutes,
    bufferAfterMinutes: item.bufferAfterMinutes,
    cabinTypeId: null,
  }));
}

/** Takes a booking's time in the `reservation` table: the one way create, reschedule and re-confirm reserve. */
@Injectable()
export class BookingReservations {
  constructor(private readonly reservations: ReservationRepository) {}

  /** Inserts the items' reservations; a clash raises SlotTakenError and writes nothing. */
  reserve(
    m: EntityManager,
    specs: readonly ItemSpec[],
    start: number,
    placed: readonly PlacedItem[],
  ): Promise<void> {
    return this.reservations.reserve(m, itemReservations(specs, start, placed));
  }

  /** Inserts the items' reservations in the statement that writes `along` (see ReservationRepository.reserveAlong). */
  reserveAlong<T>(
    m: EntityManager,
    along: { ctes: string; params: unknown[]; select: string },
    specs: readonly ItemSpec[],
    start: number,
    placed: readonly PlacedItem[],
  ): Promise<T> {
    return this.reservations.reserveAlong<T>(m, along, itemReservations(specs, start, placed));
  }

  release(m: EntityManager, bookingId: string): Promise<void> {
    return this.reservations.releaseBooking(m, bookingId);
  }
}
