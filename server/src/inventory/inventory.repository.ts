import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MovementKind } from './domain/stock-ledger.js';
import type { ProductKind } from './domain/product-csv.js';
import { InventorySettingsEntity } from './entities/inventory-settings.entity.js';
import { ProductEntity } from './entities/product.entity.js';
import { ServiceConsumptionEntity } from './entities/service-consumption.entity.js';
import { StockMovementEntity } from './entities/stock-movement.entity.js';
import { SupplierEntity } from './entities/supplier.entity.js';

export interface ProductFilter {
  search?: string | null;
  category?: string | null;
  supplierId?: string | null;
  kind?: ProductKind | null;
  lowStock?: boolean | null;
  includeInactive?: boolean | null;
}

export interface MovementFilter {
  productId?: string | null;
  kind?: MovementKind | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * SQL of the catalogue and the ledger: products, suppliers, movements, settings, cabin consumption.
 * Purchase orders and counts have their own repositories. Methods take the caller's manager when in a
 * transaction.
 */
@Injectable()
export class InventoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  // ---- products and suppliers ----

  async listProducts(
    filter: ProductFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: ProductEntity[]; total: number }> {
    const qb = this.db
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.supplier', 's')
      .orderBy('lower(p.name)', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .offset(offset)
      .limit(limit);
    if (filter.includeInactive !== true) qb.andWhere('p.active');
    if (filter.search) {
      const term = filter.search.trim();
      if (/^\d{8,14}$/.test(term)) qb.andWhere('p.barcode = :term', { term });
      else
        qb.andWhere(
          "(unaccent(p.name) ILIKE unaccent(:like) OR unaccent(coalesce(p.brand, '')) ILIKE unaccent(:like) OR p.barcode LIKE :like)",
          { like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
        );
    }
    if (filter.category) qb.andWhere('p.category = :category', { category: filter.category });
    if (filter.supplierId) qb.andWhere('p.supplier_id = :supplierId', { supplierId: filter.supplierId });
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.lowStock === true) qb.andWhere('p.threshold IS NOT NULL AND p.quantity <= p.threshold');
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  productById(id: string, manager?: EntityManager): Promise<ProductEntity | null> {
    return this.m(manager).findOne(ProductEntity, { where: { id }, relations: { supplier: true } });
  }

  productsByIds(ids: string[], manager?: EntityManager): Promise<ProductEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids })
      .getMany();
  }

  productByBarcode(barcode: string, manager?: EntityManager): Promise<ProductEntity | null> {
    return this.m(manager).findOneBy(ProductEntity, { barcode });
  }

  async categories(): Promise<string[]> {
    const rows: { category: string }[] = await this.db.query(
      'SELECT DISTINCT category FROM product WHERE category IS NOT NULL ORDER BY category',
    );
    return rows.map((r) => r.category);
  }

  saveProduct(manager: EntityManager, product: Partial<ProductEntity>): Promise<ProductEntity> {
    return manager.save(ProductEntity, product);
  }

  listSuppliers(): Promise<SupplierEntity[]> {
    return this.db.getRepository(SupplierEntity).find({ order: { name: 'ASC' } });
  }

  supplierById(id: string, manager?: EntityManager): Promise<SupplierEntity | null> {
    return this.m(manager).findOneBy(SupplierEntity, { id });
  }

  supplierByName(name: string, manager?: EntityManager): Promise<SupplierEntity | null> {
    return this.m(manager)
      .getRepository(SupplierEntity)
      .createQueryBuilder('s')
      .where('lower(s.name) = lower(:name)', { name })
      .getOne();
  }

  saveSupplier(manager: EntityManager, supplier: Partial<SupplierEntity>): Promise<SupplierEntity> {
    return manager.save(SupplierEntity, supplier);
  }

  // ---- the ledger ----

  /** Locks the product row until the transaction ends: its movements apply one at a time. */
  lockProduct(manager: EntityManager, id: string): Promise<ProductEntity | null> {
    return manager
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
  }

  async writeStock(
    manager: EntityManager,
    id: string,
    values: { quantity: number; averageCostCents: number; lastMovementAt: Date; lowStockAlerted: boolean },
  ): Promise<void> {
    await manager.update(ProductEntity, { id }, values);
  }

  async insertMovement(
    manager: EntityManager,
    row: Omit<StockMovementEntity, 'id' | 'product'>,
  ): Promise<StockMovementEntity> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(StockMovementEntity)
      .values(row)
      .returning('*')
      .execute();
    const raw = (result.raw as Record<string, unknown>[])[0];
    return manager.create(StockMovementEntity, { ...row, id: String(raw.id) });
  }

  movementByKey(manager: EntityManager, key: string): Promise<StockMovementEntity | null> {
    return manager.findOneBy(StockMovementEntity, { idempotencyKey: key });
  }

  cabinUseExists(manager: EntityManager, bookingItemId: string, productId: string): Promise<boolean> {
    return manager.exists(StockMovementEntity, { where: { bookingItemId, productId, kind: 'CABIN_USE' } });
  }

  async settings(manager?: EntityManager): Promise<InventorySettingsEntity> {
    return this.m(manager).findOneByOrFail(InventorySettingsEntity, { id: 1 });
  }

  async updateSettings(values: Partial<InventorySettingsEntity>): Promise<InventorySettingsEntity> {
    await this.db.getRepository(InventorySettingsEntity).update({ id: 1 }, values);
    return this.settings();
  }

  async movements(
    filter: MovementFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: StockMovementEntity[]; total: number }> {
    const qb = this.db
      .getRepository(StockMovementEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.product', 'p')
      .orderBy('m.occurred_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .offset(offset)
      .limit(limit);
    if (filter.productId) qb.andWhere('m.product_id = :productId', { productId: filter.productId });
    if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter.from) qb.andWhere('m.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('m.occurred_at < :to', { to: filter.to });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** Each product's last movement at or before `at`: its quantity and average cost then. */
  async lastMovementsAt(
    at: Date,
  ): Promise<{ productId: string; quantityAfter: number; averageCostAfterCents: number }[]> {
    const rows: { product_id: string; quantity_after: number; average_cost_after_cents: number }[] =
      await this.db.query(
        `SELECT DISTINCT ON (product_id) product_id, quantity_after, average_cost_after_cents
           FROM stock_movement WHERE occurred_at <= $1 ORDER BY product_id, id DESC`,
        [at],
      );
    return rows.map((r) => ({
      productId: r.product_id,
      quantityAfter: r.quantity_after,
      averageCostAfterCents: r.average_cost_after_cents,
    }));
  }

  allProducts(): Promise<ProductEntity[]> {
    return this.db
      .getRepository(ProductEntity)
      .find({ relations: { supplier: true }, order: { name: 'ASC' } });
  }

  // ---- cabin consumption ----

  consumptionOf(serviceIds: string[], manager?: EntityManager): Promise<ServiceConsumptionEntity[]> {
    if (serviceIds.length === 0) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(ServiceConsumptionEntity)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.product', 'p')
      .where('c.service_id = ANY(:serviceIds)', { serviceIds })
      .orderBy('p.name', 'ASC')
      .getMany();
  }

  async replaceConsumption(
    manager: EntityManager,
    serviceId: string,
    lines: { productId: string; quantity: number }[],
  ): Promise<void> {
    await manager.delete(ServiceConsumptionEntity, { serviceId });
    if (lines.length > 0)
      await manager.insert(
        ServiceConsumptionEntity,
        lines.map((l) => ({ serviceId, ...l })),
      );
  }

  serviceExists(manager: EntityManager, serviceId: string): Promise<boolean> {
    return manager
      .query('SELECT 1 FROM service WHERE id = $1', [serviceId])
      .then((r: unknown[]) => r.length > 0);
  }
}
