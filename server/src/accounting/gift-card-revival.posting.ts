import { Injectable } from '@nestjs/common';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../common/time.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { GiftCardFactsService } from '../gift-card/index.js';
import { AccountingRepository } from './accounting.repository.js';
import { mergeSettings } from './domain/chart.js';
import { giftCardRevivalEntry } from './domain/gift-card-entry.js';
import { storeTypedEntry } from './entry-store.js';
import type { PostingOutcome } from './posting.service.js';

/** Reverses a card's expiry write-off when an extension revives it (once per EXTEND movement). */
@Injectable()
export class GiftCardRevivalPosting {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly giftCards: GiftCardFactsService,
    private readonly tx: TransactionRunner,
  ) {}

  async post(movementId: string): Promise<PostingOutcome> {
    const x = await this.giftCards.revival(movementId);
    if (x === null) throw new Error(`Gift-card revival ${movementId} not found`);
    return this.tx.run(async ({ manager }) => {
      const settings = mergeSettings(await this.repo.settings(manager));
      const entry = giftCardRevivalEntry(
        { ...x, date: localDateOf(x.occurredAt.getTime(), INSTITUTE_TIME_ZONE) },
        settings,
      );
      if (entry === null) return 'nothing to post';
      const id = await storeTypedEntry(
        this.repo,
        manager,
        entry,
        { kind: 'GIFT_CARD_REVIVAL', id: x.movementId },
        'movementId',
      );
      return id === null ? 'already posted' : 'posted';
    });
  }
}
