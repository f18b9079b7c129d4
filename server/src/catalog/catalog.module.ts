import { Module } from '@nestjs/common';
import { CabinTypesService } from './cabin-types.service.js';
import { CatalogResolver } from './catalog.resolver.js';
import { CatalogOrderService } from './catalog-order.service.js';
import { CatalogRepository } from './catalog.repository.js';
import { CatalogService } from './catalog.service.js';

@Module({
  providers: [CatalogRepository, CatalogService, CatalogOrderService, CabinTypesService, CatalogResolver],
  exports: [CatalogService],
})
export class CatalogModule {}
