import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SaleSettingsEntity } from '../sale.entities.js';

/** The SQL of the till's sale rules (one row, id 1). */
@Injectable()
export class SaleSettingsRepository {
  /** The row, created with its defaults if missing, locked until the caller's transaction ends. */
  async lock(manager: EntityManager): Promise<SaleSettingsEntity> {
    await manager.query('INSERT INTO sale_settings (id) VALUES (1) ON CONFLICT (id) DO NOTHING');
    const row = await manager.findOne(SaleSettingsEntity, {
      where: { id: 1 },
      lock: { mode: 'pessimistic_write' },
    });
    if (row === null) throw new Error('sale_settings row missing after insert');
    return row;
  }

  async update(
    manager: EntityManager,
    changes: Partial<Pick<SaleSettingsEntity, 'staffMaxDiscountBp' | 'staffMaxCreditNoteCents'>>,
  ): Promise<void> {
    await manager.update(SaleSettingsEntity, { id: 1 }, changes);
  }
}
