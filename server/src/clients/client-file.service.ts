import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, Not, type DataSource } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import {
  ClientBeautyFileEntity,
  ClientHealthAccessEntity,
  ClientNoteEntity,
} from './client-file.entities.js';
import { ClientEntity } from './client.entity.js';
import { ClientHistoryRepository, type NoteView } from './client-history.repository.js';
import { ClientsRepository } from './clients.repository.js';
import type { ClientBeautyFileInput } from './dto/client-file.types.js';

const BEAUTY_FIELDS = ['skinType', 'allergies', 'contraindications', 'productsUsed'] as const;

/** A client's file: the record with its figures, history and notes; the beauty file (logged); archiving. */
@Injectable()
export class ClientFileService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clients: ClientsRepository,
    private readonly history: ClientHistoryRepository,
  ) {}

  async file(clientId: string, now = Date.now()) {
    const client = await this.clientOrThrow(clientId);
    const at = new Date(now);
    const [figures, habits, notes, bookings, payments, messages, beauty, practitioner] = await Promise.all([
      this.clients.stats(clientId, at),
      this.history.habits(clientId, at),
      this.history.notes(clientId),
      this.history.bookings(clientId),
      this.history.payments(clientId),
      this.history.messages(clientId),
      this.db.getRepository(ClientBeautyFileEntity).existsBy({ clientId }),
      this.history.practitionerName(client.preferredPractitionerId),
    ]);
    const attended = figures.visits + habits.noShows;
    return {
      client,
      stats: {
        visits: figures.visits,
        totalSpentCents: figures.totalSpentCents,
        averageBasketCents:
          figures.visits === 0 ? null : Math.round(figures.totalSpentCents / figures.visits),
        lastVisitAt: figures.lastVisitAt,
        favouriteServices: habits.favouriteServices,
        noShows: habits.noShows,
        noShowRate: attended === 0 ? 0 : habits.noShows / attended,
      },
      preferredPractitionerName: practitioner,
      hasBeautyFile: beauty,
      notes,
      bookings,
      payments,
      messages,
    };
  }

  async addNote(clientId: string, body: string, pinned: boolean, authorId: string): Promise<NoteView> {
    await this.clientOrThrow(clientId);
    const note = await this.db.getRepository(ClientNoteEntity).save({ clientId, body, pinned, authorId });
    return (await this.history.notes(clientId)).find((n) => n.id === note.id) as NoteView;
  }

  async pinNote(noteId: string, pinned: boolean): Promise<NoteView> {
    const note = await this.db.getRepository(ClientNoteEntity).findOneBy({ id: noteId });
    if (note === null) throw new NotFoundError('Note introuvable.');
    await this.db.getRepository(ClientNoteEntity).update({ id: noteId }, { pinned });
    return (await this.history.notes(note.clientId)).find((n) => n.id === noteId) as NoteView;
  }

  /** The beauty file (health data): the read is logged with the reader, in the same transaction. */
  async readBeautyFile(clientId: string, userId: string): Promise<ClientBeautyFileEntity> {
    return this.db.transaction(async (m) => {
      const client = await m.findOneBy(ClientEntity, { id: clientId });
      if (client === null) throw new NotFoundError('Client introuvable.');
      await m.insert(ClientHealthAccessEntity, { clientId, userId, action: 'READ' });
      const file = await m.findOneBy(ClientBeautyFileEntity, { clientId });
      return file ?? m.create(ClientBeautyFileEntity, { clientId, ...emptyBeauty() });
    });
  }

  async updateBeautyFile(input: ClientBeautyFileInput, userId: string): Promise<ClientBeautyFileEntity> {
    return this.db.transaction(async (m) => {
      const client = await m.findOneBy(ClientEntity, { id: input.clientId });
      if (client === null) throw new NotFoundError('Client introuvable.');
      const current = (await m.findOneBy(ClientBeautyFileEntity, { clientId: input.clientId })) ?? {
        clientId: input.clientId,
        ...emptyBeauty(),
      };
      const next = { ...current, updatedBy: userId };
      for (const field of BEAUTY_FIELDS) if (input[field] !== undefined) next[field] = input[field] ?? null;
      await m.save(ClientBeautyFileEntity, next);
      await m.insert(ClientHealthAccessEntity, { clientId: input.clientId, userId, action: 'WRITE' });
      return m.findOneByOrFail(ClientBeautyFileEntity, { clientId: input.clientId });
    });
  }

  /** Whether the beauty file warns of allergies or contra-indications (no health data returned, so not logged). */
  async beautyAlert(clientId: string): Promise<boolean> {
    await this.clientOrThrow(clientId);
    return this.db.getRepository(ClientBeautyFileEntity).exists({
      where: [
        { clientId, allergies: Not(IsNull()) },
        { clientId, contraindications: Not(IsNull()) },
      ],
    });
  }

  /** Who read or wrote the beauty file, newest first. */
  async healthAccessLog(clientId: string): Promise<{ userName: string; action: string; at: Date }[]> {
    await this.clientOrThrow(clientId);
    return this.history.healthAccess(clientId);
  }

  async archive(clientId: string, archived: boolean, now = Date.now()): Promise<ClientEntity> {
    const client = await this.clientOrThrow(clientId);
    await this.db
      .getRepository(ClientEntity)
      .update({ id: clientId }, { archivedAt: archived ? (client.archivedAt ?? new Date(now)) : null });
    return this.clientOrThrow(clientId);
  }

  private async clientOrThrow(id: string): Promise<ClientEntity> {
    const client = await this.db.getRepository(ClientEntity).findOneBy({ id });
    if (client === null) throw new NotFoundError('Client introuvable.');
    return client;
  }
}

function emptyBeauty() {
  return { skinType: null, allergies: null, contraindications: null, productsUsed: null, updatedBy: null };
}
