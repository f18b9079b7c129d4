import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PRODUCT_KINDS, STOCK_UNITS, type ProductKind, type StockUnit } from '../domain/product-csv.js';
import { MOVEMENT_KINDS, type MovementKind } from '../domain/stock-ledger.js';
import { COUNT_STATUSES, type CountStatus } from '../entities/inventory-count.entities.js';
import { PURCHASE_ORDER_STATUSES, type PurchaseOrderStatus } from '../entities/purchase-order.entities.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ProductKindEnum = enumOf(PRODUCT_KINDS);
registerEnumType(ProductKindEnum, {
  name: 'ProductKind',
  description: 'RETAIL (sold), PROFESSIONAL (cabin use only, never sold) or BOTH.',
});
export const StockUnitEnum = enumOf(STOCK_UNITS);
registerEnumType(StockUnitEnum, {
  name: 'StockUnit',
  description: 'What quantities count: pieces, ml or g.',
});
export const MovementKindEnum = enumOf(MOVEMENT_KINDS);
registerEnumType(MovementKindEnum, { name: 'StockMovementKind' });
export const PurchaseOrderStatusEnum = enumOf(PURCHASE_ORDER_STATUSES);
registerEnumType(PurchaseOrderStatusEnum, { name: 'PurchaseOrderStatus' });
export const CountStatusEnum = enumOf(COUNT_STATUSES);
registerEnumType(CountStatusEnum, { name: 'InventoryCountStatus' });

@ObjectType('Supplier')
export class SupplierType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) contactName: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field() active: boolean;
}

@ObjectType('Product')
export class ProductType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) brand: string | null;
  @Field(() => String, { nullable: true }) category: string | null;
  @Field(() => String, { nullable: true, description: 'EAN-13.' }) barcode: string | null;
  @Field(() => Int, { description: 'Retail price including VAT, in cents.' }) priceCents: number;
  @Field(() => Int, { description: 'VAT rate in basis points (2000 = 20 %).' }) vatRateBp: number;
  @Field(() => Int, { description: 'Usual purchase cost of one unit, in cents.' }) costCents: number;
  @Field(() => SupplierType, { nullable: true }) supplier: SupplierType | null;
  @Field(() => ProductKindEnum) kind: ProductKind;
  @Field(() => StockUnitEnum) unit: StockUnit;
  @Field(() => String, { nullable: true, description: 'Content of one piece, e.g. "50 ml".' })
  content: string | null;
  @Field(() => Int, { nullable: true, description: 'Low stock at or below this quantity.' })
  threshold: number | null;
  @Field(() => Int, { nullable: true }) reorderTarget: number | null;
  @Field(() => String, { nullable: true }) photoUrl: string | null;
  @Field() active: boolean;
  @Field(() => Int) quantity: number;
  @Field(() => Int, { description: 'Weighted average cost (CUMP) of one unit, in cents.' })
  averageCostCents: number;
  @Field(() => Int, { description: 'quantity × averageCostCents (0 when the quantity is negative).' })
  stockValueCents: number;
  @Field() lowStock: boolean;
}

@ObjectType()
export class ProductPage {
  @Field(() => [ProductType]) items: ProductType[];
  @Field(() => Int) total: number;
}

@ObjectType('StockMovement')
export class StockMovementType {
  @Field(() => ID) id: string;
  @Field(() => ID) productId: string;
  @Field(() => String, { nullable: true }) productName: string | null;
  @Field(() => MovementKindEnum) kind: MovementKind;
  @Field(() => Int, { description: 'Signed change of the quantity.' }) quantity: number;
  @Field(() => Int) quantityAfter: number;
  @Field(() => Int) unitCostCents: number;
  @Field(() => Int) averageCostAfterCents: number;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() occurredAt: Date;
  @Field(() => ID, { nullable: true }) bookingItemId: string | null;
  @Field(() => ID, { nullable: true }) purchaseOrderId: string | null;
  @Field(() => ID, { nullable: true }) inventoryCountId: string | null;
}

@ObjectType()
export class StockMovementPage {
  @Field(() => [StockMovementType]) items: StockMovementType[];
  @Field(() => Int) total: number;
}

@ObjectType('StockValuationLine')
export class StockValuationLineType {
  @Field(() => ProductType) product: ProductType;
  @Field(() => Int) quantity: number;
  @Field(() => Int) averageCostCents: number;
  @Field(() => Int) valueCents: number;
}

@ObjectType('StockValuation')
export class StockValuationType {
  @Field() at: Date;
  @Field(() => [StockValuationLineType]) lines: StockValuationLineType[];
  @Field(() => Int) totalValueCents: number;
}

@ObjectType('ReorderSuggestion')
export class ReorderSuggestionType {
  @Field(() => ProductType) product: ProductType;
  @Field(() => Int) suggestedQuantity: number;
  @Field(() => Int, { description: 'Quantity the shelf plus what is on order should reach.' }) target: number;
  @Field(() => Int, { description: 'Ordered on open purchase orders, not received yet.' }) onOrder: number;
}

@ObjectType('StockChange')
export class StockChangeType {
  @Field(() => [ProductType]) products: ProductType[];
}

@ObjectType('ServiceConsumption')
export class ServiceConsumptionType {
  @Field(() => ID) serviceId: string;
  @Field(() => ProductType) product: ProductType;
  @Field(() => Int, { description: 'In the product’s unit, per booking item.' }) quantity: number;
}

@ObjectType('InventorySettings')
export class InventorySettingsType {
  @Field({ description: 'Sales and losses may take the stock below zero (shown in red).' })
  allowNegativeStock: boolean;
}

@ObjectType('PurchaseOrderLine')
export class PurchaseOrderLineType {
  @Field(() => ID) id: string;
  @Field(() => ProductType) product: ProductType;
  @Field(() => Int) quantityOrdered: number;
  @Field(() => Int) quantityReceived: number;
  @Field(() => Int) unitCostCents: number;
}

@ObjectType('PurchaseOrder')
export class PurchaseOrderType {
  @Field(() => ID) id: string;
  @Field() reference: string;
  @Field(() => SupplierType) supplier: SupplierType;
  @Field(() => PurchaseOrderStatusEnum) status: PurchaseOrderStatus;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field() createdAt: Date;
  @Field(() => [PurchaseOrderLineType]) lines: PurchaseOrderLineType[];
  @Field(() => Int) totalCents: number;
}

@ObjectType('InventoryCountLine')
export class InventoryCountLineType {
  @Field(() => ProductType) product: ProductType;
  @Field(() => Int, { nullable: true }) countedQuantity: number | null;
  @Field(() => Int, { nullable: true, description: 'The system’s quantity when the line was counted.' })
  expectedQuantity: number | null;
  @Field(() => Int, { nullable: true }) difference: number | null;
  @Field(() => Int, { nullable: true }) differenceValueCents: number | null;
  @Field(() => Date, { nullable: true }) countedAt: Date | null;
}

@ObjectType('InventoryCount')
export class InventoryCountType {
  @Field(() => ID) id: string;
  @Field(() => CountStatusEnum) status: CountStatus;
  @Field(() => String, { nullable: true }) category: string | null;
  @Field() startedAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => [InventoryCountLineType]) lines: InventoryCountLineType[];
  @Field(() => Int) countedLines: number;
  @Field(() => Int) totalLines: number;
  @Field(() => Int) differenceValueCents: number;
}

@ObjectType('ProductImportProblem')
export class ProductImportProblemType {
  @Field(() => Int, { description: 'Line of the file (1 = the header).' }) line: number;
  @Field(() => String, { nullable: true }) column: string | null;
  @Field() message: string;
}

@ObjectType('ProductImportReport')
export class ProductImportReportType {
  @Field() dryRun: boolean;
  @Field() applied: boolean;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => [ProductImportProblemType]) problems: ProductImportProblemType[];
}
