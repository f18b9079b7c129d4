import { Injectable } from '@nestjs/common';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../common/time.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { GiftCardFactsService } from '../gift-card/index.js';
import { ClosureFactsRepository } from '../pos/index.js';
import { AccountingRepository } from './accounting.repository.js';
import { mergeSettings } from './domain/chart.js';
import { giftCardExpiryEntry } from './domain/gift-card-entry.js';
import { dayClosureEntry } from './domain/z-entry.js';
import { EntryStore, type PostingOutcome } from './entry-store.service.js';
import { ZTenderSources } from './z-tender-sources.service.js';

export type { PostingOutcome } from './entry-store.service.js';

/**
 * Writes entries from the facts other modules record (through the outbox): one use case per fact.
 * Idempotent: an entry's source key is unique, so a redelivered job posts nothing twice.
 */
@Injectable()
export class PostingService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly closures: ClosureFactsRepository,
    private readonly giftCards: GiftCardFactsService,
    private readonly tx: TransactionRunner,
    private readonly entries: EntryStore,
    private readonly sources: ZTenderSources,
  ) {}

  /** The sales entry of a daily closure (Z). Throws (the job retries) if its month is locked. */
  async postDayClosure(recordId: string): Promise<PostingOutcome> {
    const facts = await this.closures.dayClosure(recordId);
    if (facts === null) throw new Error(`Daily closure ${recordId} not found`);
    const tenderSources = await this.sources.of(facts);
    return this.tx.run(async ({ manager }) => {
      const settings = mergeSettings(await this.repo.settings(manager));
      const entry = dayClosureEntry(
        {
          closureRecordId: facts.recordId,
          tillName: facts.tillName,
          zNumber: facts.number,
          date: facts.date,
          revenue: facts.revenue,
          vatTotals: facts.vatTotals,
          tenders: facts.tenders,
          tenderSources,
        },
        settings,
      );
      return this.entries.store(manager, entry, { kind: 'POS_Z', id: facts.recordId });
    });
  }

  /** A card expired with money left: the remainder is written off in the OD journal (cases 9c, 9c'). */
  async postGiftCardExpiry(movementId: string): Promise<PostingOutcome> {
    const x = await this.giftCards.expiry(movementId);
    if (x === null) throw new Error(`Gift-card expiry ${movementId} not found`);
    return this.tx.run(async ({ manager }) => {
      const settings = mergeSettings(await this.repo.settings(manager));
      const entry = giftCardExpiryEntry(
        { ...x, date: localDateOf(x.occurredAt.getTime(), INSTITUTE_TIME_ZONE) },
        settings,
      );
      return this.entries.store(manager, entry, { kind: 'GIFT_CARD_EXPIRY', id: x.movementId });
    });
  }
}
