import { stockValueCents } from '../domain/stock-ledger.js';
import type { CountView, CountLineView } from '../inventory-count.service.js';
import type { ProductEntity } from '../entities/product.entity.js';
import type { StockMovementEntity } from '../entities/stock-movement.entity.js';
import type { SupplierEntity } from '../entities/supplier.entity.js';
import type { PurchaseOrderView } from '../purchase-order.service.js';
import type {
  InventoryCountLineType,
  InventoryCountType,
  ProductType,
  PurchaseOrderType,
  StockMovementType,
  SupplierType,
} from './inventory.types.js';

export function toSupplierType(s: SupplierEntity): SupplierType {
  return {
    id: s.id,
    name: s.name,
    contactName: s.contactName,
    email: s.email,
    phone: s.phone,
    notes: s.notes,
    active: s.active,
  };
}

export function toProductType(p: ProductEntity): ProductType {
  return {
    id: p.id,
    name: p.name,
    brand: p.brand,
    category: p.category,
    barcode: p.barcode,
    priceCents: p.priceCents,
    vatRateBp: p.vatRateBp,
    costCents: p.costCents,
    supplier: p.supplier ? toSupplierType(p.supplier) : null,
    kind: p.kind,
    unit: p.unit,
    content: p.content,
    threshold: p.threshold,
    reorderTarget: p.reorderTarget,
    photoUrl: p.photoUrl,
    active: p.active,
    quantity: p.quantity,
    averageCostCents: p.averageCostCents,
    stockValueCents: stockValueCents(p.quantity, p.averageCostCents),
    lowStock: p.threshold !== null && p.quantity <= p.threshold,
  };
}

export function toMovementType(m: StockMovementEntity): StockMovementType {
  return {
    id: m.id,
    productId: m.productId,
    productName: m.product?.name ?? null,
    kind: m.kind,
    quantity: m.quantity,
    quantityAfter: m.quantityAfter,
    unitCostCents: m.unitCostCents,
    averageCostAfterCents: m.averageCostAfterCents,
    reason: m.reason,
    occurredAt: m.occurredAt,
    bookingItemId: m.bookingItemId,
    purchaseOrderId: m.purchaseOrderId,
    inventoryCountId: m.inventoryCountId,
  };
}

export function toPurchaseOrderType({ order, lines }: PurchaseOrderView): PurchaseOrderType {
  return {
    id: order.id,
    reference: order.reference,
    supplier: toSupplierType(order.supplier!),
    status: order.status,
    notes: order.notes,
    sentAt: order.sentAt,
    createdAt: order.createdAt,
    lines: lines.map((l) => ({
      id: l.id,
      product: toProductType(l.product!),
      quantityOrdered: l.quantityOrdered,
      quantityReceived: l.quantityReceived,
      unitCostCents: l.unitCostCents,
    })),
    totalCents: lines.reduce((s, l) => s + l.quantityOrdered * l.unitCostCents, 0),
  };
}

export function toCountLineType(l: CountLineView): InventoryCountLineType {
  return { ...l, product: toProductType(l.product) };
}

export function toCountType(v: CountView): InventoryCountType {
  return {
    id: v.count.id,
    status: v.count.status,
    category: v.count.category,
    startedAt: v.count.startedAt,
    closedAt: v.count.closedAt,
    lines: v.lines.map(toCountLineType),
    countedLines: v.countedLines,
    totalLines: v.totalLines,
    differenceValueCents: v.differenceValueCents,
  };
}
