export { CatalogModule } from './catalog.module.js';
export { CatalogService, type PractitionerWithServices, type Visibility } from './catalog.service.js';
export * from './catalog.entities.js';
export { depositCents, type DepositRule } from './domain/deposit.js';
export { toPractitionerType, toServiceType } from './dto/catalog.mappers.js';
export { PractitionerType, ServiceType } from './dto/catalog.types.js';
