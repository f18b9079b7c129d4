import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { InventoryCountEntity, InventoryCountLineEntity } from './entities/inventory-count.entities.js';
import { ProductEntity } from './entities/product.entity.js';

/** SQL of inventory counts. Methods take the caller's manager when in a transaction. */
@Injectable()
export class InventoryCountRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  openCount(manager?: EntityManager): Promise<InventoryCountEntity | null> {
    return this.m(manager).findOneBy(InventoryCountEntity, { status: 'OPEN' });
  }

  countById(id: string, manager?: EntityManager, lock = false): Promise<InventoryCountEntity | null> {
    const qb = this.m(manager)
      .getRepository(InventoryCountEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  countLines(countId: string, manager?: EntityManager): Promise<InventoryCountLineEntity[]> {
    return this.m(manager).find(InventoryCountLineEntity, {
      where: { countId },
      relations: { product: true },
    });
  }

  /** Products a count covers: active ones, of its category when it has one. */
  countScope(category: string | null, manager?: EntityManager): Promise<ProductEntity[]> {
    return this.m(manager).find(ProductEntity, {
      where: category === null ? { active: true } : { active: true, category },
      order: { name: 'ASC' },
    });
  }

  async upsertCountLine(manager: EntityManager, line: InventoryCountLineEntity): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(InventoryCountLineEntity)
      .values(line)
      .orUpdate(
        ['counted_quantity', 'expected_quantity', 'counted_by', 'counted_at'],
        ['count_id', 'product_id'],
      )
      .execute();
  }
}
