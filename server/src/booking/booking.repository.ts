import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Interval } from '../common/time.js';
import { BookingEntity, BookingItemEntity, type BookingStatus } from './booking.entities.js';
import type { BookingsFilter } from './dto/booking.inputs.js';

/** A booking as the agenda's month view sums it up. */
export interface AgendaMonthRow {
  id: string;
  /** The Paris day it starts on. */
  day: string;
  start: Date;
  status: BookingStatus;
  clientFirstName: string;
  clientLastName: string;
  practitionerIds: string[];
  color: string | null;
}

/** A booking as `newBookingStatement` inserts it: what the create use case decides. */
export type NewBookingRow = Pick<
  BookingEntity,
  | 'id'
  | 'reference'
  | 'clientId'
  | 'clientMatch'
  | 'contactEmail'
  | 'contactPhone'
  | 'status'
  | 'source'
  | 'startsAt'
  | 'endsAt'
  | 'holdExpiresAt'
  | 'clientNote'
  | 'confirmedAt'
  | 'createdBy'
  | 'manageTokenHash'
  | 'manageTokenExpiresAt'
>;

/** An item as `newBookingStatement` inserts it (its booking is the new one). */
export type NewBookingItemRow = Omit<
  BookingItemEntity,
  'bookingId' | 'booking' | 'service' | 'practitioner' | 'cabin'
>;

/**
 * What `newBookingStatement`'s select returns: the stored booking row, its creator's name and the colour
 * of each item's service category (item order).
 */
export type NewBookingResult = BookingEntity & {
  creatorFirstName: string | null;
  creatorLastName: string | null;
  categoryColors: string[];
};

/** The booking module's reads and writes: every query on `booking` and `booking_item` goes through here. */
@Injectable()
export class BookingRepository {
  /** Bookings read with everything their views need, in one query. */
  async views(m: EntityManager, ids: string[]): Promise<BookingEntity[]> {
    if (ids.length === 0) return [];
    const rows = await m
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .innerJoinAndSelect('b.client', 'client')
      .innerJoinAndSelect('b.items', 'item')
      .innerJoinAndSelect('item.practitioner', 'practitioner')
      .innerJoinAndSelect('item.service', 'service')
      .innerJoinAndSelect('service.category', 'category')
      .leftJoinAndSelect('item.cabin', 'cabin')
      .leftJoinAndSelect('b.creator', 'creator')
      .where('b.id IN (:...ids)', { ids })
      .orderBy('b.starts_at')
      .addOrderBy('item.position')
      .getMany();
    return rows;
  }

  /** Bookings with an item overlapping the interval, optionally for some practitioners. */
  async idsOverlapping(
    m: EntityManager,
    interval: Interval,
    practitionerIds: string[] | null,
  ): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT DISTINCT b.id, b.starts_at
         FROM booking b JOIN booking_item i ON i.booking_id = b.id
        WHERE tstzrange(i.starts_at, i.ends_at) && tstzrange($1, $2)
          AND ($3::uuid[] IS NULL OR i.practitioner_id = ANY($3::uuid[]))
        ORDER BY b.starts_at`,
      [new Date(interval.start), new Date(interval.end), practitionerIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The agenda month's bookings in one statement: those starting in `interval`, with the Paris day they
   * start on, the client's first name and last initial, their items' practitioners (in order) and the
   * first item's category colour; cancelled ones included. `practitionerIds` keeps those with an item
   * of one of them.
   */
  async monthSummaries(
    m: EntityManager,
    interval: Interval,
    timeZone: string,
    practitionerIds: string[] | null,
  ): Promise<AgendaMonthRow[]> {
    const rows: {
      id: string;
      day: string;
      starts_at: Date;
      status: BookingStatus;
      first_name: string;
      last_name: string;
      practitioner_ids: string[];
      color: string | null;
    }[] = await m.query(
      `SELECT b.id, to_char(b.starts_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day, b.starts_at, b.status,
              c.first_name, c.last_name, i.practitioner_ids, i.color
         FROM booking b
         JOIN client c ON c.id = b.client_id
         JOIN LATERAL (
                SELECT array_agg(bi.practitioner_id ORDER BY bi.position) AS practitioner_ids,
                       (array_agg(sc.color ORDER BY bi.position))[1] AS color
                  FROM booking_item bi
                  JOIN service s ON s.id = bi.service_id
                  LEFT JOIN service_category sc ON sc.id = s.category_id
                 WHERE bi.booking_id = b.id
              ) i ON i.practitioner_ids IS NOT NULL
        WHERE b.starts_at >= $1 AND b.starts_at < $2
          AND ($4::uuid[] IS NULL OR i.practitioner_ids && $4::uuid[])
        ORDER BY b.starts_at, b.id`,
      [new Date(interval.start), new Date(interval.end), timeZone, practitionerIds],
    );
    return rows.map((r) => ({
      id: r.id,
      day: r.day,
      start: r.starts_at,
      status: r.status,
      clientFirstName: r.first_name,
      clientLastName: r.last_name,
      practitionerIds: r.practitioner_ids,
      color: r.color,
    }));
  }

  async search(m: EntityManager, filter: BookingsFilter): Promise<{ ids: string[]; total: number }> {
    const qb = m.getRepository(BookingEntity).createQueryBuilder('b').select('b.id', 'id');
    if (filter.from) qb.andWhere('b.ends_at > :from', { from: filter.from });
    if (filter.to) qb.andWhere('b.starts_at < :to', { to: filter.to });
    if (filter.statuses?.length) qb.andWhere('b.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.clientId) qb.andWhere('b.client_id = :clientId', { clientId: filter.clientId });
    if (filter.practitionerId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM booking_item i WHERE i.booking_id = b.id AND i.practitioner_id = :p)',
        {
          p: filter.practitionerId,
        },
      );
    }
    const total = await qb.clone().getCount();
    const rows: { id: string }[] = await qb
      .orderBy('b.starts_at', 'DESC')
      .offset(filter.page?.offset ?? 0)
      .limit(filter.page?.limit ?? 50)
      .getRawMany();
    return { ids: rows.map((r) => r.id), total };
  }

  /** The booking whose manage link has this hash and has not expired at `now`. */
  async idForManageTokenHash(m: EntityManager, hash: Buffer, now: number): Promise<string | null> {
    const rows: { id: string }[] = await m.query(
      'SELECT id FROM booking WHERE manage_token_hash = $1 AND manage_token_expires_at > $2',
      [hash, new Date(now)],
    );
    return rows[0]?.id ?? null;
  }

  findById(m: EntityManager, id: string): Promise<BookingEntity | null> {
    return m.getRepository(BookingEntity).findOneBy({ id });
  }

  /** The booking with its items (unordered: sort them by `position`). */
  findWithItems(m: EntityManager, id: string): Promise<BookingEntity | null> {
    return m.getRepository(BookingEntity).findOne({ where: { id }, relations: { items: true } });
  }

  /** The booking row, locked until the end of the transaction (`SELECT … FOR UPDATE`). */
  lock(m: EntityManager, id: string): Promise<BookingEntity | null> {
    return m.findOne(BookingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * A new booking and its items as data-modifying CTEs (`new_booking`, `new_items`) for a statement that
   * also writes what points to them (the reservations), and the select list of what it returns: the
   * booking row as stored (defaults included) and its creator's name. Ids come from the caller.
   */
  newBookingStatement(
    m: EntityManager,
    b: NewBookingRow,
    items: NewBookingItemRow[],
  ): { ctes: string; params: unknown[]; select: string } {
    const columns = m.connection
      .getMetadata(BookingEntity)
      .columns.map((c) => `nb.${c.databaseName} AS "${c.propertyName}"`)
      .join(', ');
    const col = <K extends keyof NewBookingItemRow>(key: K) => items.map((i) => i[key]);
    return {
      ctes: `new_booking AS (
         INSERT INTO booking (id, reference, client_id, client_match, contact_email, contact_phone, status,
                              source, starts_at, ends_at, hold_expires_at, client_note, confirmed_at,
                              created_by, manage_token_hash, manage_token_expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING *),
       new_items AS (
         INSERT INTO booking_item (id, booking_id, position, service_id, practitioner_id, cabin_id, starts_at,
                                   ends_at, service_name, duration_minutes, price_cents, vat_rate_bp,
                                   buffer_before_minutes, buffer_after_minutes)
         SELECT i.id, nb.id, i.position, i.service_id, i.practitioner_id, i.cabin_id, i.starts_at, i.ends_at,
                i.service_name, i.duration_minutes, i.price_cents, i.vat_rate_bp, i.buffer_before,
                i.buffer_after
           FROM new_booking nb,
                unnest($17::uuid[], $18::smallint[], $19::uuid[], $20::uuid[], $21::uuid[],
                       $22::timestamptz[], $23::timestamptz[], $24::text[], $25::int[], $26::int[],
                       $27::int[], $28::int[], $29::int[])
                  AS i(id, position, service_id, practitioner_id, cabin_id, starts_at, ends_at, service_name,
                       duration_minutes, price_cents, vat_rate_bp, buffer_before, buffer_after)
         RETURNING id)`,
      params: [
        b.id,
        b.reference,
        b.clientId,
        b.clientMatch,
        b.contactEmail,
        b.contactPhone,
        b.status,
        b.source,
        b.startsAt,
        b.endsAt,
        b.holdExpiresAt,
        b.clientNote,
        b.confirmedAt,
        b.createdBy,
        b.manageTokenHash,
        b.manageTokenExpiresAt,
        col('id'),
        col('position'),
        col('serviceId'),
        col('practitionerId'),
        col('cabinId'),
        col('startsAt'),
        col('endsAt'),
        col('serviceName'),
        col('durationMinutes'),
        col('priceCents'),
        col('vatRateBp'),
        col('bufferBeforeMinutes'),
        col('bufferAfterMinutes'),
      ],
      select: `${columns}, u.first_name AS "creatorFirstName", u.last_name AS "creatorLastName",
         ARRAY(SELECT sc.color FROM unnest($19::uuid[]) WITH ORDINALITY AS s(id, n)
                 JOIN service sv ON sv.id = s.id JOIN service_category sc ON sc.id = sv.category_id
                ORDER BY s.n) AS "categoryColors"
         FROM new_booking nb LEFT JOIN app_user u ON u.id = nb.created_by`,
    };
  }

  insert(m: EntityManager, fields: Partial<BookingEntity>): Promise<BookingEntity> {
    return m.save(m.create(BookingEntity, fields));
  }

  async update(m: EntityManager, id: string, changes: QueryDeepPartialEntity<BookingEntity>): Promise<void> {
    await m.update(BookingEntity, { id }, changes);
  }

  insertItem(m: EntityManager, fields: Partial<BookingItemEntity>): Promise<BookingItemEntity> {
    return m.save(m.create(BookingItemEntity, fields));
  }

  async updateItem(m: EntityManager, id: string, changes: Partial<BookingItemEntity>): Promise<void> {
    await m.update(BookingItemEntity, { id }, changes);
  }
}
