import { Args, ID, Mutation, ObjectType, Field, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { ParseIdPipe } from '../common/validation.js';
import type { ClientEntity } from './client.entity.js';
import { ClientListService } from './client-list.service.js';
import { ClientsService } from './clients.service.js';
import { SaveClientFilterInput, SavedClientFilter } from './dto/client-file.types.js';
import { ClientPage, ClientsFilter, ClientType, UpsertClientInput } from './dto/client.types.js';

export function toClientType(c: ClientEntity): ClientType {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    notes: c.notes,
    marketingConsent: c.marketingConsent,
    serviceEmailOptOut: c.serviceEmailOptOut,
    serviceSmsOptOut: c.serviceSmsOptOut,
    birthday: c.birthday,
    addressLine1: c.addressLine1,
    postalCode: c.postalCode,
    city: c.city,
    preferredPractitionerId: c.preferredPractitionerId,
    tags: c.tags,
    archivedAt: c.archivedAt,
    createdAt: c.createdAt,
  };
}

@ObjectType()
export class ClientsCsv {
  @Field({ description: 'UTF-8 CSV (semicolons, BOM) of every client the filter matches.' }) csv: string;
  @Field(() => Int) count: number;
}

/** The client list (STAFF), its CSV export (ADMIN: the whole file of personal data), saved filters. */
@Resolver()
export class ClientsResolver {
  constructor(
    private readonly service: ClientsService,
    private readonly list: ClientListService,
  ) {}

  @Roles('STAFF')
  @Query(() => ClientPage, {
    description:
      'Clients matching a search (name, e-mail, phone; accents, typos and phone formats ignored) and filters.',
  })
  async clients(@Args('filter', { nullable: true }) filter?: ClientsFilter): Promise<ClientPage> {
    const { rows, total, totalIsLowerBound, nextCursor } = await this.list.list(filter);
    const mapped = rows.map((r) => ({ ...r, client: toClientType(r.client) }));
    return { items: mapped.map((r) => r.client), rows: mapped, total, totalIsLowerBound, nextCursor };
  }

  @Roles('ADMIN')
  @Query(() => ClientsCsv, { description: 'The current result of the client list as CSV (no paging).' })
  exportClientsCsv(@Args('filter', { nullable: true }) filter?: ClientsFilter): Promise<ClientsCsv> {
    return this.list.exportCsv(filter);
  }

  @Roles('STAFF')
  @Query(() => ClientType)
  async client(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<ClientType> {
    return toClientType(await this.service.get(id));
  }

  @Roles('STAFF')
  @Mutation(() => ClientType, { description: 'Creates (no id) or updates a client record.' })
  async upsertClient(@Args('input') input: UpsertClientInput): Promise<ClientType> {
    return toClientType(await this.service.upsert(input));
  }

  @Roles('STAFF')
  @Query(() => [SavedClientFilter], { description: 'The caller’s saved filters of the client list.' })
  async savedClientFilters(@CurrentUser() user: AuthUser): Promise<SavedClientFilter[]> {
    const saved = await this.list.savedFilters(user.id);
    return saved.map((s) => ({ id: s.id, name: s.name, filterJson: JSON.stringify(s.filter) }));
  }

  @Roles('STAFF')
  @Mutation(() => SavedClientFilter, {
    description: 'Saves the filter under this name (replacing one of that name).',
  })
  async saveClientFilter(
    @Args('input') input: SaveClientFilterInput,
    @CurrentUser() user: AuthUser,
  ): Promise<SavedClientFilter> {
    const s = await this.list.saveFilter(user.id, input.name, input.filter);
    return { id: s.id, name: s.name, filterJson: JSON.stringify(s.filter) };
  }

  @Roles('STAFF')
  @Mutation(() => Boolean)
  async deleteSavedClientFilter(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<boolean> {
    await this.list.deleteFilter(user.id, id);
    return true;
  }
}
