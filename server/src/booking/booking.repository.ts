import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Interval } from '../common/time.js';
import { BookingEntity, BookingItemEntity } from './booking.entities.js';
import type { BookingsFilter } from './dto/booking.inputs.js';

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
