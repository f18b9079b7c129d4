import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { AuthUser } from '../common/auth/roles.js';
import { ParseIdPipe } from '../common/validation.js';
import type { ClientBeautyFileEntity } from './client-file.entities.js';
import { ClientFileService } from './client-file.service.js';
import { toClientType } from './clients.resolver.js';
import {
  ArchiveClientInput,
  ClientBeautyFile,
  ClientBeautyFileInput,
  ClientFile,
  ClientHealthAccess,
  ClientNote,
  ClientNoteInput,
  PinClientNoteInput,
} from './dto/client-file.types.js';
import { ClientType } from './dto/client.types.js';

function toBeautyFile(f: ClientBeautyFileEntity): ClientBeautyFile {
  return {
    clientId: f.clientId,
    skinType: f.skinType,
    allergies: f.allergies,
    contraindications: f.contraindications,
    productsUsed: f.productsUsed,
    updatedAt: f.updatedAt ?? null,
  };
}

/** The client file: STAFF reads and edits it; the beauty file's access log is for ADMIN. */
@Resolver()
export class ClientFileResolver {
  constructor(private readonly service: ClientFileService) {}

  @Roles('STAFF')
  @Query(() => ClientFile, {
    description: 'A client’s file: record, figures, bookings, payments, notes, messages.',
  })
  async clientFile(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<ClientFile> {
    const file = await this.service.file(id);
    return { ...file, client: toClientType(file.client) };
  }

  @Roles('STAFF')
  @Query(() => ClientBeautyFile, { description: 'Health data: every read is logged with the reader.' })
  async clientBeautyFile(
    @Args('clientId', { type: () => ID }, ParseIdPipe) clientId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ClientBeautyFile> {
    return toBeautyFile(await this.service.readBeautyFile(clientId, user.id));
  }

  @Roles('STAFF')
  @Query(() => Boolean, {
    description:
      'The client’s beauty file names allergies or contra-indications (a yes/no for the agenda’s warning; the content is read, logged, with `clientBeautyFile`).',
  })
  clientBeautyAlert(@Args('clientId', { type: () => ID }, ParseIdPipe) clientId: string): Promise<boolean> {
    return this.service.beautyAlert(clientId);
  }

  @Roles('ADMIN')
  @Query(() => [ClientHealthAccess], { description: 'Who read or wrote the beauty file, newest first.' })
  clientHealthAccessLog(
    @Args('clientId', { type: () => ID }, ParseIdPipe) clientId: string,
  ): Promise<ClientHealthAccess[]> {
    return this.service.healthAccessLog(clientId);
  }

  @Roles('STAFF')
  @Mutation(() => ClientBeautyFile)
  async updateClientBeautyFile(
    @Args('input') input: ClientBeautyFileInput,
    @CurrentUser() user: AuthUser,
  ): Promise<ClientBeautyFile> {
    return toBeautyFile(await this.service.updateBeautyFile(input, user.id));
  }

  @Roles('STAFF')
  @Mutation(() => ClientNote)
  addClientNote(@Args('input') input: ClientNoteInput, @CurrentUser() user: AuthUser): Promise<ClientNote> {
    return this.service.addNote(input.clientId, input.body, input.pinned ?? false, user.id);
  }

  @Roles('STAFF')
  @Mutation(() => ClientNote)
  pinClientNote(@Args('input') input: PinClientNoteInput): Promise<ClientNote> {
    return this.service.pinNote(input.noteId, input.pinned);
  }

  @Roles('STAFF')
  @Mutation(() => ClientType, {
    description: 'Archives a client (out of the list, history kept) or brings it back.',
  })
  async archiveClient(@Args('input') input: ArchiveClientInput): Promise<ClientType> {
    return toClientType(await this.service.archive(input.clientId, input.archived));
  }
}
