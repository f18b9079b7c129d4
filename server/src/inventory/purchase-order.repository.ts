import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PurchaseOrderEntity, PurchaseOrderLineEntity } from './entities/purchase-order.entities.js';

/** SQL of purchase orders. Methods take the caller's manager when in a transaction. */
@Injectable()
export class PurchaseOrderRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  /** BC-0001, BC-0002…: an advisory lock until commit makes concurrent orders take different numbers. */
  async nextPurchaseOrderReference(manager: EntityManager): Promise<string> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['serenaia:purchase-order-reference']);
    const [row] = await manager.query<{ n: number }[]>(
      `SELECT coalesce(max(substring(reference FROM 4)::int), 0) + 1 AS n FROM purchase_order WHERE reference ~ '^BC-\\d+$'`,
    );
    return `BC-${String(row.n).padStart(4, '0')}`;
  }

  purchaseOrder(id: string, manager?: EntityManager, lock = false): Promise<PurchaseOrderEntity | null> {
    const qb = this.m(manager)
      .getRepository(PurchaseOrderEntity)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.supplier', 's')
      .where('o.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['o']);
    return qb.getOne();
  }

  purchaseOrderLines(purchaseOrderId: string, manager?: EntityManager): Promise<PurchaseOrderLineEntity[]> {
    return this.m(manager).find(PurchaseOrderLineEntity, {
      where: { purchaseOrderId },
      relations: { product: true },
      order: { id: 'ASC' },
    });
  }

  /** The latest 200, of one supplier when given. */
  listPurchaseOrders(supplierId: string | null = null): Promise<PurchaseOrderEntity[]> {
    return this.db.getRepository(PurchaseOrderEntity).find({
      where: supplierId === null ? {} : { supplierId },
      relations: { supplier: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  /** Units ordered and not yet received, per product, on purchase orders still open. */
  async onOrder(): Promise<Map<string, number>> {
    const rows: { product_id: string; qty: string }[] = await this.db.query(
      `SELECT l.product_id, sum(l.quantity_ordered - l.quantity_received) AS qty
         FROM purchase_order_line l JOIN purchase_order o ON o.id = l.purchase_order_id
        WHERE o.status IN ('DRAFT', 'SENT', 'PARTLY_RECEIVED') AND l.quantity_ordered > l.quantity_received
        GROUP BY l.product_id`,
    );
    return new Map(rows.map((r) => [r.product_id, Number(r.qty)]));
  }
}
