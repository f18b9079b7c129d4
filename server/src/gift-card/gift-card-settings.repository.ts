import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { GiftCardSettingsEntity } from './gift-card.entities.js';

/** What the settings hold when their row is missing (the migration inserts it; a bare test database may not). */
const DEFAULTS: Omit<GiftCardSettingsEntity, 'id'> = {
  validityMonths: 12,
  forcedCategory: null,
  onlineSaleEnabled: true,
  presetAmountsCents: [3000, 5000, 8000, 10000],
  minFreeAmountCents: 2000,
  maxFreeAmountCents: 50000,
  transferOrderHours: 168,
  onlineOrderMinutes: 60,
  transferIban: null,
  transferBic: null,
  transferHolder: null,
};

/** The SQL of the gift-card settings (one row, id 1): read by every use case, written by an admin. */
@Injectable()
export class GiftCardSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  manager(): EntityManager {
    return this.db.manager;
  }

  async settings(m: EntityManager = this.db.manager): Promise<GiftCardSettingsEntity> {
    const row = await m.getRepository(GiftCardSettingsEntity).findOneBy({ id: 1 });
    return row ?? Object.assign(new GiftCardSettingsEntity(), { id: 1, ...DEFAULTS });
  }

  /** Writes the whole row (inserted if missing; the last save wins) and reads it back. */
  async save(m: EntityManager, values: Omit<GiftCardSettingsEntity, 'id'>): Promise<GiftCardSettingsEntity> {
    const repo = m.getRepository(GiftCardSettingsEntity);
    await repo.upsert({ id: 1, ...values }, ['id']);
    return this.settings(m);
  }
}
