import { Injectable, Logger } from '@nestjs/common';
import { ConflictError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { GiftCardFactsService } from '../gift-card/index.js';
import { ClosureFactsRepository } from '../pos/index.js';
import { AccountingRepository } from './accounting.repository.js';
import { mergeSettings } from './domain/chart.js';
import { dayClosureEntry, frenchDate } from './domain/z-entry.js';

export type PostingOutcome = 'posted' | 'already posted' | 'nothing to post';

/**
 * Writes entries from the facts other modules record (through the outbox): one use case per fact.
 * Idempotent: an entry's source key is unique, so a redelivered job posts nothing twice.
 */
@Injectable()
export class PostingService {
  private readonly logger = new Logger(PostingService.name);

  constructor(
    private readonly repo: AccountingRepository,
    private readonly closures: ClosureFactsRepository,
    private readonly giftCards: GiftCardFactsService,
    private readonly tx: TransactionRunner,
  ) {}

  /** The sales entry of a daily closure (Z). Throws (the job retries) if its month is locked. */
  async postDayClosure(recordId: string): Promise<PostingOutcome> {
    const facts = await this.closures.dayClosure(recordId);
    if (facts === null) throw new Error(`Daily closure ${recordId} not found`);
    const giftCardTenders = await this.giftCards.tenderSplit({
      ...facts.giftCardSales,
      parisDate: facts.date,
    });
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
          giftCardTenders,
        },
        settings,
      );
      if (entry === null) return 'nothing to post';
      if (await this.repo.isLocked(manager, entry.entryDate)) {
        this.logger.warn({ recordId, date: entry.entryDate }, 'Z in a locked accounting period');
        throw new ConflictError(`La période du ${frenchDate(entry.entryDate)} est verrouillée.`);
      }
      const id = await this.repo.insertEntry(manager, entry, { kind: 'POS_Z', id: facts.recordId });
      return id === null ? 'already posted' : 'posted';
    });
  }
}
