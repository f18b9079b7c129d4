import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JournalKind } from '../journal/journal-kind.js';
import { JournalWriter } from '../journal/journal-writer.service.js';
import { TillGate } from '../till/till-gate.service.js';
import { SaleJournal } from './sale-journal.js';

/** The sales' view of the till journal: `TillGate` and `JournalWriter` of the pos module. */
@Injectable()
export class SaleJournalAdapter extends SaleJournal {
  constructor(
    private readonly gate: TillGate,
    private readonly writer: JournalWriter,
  ) {
    super();
  }

  async assertCanSell(manager: EntityManager, tillId: string, now: Date): Promise<void> {
    await this.gate.assertCanSell(manager, tillId, now);
  }

  async appendSale(
    manager: EntityManager,
    entry: Parameters<SaleJournal['appendSale']>[1],
  ): Promise<{ id: string; number: number; shortHash: string }> {
    const record = await this.writer.append(manager, {
      ...entry,
      kind: entry.kind === 'TICKET' ? JournalKind.TICKET : JournalKind.CREDIT_NOTE,
    });
    if (record.number === null) throw new Error(`Journal record ${record.id} of a sale has no number`);
    return { id: record.id, number: record.number, shortHash: record.shortHash };
  }
}
