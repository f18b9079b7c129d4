export { InventoryModule } from './inventory.module.js';
export { StockLedger, type MovementInput } from './stock-ledger.service.js';
export * from './inventory.entities.js';
export * from './events/stock.events.js';
export type { MovementKind } from './domain/stock-ledger.js';
export type { ProductKind, StockUnit } from './domain/product-csv.js';
export { ProductType } from './dto/inventory.types.js';
export { toProductType } from './dto/inventory.mappers.js';
export { PurchaseOrderService, type PurchaseOrderView } from './purchase-order.service.js';
