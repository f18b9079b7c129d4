import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JournalKind } from '../journal/journal-kind.js';
import { JournalWriter } from '../journal/journal-writer.service.js';
import { JournalRepository } from '../journal/journal.repository.js';
import { CashSessionService } from '../till/cash-session.service.js';
import { TillGate } from '../till/till-gate.service.js';
import { TillSignInService } from '../till/till-sign-in.service.js';
import { SaleJournal } from './sale-journal.js';

/** The sales' view of the till journal: `TillGate` and `JournalWriter` of the pos module. */
@Injectable()
export class SaleJournalAdapter extends SaleJournal {
  constructor(
    private readonly gate: TillGate,
    private readonly writer: JournalWriter,
    private readonly signIns: TillSignInService,
    private readonly tills: CashSessionService,
    private readonly journal: JournalRepository,
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

  async appendEventToEveryTill(
    manager: EntityManager,
    entry: Parameters<SaleJournal['appendEventToEveryTill']>[1],
  ): Promise<number> {
    const tills = await this.tills.tills(false);
    // In name order (listTills): two such transactions lock the tills' heads in the same order.
    for (const till of tills) {
      await this.writer.append(manager, { ...entry, tillId: till.id, kind: JournalKind.EVENT });
    }
    return tills.length;
  }

  signIn(tillId: string, operator: { userId: string; sessionId: string }, now: Date): Promise<void> {
    return this.signIns.ensure(tillId, operator, now);
  }

  async record(id: string): ReturnType<SaleJournal['record']> {
    const row = await this.journal.recordById(id);
    return row === null
      ? null
      : {
          id: row.id,
          tillId: row.tillId,
          kind: row.kind,
          number: row.number,
          occurredAt: row.occurredAt,
          hash: row.hash,
          payload: row.payload,
        };
  }

  async appendDuplicate(
    manager: EntityManager,
    entry: Parameters<SaleJournal['appendDuplicate']>[1],
  ): Promise<{ number: number; shortHash: string }> {
    const record = await this.writer.append(manager, { ...entry, kind: JournalKind.DUPLICATE });
    if (record.number === null) throw new Error(`Journal record ${record.id} of a duplicate has no number`);
    return { number: record.number, shortHash: record.shortHash };
  }
}
