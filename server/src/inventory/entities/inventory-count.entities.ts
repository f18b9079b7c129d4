import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ProductEntity } from './product.entity.js';

export const COUNT_STATUSES = ['OPEN', 'CLOSED'] as const;
export type CountStatus = (typeof COUNT_STATUSES)[number];

/**
 * An inventory count. Sales made while it is open are accounted for: each line keeps the quantity
 * the system had when that line was counted, and closing writes counted − that quantity.
 */
@Entity({ name: 'inventory_count' })
@Index('uq_inventory_count_open', ['status'], { unique: true, where: "status = 'OPEN'" })
export class InventoryCountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: COUNT_STATUSES, enumName: 'inventory_count_status', default: 'OPEN' })
  status: CountStatus;

  /** Counting one category; null: every product. */
  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ type: 'uuid', nullable: true })
  startedBy: string | null;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

@Entity({ name: 'inventory_count_line' })
export class InventoryCountLineEntity {
  @PrimaryColumn({ type: 'uuid' })
  countId: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => InventoryCountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'count_id' })
  count?: InventoryCountEntity;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;

  @Column({ type: 'integer' })
  countedQuantity: number;

  /** The system's quantity when this line was counted. */
  @Column({ type: 'integer' })
  expectedQuantity: number;

  @Column({ type: 'uuid', nullable: true })
  countedBy: string | null;

  @Column({ type: 'timestamptz' })
  countedAt: Date;
}
