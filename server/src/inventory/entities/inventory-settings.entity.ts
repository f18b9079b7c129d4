import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Inventory settings: one row (id = 1), created by the migration. */
@Entity({ name: 'inventory_settings' })
@Check('ck_inventory_settings_single_row', 'id = 1')
export class InventorySettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ type: 'boolean', default: false })
  allowNegativeStock: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
