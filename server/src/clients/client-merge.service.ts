import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { violatedConstraint } from '../common/db-errors.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import {
  ClientBeautyFileEntity,
  ClientDuplicateDismissalEntity,
  ClientMergeEntity,
} from './client-file.entities.js';
import { ClientEntity } from './client.entity.js';
import { ClientHistoryRepository } from './client-history.repository.js';
import { mergedValues, type MergeField } from './domain/merge.js';
import { ClientMergedEvent } from './events/client-merged.event.js';

export interface MergeOutcome {
  client: ClientEntity;
  moved: Record<string, number>;
}

/** Merging two records of the same person, and the possible duplicates waiting for a decision. */
@Injectable()
export class ClientMergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly history: ClientHistoryRepository,
    private readonly tx: TransactionRunner,
  ) {}

  /**
   * One transaction: both records locked (in id order, so two merges cannot deadlock), bookings,
   * notifications, notes and beauty-file access logs moved to the survivor (payments follow their
   * bookings), the beauty file kept or taken over, the merged record logged then deleted, the
   * survivor updated. A booking left behind would make the delete fail (foreign key RESTRICT): no orphan.
   */
  async merge(
    survivorId: string,
    mergedId: string,
    fromMerged: MergeField[],
    userId: string,
  ): Promise<MergeOutcome> {
    if (survivorId === mergedId) {
      const message = 'Choisissez deux fiches différentes.';
      throw new BadUserInputError(message, [{ field: 'input.mergedId', message }]);
    }
    try {
      return await this.tx.run(async (uow) => {
        const m = uow.manager;
        const locked = await m
          .getRepository(ClientEntity)
          .createQueryBuilder('c')
          .setLock('pessimistic_write')
          .where({ id: In([survivorId, mergedId].sort()) })
          .orderBy('c.id')
          .getMany();
        const survivor = locked.find((c) => c.id === survivorId);
        const merged = locked.find((c) => c.id === mergedId);
        if (survivor === undefined) throw new NotFoundError('Client à conserver introuvable.');
        if (merged === undefined) throw new NotFoundError('Client à fusionner introuvable.');

        const moved = await this.history.moveAll(m, mergedId, survivorId);
        const beauty = m.getRepository(ClientBeautyFileEntity);
        const survivorFile = await beauty.findOneBy({ clientId: survivorId });
        const mergedFile = await beauty.findOneBy({ clientId: mergedId });
        if (mergedFile !== null && (survivorFile === null || fromMerged.includes('BEAUTY_FILE'))) {
          if (survivorFile !== null) await beauty.delete({ clientId: survivorId });
          await beauty.update({ clientId: mergedId }, { clientId: survivorId });
          moved.client_beauty_file = 1;
        }
        await m.save(ClientMergeEntity, {
          survivorId,
          mergedId,
          mergedSnapshot: JSON.parse(JSON.stringify(merged)) as Record<string, unknown>,
          keptFromMerged: fromMerged,
          moved,
          mergedBy: userId,
        });
        // Other modules move their rows in this transaction (see ClientMergedEvent).
        uow.emit(new ClientMergedEvent(survivorId, mergedId));
        await m.delete(ClientEntity, { id: mergedId });
        const values = mergedValues(survivor, merged, fromMerged);
        await m.update(ClientEntity, { id: survivorId }, values);
        await m.delete(ClientDuplicateDismissalEntity, { key: In(pairKeys(survivorId, mergedId)) });
        return { client: await m.findOneByOrFail(ClientEntity, { id: survivorId }), moved };
      });
    } catch (error) {
      if (violatedConstraint(error, 'unique') === 'uq_client_email')
        throw new ConflictError('Un autre client a déjà cette adresse e-mail.');
      throw error;
    }
  }

  async possibleDuplicates(limit = 100) {
    const rows = await this.history.possibleDuplicates(limit);
    const ids = [...new Set(rows.flatMap((r) => [r.clientId, r.otherClientId].filter((id) => id !== null)))];
    const clients = ids.length === 0 ? [] : await this.db.getRepository(ClientEntity).findBy({ id: In(ids) });
    const byId = new Map(clients.map((c) => [c.id, c]));
    return rows.flatMap((r) => {
      const client = byId.get(r.clientId);
      if (client === undefined) return [];
      return [
        {
          key: r.key,
          client,
          other: r.otherClientId === null ? null : (byId.get(r.otherClientId) ?? null),
          bookingReference: r.bookingReference,
          typedEmail: r.typedEmail,
          since: r.since,
        },
      ];
    });
  }

  /** Staff looked at a possible duplicate and decided the records are different people. */
  async dismiss(key: string, userId: string): Promise<void> {
    if (!/^(pair:[0-9a-f-]{36}:[0-9a-f-]{36}|booking:[0-9a-f-]{36})$/.test(key)) {
      const message = 'Doublon inconnu.';
      throw new BadUserInputError(message, [{ field: 'key', message }]);
    }
    await insertDismissal(this.db, key, userId);
  }

  /** The merges into a client, newest first. */
  mergesInto(clientId: string): Promise<ClientMergeEntity[]> {
    return this.db
      .getRepository(ClientMergeEntity)
      .find({ where: { survivorId: clientId }, order: { mergedAt: 'DESC' } });
  }
}

function pairKeys(a: string, b: string): string[] {
  const [x, y] = [a, b].sort();
  return [`pair:${x}:${y}`];
}

async function insertDismissal(db: DataSource, key: string, userId: string): Promise<void> {
  await db
    .createQueryBuilder()
    .insert()
    .into(ClientDuplicateDismissalEntity)
    .values({ key, dismissedBy: userId })
    .orIgnore()
    .execute();
}
