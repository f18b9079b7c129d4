import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access.decorators.js';
import { ParseIdPipe } from '../common/validation.js';
import type { ClientEntity } from './client.entity.js';
import { ClientsService } from './clients.service.js';
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
    createdAt: c.createdAt,
  };
}

@Resolver()
export class ClientsResolver {
  constructor(private readonly service: ClientsService) {}

  @Roles('STAFF')
  @Query(() => ClientPage, { description: 'Clients matching a search (name, e-mail, phone), by last name.' })
  async clients(@Args('filter', { nullable: true }) filter?: ClientsFilter): Promise<ClientPage> {
    const { items, total } = await this.service.search(filter?.search, filter?.page);
    return { items: items.map(toClientType), total };
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
}
