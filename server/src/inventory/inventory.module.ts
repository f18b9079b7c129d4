import { Module } from '@nestjs/common';
import { CabinConsumptionService } from './cabin-consumption.service.js';
import { InventoryCountService } from './inventory-count.service.js';
import { InventoryCountRepository } from './inventory-count.repository.js';
import { InventoryRepository } from './inventory.repository.js';
import { PurchaseOrderRepository } from './purchase-order.repository.js';
import { ProductCatalogService } from './product-catalog.service.js';
import { ProductImportService } from './product-import.service.js';
import { ProductResolver } from './product.resolver.js';
import { PurchaseOrderService } from './purchase-order.service.js';
import { StockExportService } from './stock-export.service.js';
import { StockLedger } from './stock-ledger.service.js';
import { StockMovementService } from './stock-movement.service.js';
import { StockPublisher } from './stock.publisher.js';
import { StockResolver } from './stock.resolver.js';

@Module({
  providers: [
    InventoryRepository,
    PurchaseOrderRepository,
    InventoryCountRepository,
    StockLedger,
    ProductCatalogService,
    StockMovementService,
    StockExportService,
    CabinConsumptionService,
    PurchaseOrderService,
    InventoryCountService,
    ProductImportService,
    StockPublisher,
    ProductResolver,
    StockResolver,
  ],
  exports: [StockLedger, PurchaseOrderService],
})
export class InventoryModule {}
