import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { violatedConstraint } from '../common/db-errors.js';
import { normalizeIntervals, type Interval } from '../common/time.js';
import { ReservationEntity } from './availability.entities.js';

export interface NewReservation {
  practitionerId: string | null;
  cabinId: string | null;
  start: Date;
  end: Date;
  bookingItemId?: string;
  blockedSlotId?: string;
}

/** Thrown when PostgreSQL's exclusion constraint refuses a reservation: the time is taken. */
export class SlotTakenError extends Error {
  constructor(readonly resource: 'practitioner' | 'cabin') {
    super(`reservation overlaps another one (${resource})`);
    this.name = 'SlotTakenError';
  }
}

/** The only place that reads and writes the `reservation` table (busy time). */
@Injectable()
export class ReservationRepository {
  /**
   * Every busy interval touching the window, for these practitioners and cabins, in ONE query:
   * booking items (buffers included) and blocked slots alike.
   */
  async busy(
    m: EntityManager,
    window: Interval,
    practitionerIds: string[],
    cabinIds: string[],
    ignoreBookingId?: string,
  ): Promise<{ practitioners: Map<string, Interval[]>; cabins: Map<string, Interval[]> }> {
    const rows: {
      practitioner_id: string | null;
      cabin_id: string | null;
      starts_at: Date;
      ends_at: Date;
    }[] = await m.query(
      `SELECT r.practitioner_id, r.cabin_id, r.starts_at, r.ends_at
           FROM reservation r
          WHERE tstzrange(r.starts_at, r.ends_at) && tstzrange($1, $2)
            AND (r.practitioner_id = ANY($3::uuid[]) OR r.cabin_id = ANY($4::uuid[]))
            AND ($5::uuid IS NULL OR r.booking_item_id IS NULL
                 OR r.booking_item_id NOT IN (SELECT id FROM booking_item WHERE booking_id = $5::uuid))`,
      [new Date(window.start), new Date(window.end), practitionerIds, cabinIds, ignoreBookingId ?? null],
    );
    const practitioners = new Map<string, Interval[]>();
    const cabins = new Map<string, Interval[]>();
    const push = (map: Map<string, Interval[]>, key: string, interval: Interval) => {
      const list = map.get(key);
      if (list) list.push(interval);
      else map.set(key, [interval]);
    };
    for (const row of rows) {
      const interval = { start: row.starts_at.getTime(), end: row.ends_at.getTime() };
      if (row.practitioner_id !== null) push(practitioners, row.practitioner_id, interval);
      if (row.cabin_id !== null) push(cabins, row.cabin_id, interval);
    }
    for (const map of [practitioners, cabins])
      for (const [key, list] of map) map.set(key, normalizeIntervals(list));
    return { practitioners, cabins };
  }

  /** Inserts reservations; a clash with existing ones raises SlotTakenError (nothing is written). */
  async reserve(m: EntityManager, reservations: NewReservation[]): Promise<void> {
    if (reservations.length === 0) return;
    try {
      await m.insert(
        ReservationEntity,
        reservations.map((r) => ({
          practitionerId: r.practitionerId,
          cabinId: r.cabinId,
          startsAt: r.start,
          endsAt: r.end,
          bookingItemId: r.bookingItemId ?? null,
          blockedSlotId: r.blockedSlotId ?? null,
        })),
      );
    } catch (error) {
      const constraint = violatedConstraint(error, 'exclusion');
      if (constraint !== undefined) {
        throw new SlotTakenError(constraint === 'ex_reservation_cabin' ? 'cabin' : 'practitioner');
      }
      // Two inserts racing for the same free time wait on each other inside the exclusion
      // constraint; PostgreSQL breaks the tie by aborting one with a deadlock (40P01). For that
      // caller the outcome is the same: someone else got the slot.
      if (violatedConstraint(error, 'deadlock') !== undefined) throw new SlotTakenError('practitioner');
      throw error;
    }
  }

  async releaseBooking(m: EntityManager, bookingId: string): Promise<void> {
    await m.query(
      'DELETE FROM reservation WHERE booking_item_id IN (SELECT id FROM booking_item WHERE booking_id = $1)',
      [bookingId],
    );
  }
}
