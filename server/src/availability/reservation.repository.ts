import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { violatedConstraint } from '../common/db-errors.js';
import type { Interval } from '../common/time.js';
import { ReservationEntity } from './availability.entities.js';
import { busyTimeIn, type BusyRow, type BusyTime } from './domain/busy-time.js';

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
   * booking items (buffers included) and blocked slots alike. Instants come back as epoch
   * milliseconds (floats, exact below 2^53): no `Date` is built per row.
   */
  async busyRows(
    m: EntityManager,
    window: Interval,
    practitionerIds: string[],
    cabinIds: string[],
    ignoreBookingId?: string,
  ): Promise<BusyRow[]> {
    const rows: { p: string | null; c: string | null; s: number; e: number }[] = await m.query(
      `SELECT r.practitioner_id AS p, r.cabin_id AS c,
              (extract(epoch FROM r.starts_at) * 1000)::float8 AS s,
              (extract(epoch FROM r.ends_at) * 1000)::float8 AS e
           FROM reservation r
          WHERE tstzrange(r.starts_at, r.ends_at) && tstzrange($1, $2)
            AND (r.practitioner_id = ANY($3::uuid[]) OR r.cabin_id = ANY($4::uuid[]))
            AND ($5::uuid IS NULL OR r.booking_item_id IS NULL
                 OR r.booking_item_id NOT IN (SELECT id FROM booking_item WHERE booking_id = $5::uuid))`,
      [new Date(window.start), new Date(window.end), practitionerIds, cabinIds, ignoreBookingId ?? null],
    );
    return rows.map((r) => ({ practitionerId: r.p, cabinId: r.c, start: r.s, end: r.e }));
  }

  /** Busy intervals per practitioner and cabin over the window (normalised). */
  async busy(
    m: EntityManager,
    window: Interval,
    practitionerIds: string[],
    cabinIds: string[],
    ignoreBookingId?: string,
  ): Promise<BusyTime> {
    return busyTimeIn(await this.busyRows(m, window, practitionerIds, cabinIds, ignoreBookingId), window);
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

  /**
   * Inserts reservations in the same statement as the rows they point to: `along` is data-modifying
   * CTEs (e.g. a booking and its items; foreign keys are checked at the end of the statement) and the
   * select list of the row the statement returns (it may name those CTEs). `ON CONFLICT DO NOTHING`:
   * a clash writes no reservation and raises SlotTakenError, and the caller's transaction rolls the
   * rest back. Unlike a plain INSERT, two attempts at the same free time never wait for each other
   * until the deadlock detector aborts one: PostgreSQL's speculative insertion waits only for a
   * conflicting transaction in progress to end, then sees the conflict (or not) and moves on.
   */
  async reserveAlong<T>(
    m: EntityManager,
    along: { ctes: string; params: unknown[]; select: string },
    reservations: NewReservation[],
  ): Promise<T> {
    const n = along.params.length;
    const rows: (T & { reservedCount: number })[] = await m.query(
      `WITH ${along.ctes},
       reserved AS (
         INSERT INTO reservation (practitioner_id, cabin_id, starts_at, ends_at, booking_item_id, blocked_slot_id)
         SELECT * FROM unnest($${n + 1}::uuid[], $${n + 2}::uuid[], $${n + 3}::timestamptz[],
                              $${n + 4}::timestamptz[], $${n + 5}::uuid[], $${n + 6}::uuid[])
         ON CONFLICT DO NOTHING RETURNING 1)
       SELECT (SELECT count(*) FROM reserved)::int AS "reservedCount", ${along.select}`,
      [
        ...along.params,
        reservations.map((r) => r.practitionerId),
        reservations.map((r) => r.cabinId),
        reservations.map((r) => r.start),
        reservations.map((r) => r.end),
        reservations.map((r) => r.bookingItemId ?? null),
        reservations.map((r) => r.blockedSlotId ?? null),
      ],
    );
    const { reservedCount, ...row } = rows[0];
    if (reservedCount !== reservations.length) throw new SlotTakenError('practitioner');
    return row as T;
  }

  async releaseBooking(m: EntityManager, bookingId: string): Promise<void> {
    await m.query(
      'DELETE FROM reservation WHERE booking_item_id IN (SELECT id FROM booking_item WHERE booking_id = $1)',
      [bookingId],
    );
  }
}
