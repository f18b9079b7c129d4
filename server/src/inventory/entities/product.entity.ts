import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PRODUCT_KINDS, STOCK_UNITS, type ProductKind, type StockUnit } from '../domain/product-csv.js';
import { SupplierEntity } from './supplier.entity.js';

/**
 * A product sold at the counter and/or used in the cabins. `quantity` and `average_cost_cents` are
 * the ledger's running totals: only the ledger service changes them, in the transaction of the
 * movement that explains the change.
 */
@Entity({ name: 'product' })
@Index('uq_product_barcode', ['barcode'], { unique: true, where: 'barcode IS NOT NULL' })
@Check('ck_product_price', 'price_cents >= 0 AND cost_cents >= 0 AND average_cost_cents >= 0')
@Check('ck_product_vat', 'vat_rate_bp >= 0 AND vat_rate_bp <= 10000')
@Check('ck_product_threshold', 'threshold IS NULL OR threshold >= 0')
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  brand: string | null;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  /** EAN-13, checksum verified. */
  @Column({ type: 'text', nullable: true })
  barcode: string | null;

  /** Retail price, VAT included. */
  @Column({ type: 'integer', default: 0 })
  priceCents: number;

  @Column({ type: 'integer', default: 2000 })
  vatRateBp: number;

  /** Usual purchase cost of one unit (pre-fills deliveries and purchase orders). */
  @Column({ type: 'integer', default: 0 })
  costCents: number;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  supplierId: string | null;

  @ManyToOne(() => SupplierEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: SupplierEntity | null;

  @Column({ type: 'enum', enum: PRODUCT_KINDS, enumName: 'product_kind', default: 'RETAIL' })
  kind: ProductKind;

  /** What stock quantities count: pieces, millilitres or grams. */
  @Column({ type: 'enum', enum: STOCK_UNITS, enumName: 'stock_unit', default: 'PIECE' })
  unit: StockUnit;

  /** Content of one piece, for display (e.g. "50 ml"). */
  @Column({ type: 'text', nullable: true })
  content: string | null;

  /** Low stock at or below this quantity; null: no alert. */
  @Column({ type: 'integer', nullable: true })
  threshold: number | null;

  /** Quantity a reorder brings the shelf back to; null: twice the threshold. */
  @Column({ type: 'integer', nullable: true })
  reorderTarget: number | null;

  @Column({ type: 'text', nullable: true })
  photoUrl: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'integer', default: 0 })
  quantity: number;

  @Column({ type: 'integer', default: 0 })
  averageCostCents: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastMovementAt: Date | null;

  /** An alert went out for the current stay below the threshold. */
  @Column({ type: 'boolean', default: false })
  lowStockAlerted: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
