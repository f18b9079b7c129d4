import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../common/errors.js';
import { AccountingRepository } from './accounting.repository.js';
import type { DraftEntry } from './domain/entry.js';
import { frenchDate } from './domain/z-entry.js';

export type PostingOutcome = 'posted' | 'already posted' | 'nothing to post';

/** Where a posted entry comes from, for the entry's detail to trace it back. */
export type EntrySourceKind =
  'POS_Z' | 'GIFT_CARD_EXPIRY' | 'PAYMENT' | 'PAYMENT_REFUND' | 'BOOKING' | 'GIFT_CARD_ORDER';

/** The one way every posting use case writes its entry. */
@Injectable()
export class EntryStore {
  private readonly logger = new Logger(EntryStore.name);

  constructor(private readonly repo: AccountingRepository) {}

  /** Inserts an entry once (its source key is unique), refusing a locked period (the job retries). */
  async store(
    manager: EntityManager,
    entry: DraftEntry | null,
    source: { kind: EntrySourceKind; id: string },
  ): Promise<PostingOutcome> {
    if (entry === null) return 'nothing to post';
    if (await this.repo.isLocked(manager, entry.entryDate)) {
      this.logger.warn({ source, date: entry.entryDate }, 'Entry in a locked accounting period');
      throw new ConflictError(`La période du ${frenchDate(entry.entryDate)} est verrouillée.`);
    }
    const id = await this.repo.insertEntry(manager, entry, source);
    return id === null ? 'already posted' : 'posted';
  }
}
