import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators.js';
import { pageOf } from '../common/pagination.js';
import { ParseIdPipe } from '../common/validation.js';
import { CabinConsumptionService } from './cabin-consumption.service.js';
import { ImportProductsArgs, ProductsArgs, UpsertProductInput } from './dto/product.inputs.js';
import { UpsertSupplierInput } from './dto/purchasing.inputs.js';
import { SetServiceConsumptionInput, UpdateInventorySettingsInput } from './dto/stock.inputs.js';
import { toProductType, toSupplierType } from './dto/inventory.mappers.js';
import {
  InventorySettingsType,
  ProductImportReportType,
  ProductPage,
  ProductType,
  ServiceConsumptionType,
  SupplierType,
} from './dto/inventory.types.js';
import { ProductCatalogService } from './product-catalog.service.js';
import { ProductImportService } from './product-import.service.js';

/** The product catalogue: staff read it, admins edit it (prices, suppliers, imports, cabin consumption). */
@Resolver()
export class ProductResolver {
  constructor(
    private readonly catalog: ProductCatalogService,
    private readonly importer: ProductImportService,
    private readonly consumption: CabinConsumptionService,
  ) {}

  @Roles('STAFF')
  @Query(() => ProductPage, { description: 'Products with their stock, by name; filters combine.' })
  async products(@Args() args: ProductsArgs): Promise<ProductPage> {
    const { offset, limit } = pageOf(args.page);
    const { items, total } = await this.catalog.list(args.filter ?? {}, offset, limit);
    return { items: items.map(toProductType), total };
  }

  @Roles('STAFF')
  @Query(() => ProductType)
  async product(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<ProductType> {
    return toProductType(await this.catalog.get(id));
  }

  @Roles('STAFF')
  @Query(() => [String], { description: 'Product categories in use.' })
  productCategories(): Promise<string[]> {
    return this.catalog.categories();
  }

  @Roles('STAFF')
  @Query(() => [SupplierType])
  async suppliers(): Promise<SupplierType[]> {
    return (await this.catalog.suppliers()).map(toSupplierType);
  }

  @Roles('ADMIN')
  @Mutation(() => ProductType, {
    description: 'Creates (no id) or edits a product. Stock moves through movements.',
  })
  async upsertProduct(@Args('input') input: UpsertProductInput): Promise<ProductType> {
    const { id, ...fields } = input;
    return toProductType(await this.catalog.upsertProduct(id ?? null, fields));
  }

  @Roles('ADMIN')
  @Mutation(() => SupplierType)
  async upsertSupplier(@Args('input') input: UpsertSupplierInput): Promise<SupplierType> {
    const { id, ...fields } = input;
    return toSupplierType(await this.catalog.upsertSupplier(id ?? null, fields));
  }

  @Roles('ADMIN')
  @Mutation(() => ProductImportReportType, {
    description:
      'Imports products from CSV text. dryRun: report only. Nothing is written while a line is invalid unless importValidLines.',
  })
  importProducts(@Args() args: ImportProductsArgs): Promise<ProductImportReportType> {
    return this.importer.import(args.file, args.dryRun, args.importValidLines ?? false);
  }

  @Roles('STAFF')
  @Query(() => [ServiceConsumptionType], {
    description: 'What a service uses in the cabin per booking item.',
  })
  async serviceConsumption(
    @Args('serviceId', { type: () => ID }, ParseIdPipe) serviceId: string,
  ): Promise<ServiceConsumptionType[]> {
    return (await this.consumption.forServices([serviceId])).map((c) => ({
      serviceId: c.serviceId,
      product: toProductType(c.product!),
      quantity: c.quantity,
    }));
  }

  @Roles('ADMIN')
  @Mutation(() => [ServiceConsumptionType], { description: 'Replaces what a service uses in the cabin.' })
  async setServiceConsumption(
    @Args('input') input: SetServiceConsumptionInput,
  ): Promise<ServiceConsumptionType[]> {
    return (await this.consumption.set(input.serviceId, input.items)).map((c) => ({
      serviceId: c.serviceId,
      product: toProductType(c.product!),
      quantity: c.quantity,
    }));
  }

  @Roles('STAFF')
  @Query(() => InventorySettingsType)
  inventorySettings(): Promise<InventorySettingsType> {
    return this.catalog.settings();
  }

  @Roles('ADMIN')
  @Mutation(() => InventorySettingsType)
  updateInventorySettings(
    @Args('input') input: UpdateInventorySettingsInput,
  ): Promise<InventorySettingsType> {
    return this.catalog.updateSettings(input);
  }
}
