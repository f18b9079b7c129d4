import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { pageOf } from '../common/pagination.js';
import { ParseIdPipe, ParseOptionalIdPipe } from '../common/validation.js';
import { PubSubService } from '../graphql/pubsub.service.js';
import { CreatePurchaseOrderInput, ReceivePurchaseOrderInput } from './dto/purchasing.inputs.js';
import {
  RecordCountedQuantityInput,
  RecordStockMovementInput,
  StartInventoryCountInput,
  StockMovementsArgs,
} from './dto/stock.inputs.js';
import {
  toCountLineType,
  toCountType,
  toMovementType,
  toProductType,
  toPurchaseOrderType,
} from './dto/inventory.mappers.js';
import {
  InventoryCountLineType,
  InventoryCountType,
  PurchaseOrderType,
  ReorderSuggestionType,
  StockChangeType,
  StockMovementPage,
  StockMovementType,
  StockValuationType,
} from './dto/inventory.types.js';
import { StockExportArgs, StockExportFileType } from './dto/stock-export.dto.js';
import { InventoryCountService } from './inventory-count.service.js';
import { PurchaseOrderService } from './purchase-order.service.js';
import { STOCK_CHANGED } from './stock.publisher.js';
import { StockExportService } from './stock-export.service.js';
import { StockMovementService } from './stock-movement.service.js';

/** Stock: movements, valuation, reorders and purchase orders, counts, live changes. */
@Resolver()
export class StockResolver {
  constructor(
    private readonly movements: StockMovementService,
    private readonly orders: PurchaseOrderService,
    private readonly counts: InventoryCountService,
    private readonly exports: StockExportService,
    private readonly pubsub: PubSubService,
  ) {}

  @Roles('STAFF')
  @Mutation(() => StockMovementType, { description: 'A delivery, an adjustment or a loss typed by staff.' })
  async recordStockMovement(
    @Args('input') input: RecordStockMovementInput,
    @CurrentUser() user: AuthUser,
  ): Promise<StockMovementType> {
    return toMovementType(await this.movements.record(input, user.id));
  }

  @Roles('STAFF')
  @Query(() => StockMovementPage, { description: 'The stock ledger, newest first.' })
  async stockMovements(@Args() args: StockMovementsArgs): Promise<StockMovementPage> {
    const { offset, limit } = pageOf(args.page);
    const { items, total } = await this.movements.history(args.filter ?? {}, offset, limit);
    return { items: items.map(toMovementType), total };
  }

  @Roles('STAFF')
  @Query(() => StockValuationType, {
    description: 'Quantity and value (CUMP) of every product at an instant.',
  })
  async stockValuation(@Args('at', { type: () => Date }) at: Date): Promise<StockValuationType> {
    const v = await this.movements.valuation(at);
    return { ...v, lines: v.lines.map((l) => ({ ...l, product: toProductType(l.product) })) };
  }

  @Roles('STAFF')
  @Query(() => StockExportFileType, {
    description: 'The inventory (no `at`) or the valuation at `at`, as a CSV or XLSX file (base64).',
  })
  stockExport(@Args() args: StockExportArgs): Promise<StockExportFileType> {
    return this.exports.export(args.format, args.at ?? null);
  }

  @Roles('STAFF')
  @Query(() => [ReorderSuggestionType])
  async reorderSuggestions(): Promise<ReorderSuggestionType[]> {
    return (await this.movements.reorderSuggestions()).map((s) => ({
      product: toProductType(s.product),
      suggestedQuantity: s.suggestedQuantity,
      target: s.target,
      onOrder: s.onOrder,
    }));
  }

  @Roles('STAFF')
  @Query(() => [PurchaseOrderType], {
    description: 'The latest 200 purchase orders, of one supplier if given.',
  })
  async purchaseOrders(
    @Args('supplierId', { type: () => ID, nullable: true }, ParseOptionalIdPipe) supplierId: string | null,
  ): Promise<PurchaseOrderType[]> {
    return (await this.orders.list(supplierId)).map(toPurchaseOrderType);
  }

  @Roles('ADMIN')
  @Mutation(() => PurchaseOrderType)
  async createPurchaseOrder(@Args('input') input: CreatePurchaseOrderInput): Promise<PurchaseOrderType> {
    return toPurchaseOrderType(await this.orders.create(input));
  }

  @Roles('ADMIN')
  @Mutation(() => PurchaseOrderType, {
    description: 'Marks the order sent and e-mails it to the supplier (again, for a sent order).',
  })
  async sendPurchaseOrder(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<PurchaseOrderType> {
    return toPurchaseOrderType(await this.orders.send(id));
  }

  @Roles('ADMIN')
  @Mutation(() => PurchaseOrderType, {
    description: 'Cancels a draft or sent order (refused once anything was received).',
  })
  async cancelPurchaseOrder(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<PurchaseOrderType> {
    return toPurchaseOrderType(await this.orders.cancel(id));
  }

  @Roles('STAFF')
  @Mutation(() => PurchaseOrderType, {
    description: 'Records what arrived: one RECEIPT movement per product.',
  })
  async receivePurchaseOrder(
    @Args('input') input: ReceivePurchaseOrderInput,
    @CurrentUser() user: AuthUser,
  ): Promise<PurchaseOrderType> {
    return toPurchaseOrderType(await this.orders.receive(input.purchaseOrderId, input.lines, user.id));
  }

  @Roles('STAFF')
  @Query(() => InventoryCountType, { nullable: true, description: 'The count in progress, if any.' })
  async currentInventoryCount(): Promise<InventoryCountType | null> {
    const v = await this.counts.current();
    return v === null ? null : toCountType(v);
  }

  @Roles('ADMIN')
  @Mutation(() => InventoryCountType)
  async startInventoryCount(
    @Args('input') input: StartInventoryCountInput,
    @CurrentUser() user: AuthUser,
  ): Promise<InventoryCountType> {
    return toCountType(await this.counts.start(input.category ?? null, user.id));
  }

  @Roles('STAFF')
  @Mutation(() => InventoryCountLineType, {
    description: 'Counted quantity of one product (by id or barcode).',
  })
  async recordCountedQuantity(
    @Args('input') input: RecordCountedQuantityInput,
    @CurrentUser() user: AuthUser,
  ): Promise<InventoryCountLineType> {
    return toCountLineType(await this.counts.recordCounted(input, user.id));
  }

  @Roles('ADMIN')
  @Mutation(() => InventoryCountType, {
    description: 'Writes the differences as COUNT movements and closes the count.',
  })
  async closeInventoryCount(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<InventoryCountType> {
    return toCountType(await this.counts.close(id, user.id));
  }

  @Roles('STAFF')
  @Subscription(() => StockChangeType, { description: 'Products whose stock changed, after commit.' })
  stockChanged(): AsyncIterableIterator<unknown> {
    return this.pubsub.subscribe(STOCK_CHANGED);
  }
}
