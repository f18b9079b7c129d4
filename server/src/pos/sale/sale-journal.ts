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
  /**
   * Appends an EVENT record (technical log: a setting changed…) to the journal of every enabled till, in
   * the caller's transaction; returns how many tills.
   */
  abstract appendEventToEveryTill(
    manager: EntityManager,
    entry: { payload: { event: string; [extra: string]: unknown }; occurredAt: Date; actorUserId: string },
  ): Promise<number>;
  /** The technical log's TILL_SIGN_IN, once per auth session and till, before a writing action. */
  abstract signIn(tillId: string, operator: { userId: string; sessionId: string }, now: Date): Promise<void>;
  /** A journal record as stored (the receipt prints what was chained). */
  abstract record(id: string): Promise<{
    id: string;
    tillId: string;
    kind: string;
    number: number | null;
    occurredAt: Date;
    hash: string;
    payload: Record<string, unknown>;
  } | null>;
  /** Appends a DUPLICATE record (a receipt printed again) in the caller's transaction: its number per till. */
  abstract appendDuplicate(
    manager: EntityManager,
    entry: { tillId: string; payload: Record<string, unknown>; occurredAt: Date; actorUserId: string | null },
  ): Promise<{ number: number; shortHash: string }>;
}
