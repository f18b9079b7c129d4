import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryDeepPartialEntity } from 'typeorm';
import {
  NotificationEntity,
  NotificationSettingsEntity,
  type NotificationChannel,
  type NotificationStatus,
  type NotificationTemplate,
  type TemplateSwitches,
} from './notification.entities.js';

/** A notification as the planners insert it (its id is generated in Node). */
export type NewNotificationRow = QueryDeepPartialEntity<NotificationEntity> & { id: string };

/** The log's filters, as `NotificationAdminService.list` passes them (GraphQL may pass an explicit null). */
export interface NotificationLogFilter {
  bookingId?: string;
  clientId?: string;
  status?: NotificationStatus;
  channel?: NotificationChannel;
  template?: NotificationTemplate;
  from?: Date | null;
  to?: Date | null;
}

/** What a send attempt records on its notification. */
export type NotificationOutcome = Pick<
  QueryDeepPartialEntity<NotificationEntity>,
  'status' | 'sentAt' | 'providerMessageId' | 'lastError' | 'scheduledFor'
>;

/**
 * The notification module's own tables: every query on `notification` and `notification_settings`
 * goes through here. The reads of other modules' tables (bookings, clients, the institute…) that
 * planning and rendering need are in `MessageSourceRepository`.
 */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts a notification unless one has its dedupe key already. True if it was written. */
  async insert(m: EntityManager, row: NewNotificationRow): Promise<boolean> {
    const inserted = await m
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(row)
      .orIgnore()
      .returning('id')
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /**
   * The statement inserting these notifications (duplicates left out, their ids returned), for
   * `OutboxService.enqueueAlong` to run with their jobs.
   */
  insertStatement(m: EntityManager, rows: NewNotificationRow[]): { sql: string; params: unknown[] } {
    const [sql, params] = m
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(rows)
      .orIgnore()
      .returning('id')
      .getQueryAndParameters();
    return { sql, params };
  }

  /** A notification with its booking and the booking's client (as the log shows it). */
  withBooking(m: EntityManager, id: string): Promise<NotificationEntity> {
    return m.findOneOrFail(NotificationEntity, { where: { id }, relations: { booking: { client: true } } });
  }

  byId(id: string): Promise<NotificationEntity | null> {
    return this.db.getRepository(NotificationEntity).findOneBy({ id });
  }

  /** The latest message of this template about this subject (a product, an order, a gift card…). */
  latestAbout(subjectId: string, template: NotificationTemplate): Promise<NotificationEntity | null> {
    return this.db
      .getRepository(NotificationEntity)
      .findOne({ where: { subjectId, template }, order: { createdAt: 'DESC' } });
  }

  /** One page of the log, newest first, with its bookings and their clients, and the number of matches. */
  async list(
    filter: NotificationLogFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: NotificationEntity[]; total: number }> {
    const qb = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .leftJoinAndSelect('n.booking', 'b')
      .leftJoinAndSelect('b.client', 'bc');
    if (filter.bookingId) qb.andWhere('n.booking_id = :bookingId', { bookingId: filter.bookingId });
    if (filter.clientId) qb.andWhere('n.client_id = :clientId', { clientId: filter.clientId });
    if (filter.status) qb.andWhere('n.status = :status', { status: filter.status });
    if (filter.channel) qb.andWhere('n.channel = :channel', { channel: filter.channel });
    if (filter.template) qb.andWhere('n.template = :template', { template: filter.template });
    if (filter.from) qb.andWhere('n.created_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('n.created_at < :to', { to: filter.to });
    const [items, total] = await qb
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { items, total };
  }

  /** One more send attempt. */
  async countAttempt(id: string): Promise<void> {
    await this.db.getRepository(NotificationEntity).increment({ id }, 'attempts', 1);
  }

  /** Records what an attempt did (or when the message will be sent). */
  async record(id: string, outcome: NotificationOutcome): Promise<void> {
    await this.db.getRepository(NotificationEntity).update({ id }, outcome);
  }

  /** The settings row (there is one, id 1). */
  settings(m: EntityManager = this.db.manager): Promise<NotificationSettingsEntity> {
    return m.findOneByOrFail(NotificationSettingsEntity, { id: 1 });
  }

  /** The settings row, locked until the caller's transaction ends. */
  lockedSettings(m: EntityManager): Promise<NotificationSettingsEntity> {
    return m.findOneOrFail(NotificationSettingsEntity, {
      where: { id: 1 },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async updateSettings(
    m: EntityManager,
    patch: { templates: TemplateSwitches; smsSender: string | null },
  ): Promise<void> {
    await m.update(NotificationSettingsEntity, { id: 1 }, patch);
  }
}
