import type { EntityManager } from 'typeorm';

/** What the sales need from the till's journal (implemented by the `pos` module's JournalWriter and TillGate). */
export abstract class SaleJournal {
  /** Throws a French conflict when the till cannot sell now (no open session, open > 24 h…). */
  abstract assertCanSell(manager: EntityManager, tillId: string, now: Date): Promise<void>;
  /** Appends a TICKET or CREDIT_NOTE record in the caller's transaction: gap-free number per till and kind. */
  abstract appendSale(
    manager: EntityManager,
    entry: {
      tillId: string;
      kind: 'TICKET' | 'CREDIT_NOTE';
      payload: Record<string, unknown>;
      occurredAt: Date;
      actorUserId: string | null;
    },
  ): Promise<{ id: string; number: number; shortHash: string }>;
}
