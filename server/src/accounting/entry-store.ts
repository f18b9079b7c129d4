import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../common/errors.js';
import type { AccountingRepository } from './accounting.repository.js';
import type { DraftEntry } from './domain/entry.js';
import { frenchDate } from './domain/z-entry.js';

/**
 * Stores an entry someone typed the facts of (a payout, a cash banking, the opening entry), in the
 * caller's transaction: refused, naming `dateField`, when its month is locked; null if its source key
 * was already posted.
 */
export async function storeTypedEntry(
  repo: AccountingRepository,
  manager: EntityManager,
  entry: DraftEntry,
  source: { kind: string; id: string },
  dateField: string,
): Promise<string | null> {
  if (await repo.isLocked(manager, entry.entryDate)) {
    throw new BadUserInputError(
      `La période du ${frenchDate(entry.entryDate)} est verrouillée : aucune écriture ne peut y être ajoutée.`,
      dateField,
    );
  }
  return repo.insertEntry(manager, entry, source);
}
