import { Injectable } from '@nestjs/common';
import { SaleJournal } from './sale-journal.js';

/** Placeholder until the journal (pos/journal) is merged: every completion is refused. */
@Injectable()
export class SaleJournalAdapter extends SaleJournal {
  assertCanSell(): Promise<void> {
    return Promise.reject(new Error('The till journal is not wired yet'));
  }
  appendSale(): Promise<{ id: string; number: number; shortHash: string }> {
    return Promise.reject(new Error('The till journal is not wired yet'));
  }
}
