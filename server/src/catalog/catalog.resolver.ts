import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import { roleSatisfies, type AuthUser } from '../common/auth/roles.js';
import { ParseIdListPipe, ParseIdPipe } from '../common/validation.js';
import { CabinTypesService } from './cabin-types.service.js';
import { CatalogOrderService } from './catalog-order.service.js';
import { CatalogService, type Visibility } from './catalog.service.js';
import {
  toCabinType,
  toCabinTypeType,
  toPractitionerType,
  toServiceCategoryType,
  toServiceType,
} from './dto/catalog.mappers.js';
import {
  CabinType,
  CabinTypeType,
  PractitionersArgs,
  PractitionerType,
  ReorderServicesInput,
  ServiceCategoryType,
  ServiceType,
  UpsertCabinInput,
  UpsertCabinTypeInput,
  UpsertPractitionerInput,
  UpsertServiceCategoryInput,
  UpsertServiceInput,
} from './dto/catalog.types.js';

function visibility(user: AuthUser | undefined, includeInactive: boolean): Visibility {
  return { staff: user !== undefined && roleSatisfies(user.role, 'STAFF'), includeInactive };
}

@Resolver()
export class CatalogResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly order: CatalogOrderService,
    private readonly cabinTypesService: CabinTypesService,
  ) {}

  @Public()
  @Query(() => [ServiceCategoryType], {
    description:
      'Categories with their services. The public sees active, online-bookable services only; staff may include inactive ones.',
  })
  async serviceCategories(
    @CurrentUser() user: AuthUser | undefined,
    @Args('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<ServiceCategoryType[]> {
    const rows = await this.catalog.categoriesWithServices(visibility(user, includeInactive));
    return rows.map(({ category, services }) => toServiceCategoryType(category, services));
  }

  @Public()
  @Query(() => [ServiceType], { description: 'Services (same visibility rules as serviceCategories).' })
  async services(
    @CurrentUser() user: AuthUser | undefined,
    @Args('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<ServiceType[]> {
    return (await this.catalog.services(visibility(user, includeInactive))).map(toServiceType);
  }

  @Public()
  @Query(() => [PractitionerType], {
    description: 'Active practitioners, optionally only those who perform every one of `serviceIds`.',
  })
  async practitioners(
    @CurrentUser() user: AuthUser | undefined,
    @Args() args: PractitionersArgs,
  ): Promise<PractitionerType[]> {
    const rows = await this.catalog.practitioners(
      visibility(user, args.includeInactive),
      args.serviceIds ?? [],
    );
    return rows.map(toPractitionerType);
  }

  @Roles('STAFF')
  @Query(() => [CabinType])
  async cabins(
    @Args('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<CabinType[]> {
    return (await this.catalog.cabins(includeInactive)).map(toCabinType);
  }

  @Roles('STAFF')
  @Query(() => [CabinTypeType])
  async cabinTypes(): Promise<CabinTypeType[]> {
    return (await this.catalog.cabinTypes()).map(toCabinTypeType);
  }

  @Roles('ADMIN')
  @Mutation(() => ServiceCategoryType, { description: 'Creates (no id) or updates a category.' })
  async upsertServiceCategory(
    @Args('input') input: UpsertServiceCategoryInput,
  ): Promise<ServiceCategoryType> {
    const category = await this.catalog.upsertCategory(input);
    const services = await this.catalog.services({ staff: true, includeInactive: true });
    return toServiceCategoryType(
      category,
      services.filter((s) => s.categoryId === category.id),
    );
  }

  @Roles('ADMIN')
  @Mutation(() => Boolean, {
    description: 'Deletes an empty category; refused (BAD_USER_INPUT on `id`) while it holds services.',
  })
  async deleteServiceCategory(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<boolean> {
    await this.catalog.deleteCategory(id);
    return true;
  }

  @Roles('ADMIN')
  @Mutation(() => [ServiceCategoryType], {
    description: 'Orders the categories: `ids` names every category once, in the new order.',
  })
  async reorderServiceCategories(
    @Args('ids', { type: () => [ID] }, ParseIdListPipe) ids: string[],
  ): Promise<ServiceCategoryType[]> {
    const rows = await this.order.reorderCategories(ids);
    return rows.map(({ category, services }) => toServiceCategoryType(category, services));
  }

  @Roles('ADMIN')
  @Mutation(() => ServiceCategoryType, {
    description: 'Orders the services of one category (all of them, inactive ones too).',
  })
  async reorderServices(@Args('input') input: ReorderServicesInput): Promise<ServiceCategoryType> {
    const { category, services } = await this.order.reorderServices(input.categoryId, input.serviceIds);
    return toServiceCategoryType(category, services);
  }

  @Roles('ADMIN')
  @Mutation(() => ServiceType, { description: 'Creates (no id) or updates a service.' })
  async upsertService(@Args('input') input: UpsertServiceInput): Promise<ServiceType> {
    return toServiceType(await this.catalog.upsertService(input));
  }

  @Roles('ADMIN')
  @Mutation(() => PractitionerType, {
    description: 'Creates or updates a practitioner and what they perform.',
  })
  async upsertPractitioner(@Args('input') input: UpsertPractitionerInput): Promise<PractitionerType> {
    return toPractitionerType(await this.catalog.upsertPractitioner(input));
  }

  @Roles('ADMIN')
  @Mutation(() => CabinTypeType)
  async upsertCabinType(@Args('input') input: UpsertCabinTypeInput): Promise<CabinTypeType> {
    return toCabinTypeType(await this.catalog.upsertCabinType(input));
  }

  @Roles('ADMIN')
  @Mutation(() => CabinType)
  async upsertCabin(@Args('input') input: UpsertCabinInput): Promise<CabinType> {
    return toCabinType(await this.catalog.upsertCabin(input));
  }

  @Roles('ADMIN')
  @Mutation(() => CabinTypeType, {
    description: 'Deletes a cabin type that no cabin and no service uses (CONFLICT otherwise).',
  })
  async deleteCabinType(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<CabinTypeType> {
    return toCabinTypeType(await this.cabinTypesService.deleteCabinType(id));
  }
}
