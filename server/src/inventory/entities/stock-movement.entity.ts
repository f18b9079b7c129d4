import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MOVEMENT_KINDS, type MovementKind } from '../domain/stock-ledger.js';
import { ProductEntity } from './product.entity.js';

/**
 * One immutable line of the stock ledger (a trigger refuses UPDATE and DELETE). `quantity` is the
 * signed change; `quantity_after` and `average_cost_after_cents` are the product's totals right after
 * it, so that any past stock and value is one lookup.
 */
@Entity({ name: 'stock_movement' })
@Index('ix_stock_movement_product', ['productId', 'id'])
@Index('ix_stock_movement_occurred_at', ['occurredAt'])
@Index('uq_stock_movement_cabin_use', ['bookingItemId', 'productId'], {
  unique: true,
  where: "kind = 'CABIN_USE'",
})
@Index('uq_stock_movement_idempotency', ['idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
@Check('ck_stock_movement_quantity', 'quantity <> 0')
export class StockMovementEntity {
  /** Increasing: a product's movements in id order are in the order they were applied. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;

  @Column({ type: 'enum', enum: MOVEMENT_KINDS, enumName: 'stock_movement_kind' })
  kind: MovementKind;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'integer' })
  quantityAfter: number;

  /** Cost of one unit: the purchase cost of a receipt, the average cost otherwise. */
  @Column({ type: 'integer' })
  unitCostCents: number;

  @Column({ type: 'integer' })
  averageCostAfterCents: number;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  /** CABIN_USE: the completed booking item that used it. */
  @Column({ type: 'uuid', nullable: true })
  bookingItemId: string | null;

  @Column({ type: 'uuid', nullable: true })
  purchaseOrderId: string | null;

  @Column({ type: 'uuid', nullable: true })
  inventoryCountId: string | null;

  /** The caller's key (a POS sale line): the same key twice is one movement. */
  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;
}
