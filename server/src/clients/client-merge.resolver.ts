import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { ClientMergeService } from './client-merge.service.js';
import { toClientType } from './clients.resolver.js';
import { ClientMergeResult, MergeClientsInput, PossibleDuplicate } from './dto/client-file.types.js';

/** Duplicates: STAFF sees and dismisses them; merging (destructive, logged) is for ADMIN. */
@Resolver()
export class ClientMergeResolver {
  constructor(private readonly service: ClientMergeService) {}

  @Roles('STAFF')
  @Query(() => [PossibleDuplicate], {
    description:
      'Same name and phone on two records, or online bookings matched by phone and name with another e-mail.',
  })
  async possibleDuplicateClients(): Promise<PossibleDuplicate[]> {
    const rows = await this.service.possibleDuplicates();
    return rows.map((r) => ({
      ...r,
      client: toClientType(r.client),
      other: r.other === null ? null : toClientType(r.other),
    }));
  }

  @Roles('STAFF')
  @Mutation(() => Boolean, { description: 'The records are different people: the question goes away.' })
  async dismissPossibleDuplicate(@Args('key') key: string, @CurrentUser() user: AuthUser): Promise<boolean> {
    await this.service.dismiss(key, user.id);
    return true;
  }

  @Roles('ADMIN')
  @Mutation(() => ClientMergeResult, {
    description:
      'Merges a duplicate into a surviving record (bookings, payments, notes, messages move; logged).',
  })
  async mergeClients(
    @Args('input') input: MergeClientsInput,
    @CurrentUser() user: AuthUser,
  ): Promise<ClientMergeResult> {
    const { client, moved } = await this.service.merge(
      input.survivorId,
      input.mergedId,
      input.keepFromMerged,
      user.id,
    );
    return {
      client: toClientType(client),
      movedBookings: moved.booking ?? 0,
      movedNotes: moved.client_note ?? 0,
      movedMessages: moved.notification ?? 0,
    };
  }
}
