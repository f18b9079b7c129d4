import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ServiceEntity } from '../catalog/index.js';
import { PRODUCT_KINDS, STOCK_UNITS, type ProductKind, type StockUnit } from './domain/product-csv.js';
import { MOVEMENT_KINDS, type MovementKind } from './domain/stock-ledger.js';

@Entity({ name: 'supplier' })
export class SupplierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

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

/** What a service uses in the cabin, per booking item (e.g. 5 ml of a serum). */
@Entity({ name: 'service_consumption' })
@Check('ck_service_consumption_quantity', 'quantity > 0')
export class ServiceConsumptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  serviceId: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;

  @Column({ type: 'integer' })
  quantity: number;
}

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

export const PURCHASE_ORDER_STATUSES = ['DRAFT', 'SENT', 'PARTLY_RECEIVED', 'RECEIVED', 'CANCELLED'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

@Entity({ name: 'purchase_order' })
export class PurchaseOrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** BC-0001… */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Index()
  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: SupplierEntity;

  @Column({
    type: 'enum',
    enum: PURCHASE_ORDER_STATUSES,
    enumName: 'purchase_order_status',
    default: 'DRAFT',
  })
  status: PurchaseOrderStatus;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'purchase_order_line' })
@Index('uq_purchase_order_line_product', ['purchaseOrderId', 'productId'], { unique: true })
@Check(
  'ck_purchase_order_line_quantities',
  'quantity_ordered > 0 AND quantity_received >= 0 AND unit_cost_cents >= 0',
)
export class PurchaseOrderLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  purchaseOrderId: string;

  @ManyToOne(() => PurchaseOrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'purchase_order_id' })
  purchaseOrder?: PurchaseOrderEntity;

  @Column({ type: 'uuid' })
  productId: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity;

  @Column({ type: 'integer' })
  quantityOrdered: number;

  @Column({ type: 'integer', default: 0 })
  quantityReceived: number;

  @Column({ type: 'integer' })
  unitCostCents: number;
}

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
