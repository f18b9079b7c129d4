import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { BookingEntity, BookingItemEntity } from '../../booking/index.js';
import { ServiceEntity } from '../../catalog/index.js';
import { ProductEntity } from '../../inventory/index.js';
import {
  SaleEntity,
  SaleLineEntity,
  SaleSettingsEntity,
  SaleTenderEntity,
  type SaleKind,
  type SaleStatus,
} from './sale.entities.js';

export interface SaleListFilter {
  tillId?: string | null;
  status?: SaleStatus | null;
  kind?: SaleKind | null;
  bookingId?: string | null;
  clientId?: string | null;
  from?: Date | null;
  to?: Date | null;
  minTotalCents?: number | null;
  maxTotalCents?: number | null;
}

/** Every query of the sales (tickets, lines, tenders, settings) and the reads of what lines sell. */
@Injectable()
export class SaleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  byCreditKey(key: string): Promise<SaleEntity | null> {
    return this.db.manager.findOneBy(SaleEntity, { idempotencyKey: key });
  }

  get(id: string, manager?: EntityManager): Promise<SaleEntity | null> {
    return this.m(manager).findOneBy(SaleEntity, { id });
  }

  /** The sale row, locked until the transaction ends: every change to a ticket goes through it. */
  lock(manager: EntityManager, id: string): Promise<SaleEntity | null> {
    return manager.findOne(SaleEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insertSale(manager: EntityManager, values: Partial<SaleEntity>): Promise<SaleEntity> {
    return manager.save(SaleEntity, manager.create(SaleEntity, values));
  }

  async updateSale(manager: EntityManager, id: string, values: Partial<SaleEntity>): Promise<void> {
    await manager.update(SaleEntity, { id }, values);
  }

  /** Only a credit note never completed (its refund failed): it was never in the journal. */
  async deleteSale(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(SaleEntity, { id, status: 'OPEN', kind: 'CREDIT_NOTE' });
  }

  lines(saleIds: string[], manager?: EntityManager): Promise<SaleLineEntity[]> {
    if (saleIds.length === 0) return Promise.resolve([]);
    return this.m(manager)
      .createQueryBuilder(SaleLineEntity, 'l')
      .where('l.sale_id = ANY(:ids)', { ids: saleIds })
      .orderBy('l.sale_id')
      .addOrderBy('l.position')
      .getMany();
  }

  tenders(saleIds: string[], manager?: EntityManager): Promise<SaleTenderEntity[]> {
    if (saleIds.length === 0) return Promise.resolve([]);
    return this.m(manager)
      .createQueryBuilder(SaleTenderEntity, 't')
      .where('t.sale_id = ANY(:ids)', { ids: saleIds })
      .orderBy('t.created_at')
      .addOrderBy('t.id')
      .getMany();
  }

  linesById(ids: string[], manager?: EntityManager): Promise<SaleLineEntity[]> {
    return this.m(manager).findBy(SaleLineEntity, { id: In(ids) });
  }

  insertLine(manager: EntityManager, values: Partial<SaleLineEntity>): Promise<SaleLineEntity> {
    return manager.save(SaleLineEntity, manager.create(SaleLineEntity, values));
  }

  async updateLine(
    manager: EntityManager,
    id: string,
    values: Partial<Omit<SaleLineEntity, 'data' | 'originalLine' | 'sale'>>,
  ): Promise<void> {
    await manager.update(SaleLineEntity, { id }, values);
  }

  async deleteLine(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(SaleLineEntity, { id });
  }

  tenderByPayment(manager: EntityManager, paymentId: string): Promise<SaleTenderEntity | null> {
    return manager.findOneBy(SaleTenderEntity, { paymentId });
  }

  /** Inserts a tender unless the sale already has one with this key (then returns null). */
  async insertTender(
    manager: EntityManager,
    values: Partial<SaleTenderEntity>,
  ): Promise<SaleTenderEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(SaleTenderEntity)
      .values(values)
      .orIgnore()
      .returning('*')
      .execute();
    if (result.identifiers.length === 0 || result.identifiers[0] === undefined) return null;
    return manager.findOneByOrFail(SaleTenderEntity, { id: (result.identifiers[0] as { id: string }).id });
  }

  async updateTender(manager: EntityManager, id: string, values: Partial<SaleTenderEntity>): Promise<void> {
    await manager.update(SaleTenderEntity, { id }, values);
  }

  async list(filter: SaleListFilter, offset: number, limit: number): Promise<[SaleEntity[], number]> {
    const q = this.db.manager.createQueryBuilder(SaleEntity, 's');
    if (filter.tillId) q.andWhere('s.till_id = :till', { till: filter.tillId });
    if (filter.status) q.andWhere('s.status = :status', { status: filter.status });
    if (filter.kind) q.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.bookingId) q.andWhere('s.booking_id = :booking', { booking: filter.bookingId });
    if (filter.clientId) q.andWhere('s.client_id = :client', { client: filter.clientId });
    if (filter.from) q.andWhere('COALESCE(s.completed_at, s.created_at) >= :from', { from: filter.from });
    if (filter.to) q.andWhere('COALESCE(s.completed_at, s.created_at) < :to', { to: filter.to });
    if (filter.minTotalCents !== null && filter.minTotalCents !== undefined)
      q.andWhere('abs(s.total_incl_cents) >= :min', { min: filter.minTotalCents });
    if (filter.maxTotalCents !== null && filter.maxTotalCents !== undefined)
      q.andWhere('abs(s.total_incl_cents) <= :max', { max: filter.maxTotalCents });
    return q
      .orderBy('COALESCE(s.completed_at, s.created_at)', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
  }

  /** Per original line: quantity and amount (TTC, positive) already taken back by credit notes. */
  async credited(
    manager: EntityManager,
    originalSaleId: string,
  ): Promise<Map<string, { quantity: number; inclCents: number }>> {
    const rows: { id: string; quantity: string; incl: string }[] = await manager.query(
      `SELECT l.original_line_id AS id, -SUM(l.quantity) AS quantity, -SUM(l.total_incl_cents) AS incl
         FROM sale_line l JOIN sale s ON s.id = l.sale_id
        WHERE s.original_sale_id = $1 AND s.kind = 'CREDIT_NOTE' AND l.original_line_id IS NOT NULL
        GROUP BY l.original_line_id`,
      [originalSaleId],
    );
    return new Map(rows.map((r) => [r.id, { quantity: Number(r.quantity), inclCents: Number(r.incl) }]));
  }

  /** Deposit tenders already counted against a booking's deposit, on any ticket of that booking. */
  async depositUsed(manager: EntityManager | undefined, bookingId: string): Promise<number> {
    const [row]: { used: string | null }[] = await this.m(manager).query(
      `SELECT SUM(t.amount_cents) AS used FROM sale_tender t JOIN sale s ON s.id = t.sale_id
        WHERE s.booking_id = $1 AND t.kind = 'DEPOSIT' AND t.status <> 'DECLINED'`,
      [bookingId],
    );
    return Number(row?.used ?? 0);
  }

  /** An open ticket already started for a booking (opening it again resumes it). */
  openSaleForBooking(manager: EntityManager, bookingId: string): Promise<SaleEntity | null> {
    return manager
      .createQueryBuilder(SaleEntity, 's')
      .where("s.booking_id = :bookingId AND s.kind = 'SALE' AND s.status <> 'COMPLETED'", { bookingId })
      .getOne();
  }

  async settings(manager?: EntityManager): Promise<SaleSettingsEntity> {
    return (
      (await this.m(manager).findOneBy(SaleSettingsEntity, { id: 1 })) ??
      Object.assign(new SaleSettingsEntity(), {
        id: 1,
        staffMaxDiscountBp: 2000,
        staffMaxCreditNoteCents: 5000,
      })
    );
  }

  async clientExists(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM client WHERE id = $1', [id]);
    return rows.length > 0;
  }

  booking(manager: EntityManager, id: string): Promise<BookingEntity | null> {
    return manager.findOneBy(BookingEntity, { id });
  }

  bookingItems(manager: EntityManager, bookingId: string): Promise<BookingItemEntity[]> {
    return manager.find(BookingItemEntity, { where: { bookingId }, order: { position: 'ASC' } });
  }

  bookingItem(manager: EntityManager, id: string): Promise<BookingItemEntity | null> {
    return manager.findOneBy(BookingItemEntity, { id });
  }

  product(manager: EntityManager, id: string): Promise<ProductEntity | null> {
    return manager.findOneBy(ProductEntity, { id });
  }

  service(manager: EntityManager, id: string): Promise<ServiceEntity | null> {
    return manager.findOneBy(ServiceEntity, { id });
  }
}
