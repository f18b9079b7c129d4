import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BookingEntity } from '../booking/index.js';
import { ClientEntity } from '../clients/index.js';
import { ProductEntity, PurchaseOrderEntity } from '../inventory/index.js';
import { LoyaltyAccountEntity, LoyaltyProgramEntity } from '../loyalty/index.js';
import { PaymentEntity } from '../payment/index.js';
import { InstituteEntity } from '../settings/index.js';
import type { TemplateSwitches } from './notification.entities.js';

/** A booking with its client, the template switches and the institute's address, as planning reads them. */
export interface PlanningRow {
  booking: BookingEntity;
  templates: TemplateSwitches | null;
  instituteEmail: string | null;
}

/**
 * The reads of other modules' tables that planning and rendering messages need (bookings, clients,
 * payments, the institute, products, purchase orders, loyalty accounts). The notification module's own
 * tables are in `NotificationRepository`.
 */
@Injectable()
export class MessageSourceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * A booking with its client, the template switches and the institute's address, in one query;
   * null if there is no such booking.
   */
  async planning(m: EntityManager, bookingId: string): Promise<PlanningRow | null> {
    const { entities, raw } = await m
      .createQueryBuilder(BookingEntity, 'b')
      .innerJoinAndSelect('b.client', 'client')
      .addSelect('(SELECT s.templates FROM notification_settings s WHERE s.id = 1)', 'settings_templates')
      .addSelect('(SELECT i.email FROM institute i WHERE i.id = 1)', 'institute_email')
      .where('b.id = :bookingId', { bookingId })
      .getRawAndEntities<{ settings_templates: TemplateSwitches | null; institute_email: string | null }>();
    const booking = entities[0];
    if (booking === undefined) return null;
    return { booking, templates: raw[0].settings_templates, instituteEmail: raw[0].institute_email };
  }

  booking(id: string, m: EntityManager = this.db.manager): Promise<BookingEntity | null> {
    return m.findOneBy(BookingEntity, { id });
  }

  bookingOrFail(m: EntityManager, id: string): Promise<BookingEntity> {
    return m.findOneByOrFail(BookingEntity, { id });
  }

  bookingExists(id: string): Promise<boolean> {
    return this.db.getRepository(BookingEntity).existsBy({ id });
  }

  /** A booking with its client and its items' practitioners, as a message about it shows them. */
  bookingToRender(id: string, m: EntityManager = this.db.manager): Promise<BookingEntity | null> {
    return m.findOne(BookingEntity, {
      where: { id },
      relations: { items: { practitioner: true }, client: true },
    });
  }

  /** Confirmed bookings starting after `after` and within 400 days of it. */
  async upcomingConfirmed(after: Date): Promise<{ id: string; startsAt: Date }[]> {
    const rows: { id: string; starts_at: Date }[] = await this.db.query(
      `SELECT id, starts_at FROM booking
        WHERE status = 'CONFIRMED' AND starts_at > $1 AND starts_at < $1::timestamptz + interval '400 days'`,
      [after],
    );
    return rows.map((r) => ({ id: r.id, startsAt: r.starts_at }));
  }

  /** The id of the booking's latest payment, if any. */
  async latestPaymentId(bookingId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      'SELECT id FROM payment WHERE booking_id = $1 ORDER BY created_at DESC LIMIT 1',
      [bookingId],
    );
    return rows[0]?.id ?? null;
  }

  payment(id: string, m: EntityManager = this.db.manager): Promise<PaymentEntity | null> {
    return m.findOneBy(PaymentEntity, { id });
  }

  institute(m: EntityManager = this.db.manager): Promise<InstituteEntity | null> {
    return m.findOneBy(InstituteEntity, { id: 1 });
  }

  /** The address of the supplier a purchase order goes to, if the order and that address exist. */
  async supplierEmailOf(m: EntityManager, orderId: string): Promise<string | null> {
    const order = await m.findOne(PurchaseOrderEntity, {
      where: { id: orderId },
      relations: { supplier: true },
    });
    return order?.supplier?.email ?? null;
  }

  productWithSupplier(id: string): Promise<ProductEntity | null> {
    return this.db.manager.findOne(ProductEntity, { where: { id }, relations: { supplier: true } });
  }

  client(m: EntityManager, id: string): Promise<ClientEntity | null> {
    return m.findOneBy(ClientEntity, { id });
  }

  /** A client, her loyalty account and the programme, read together (null where missing). */
  async loyalty(clientId: string): Promise<{
    client: ClientEntity | null;
    account: LoyaltyAccountEntity | null;
    program: LoyaltyProgramEntity | null;
  }> {
    const m = this.db.manager;
    const [client, account, program] = await Promise.all([
      m.findOneBy(ClientEntity, { id: clientId }),
      m.findOneBy(LoyaltyAccountEntity, { clientId }),
      m.findOneBy(LoyaltyProgramEntity, { id: 1 }),
    ]);
    return { client, account, program };
  }
}
