import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { JournalKind, SALE_KINDS } from './journal-kind.js';
import { JOURNAL_COLUMNS, type JournalRow } from './journal.repository.js';

export interface TotalsRow {
  ticketCount: number;
  creditNoteCount: number;
  totalInclCents: number;
  absoluteTotalCents: number;
  vatTotals: { rateBp: number; baseCents: number; vatCents: number }[];
  tenders: { kind: string; amountCents: number }[];
}

/**
 * The SQL of closures: which days have sales, a period's totals aggregated over the sale records' jsonb
 * payloads, and the closure records already made. Methods take the caller's manager when in a transaction.
 */
@Injectable()
export class ClosureRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  /** Paris calendar dates, after `after` and before `before`, on which the till has sale records. */
  async saleDates(
    manager: EntityManager,
    tillId: string,
    after: Date | null,
    before: Date,
  ): Promise<string[]> {
    const rows: { d: string }[] = await manager.query(
      `SELECT DISTINCT (occurred_at AT TIME ZONE 'Europe/Paris')::date::text AS d FROM pos_journal
        WHERE till_id = $1 AND kind = ANY($2) AND ($3::timestamptz IS NULL OR occurred_at >= $3) AND occurred_at < $4
        ORDER BY d`,
      [tillId, SALE_KINDS, after, before],
    );
    return rows.map((r) => r.d);
  }
  /** Totals of the TICKET and CREDIT_NOTE records in [from, to), aggregated in SQL over the payloads. */
  async saleTotals(manager: EntityManager, tillId: string, from: Date, to: Date): Promise<TotalsRow> {
    const params = [tillId, SALE_KINDS, from, to];
    const where = `till_id = $1 AND kind = ANY($2) AND occurred_at >= $3 AND occurred_at < $4`;
    const [totals]: {
      tickets: string;
      creditNotes: string;
      total: string | null;
      absolute: string | null;
    }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE kind = 'TICKET') AS tickets,
              count(*) FILTER (WHERE kind = 'CREDIT_NOTE') AS "creditNotes",
              sum((payload->>'totalInclCents')::bigint) AS total,
              sum(abs((payload->>'totalInclCents')::bigint)) AS absolute
         FROM pos_journal WHERE ${where}`,
      params,
    );
    const vat: { rateBp: number; base: string; vat: string }[] = await manager.query(
      `SELECT (v->>'rateBp')::int AS "rateBp", sum((v->>'baseCents')::bigint) AS base, sum((v->>'vatCents')::bigint) AS vat
         FROM pos_journal, jsonb_array_elements(payload->'vatTotals') v WHERE ${where}
        GROUP BY 1 ORDER BY 1`,
      params,
    );
    const tenders: { kind: string; amount: string }[] = await manager.query(
      `SELECT t->>'kind' AS kind, sum((t->>'amountCents')::bigint) AS amount
         FROM pos_journal, jsonb_array_elements(payload->'tenders') t WHERE ${where}
        GROUP BY 1 ORDER BY (t->>'kind') COLLATE "C"`,
      params,
    );
    return {
      ticketCount: Number(totals.tickets),
      creditNoteCount: Number(totals.creditNotes),
      totalInclCents: Number(totals.total ?? 0),
      absoluteTotalCents: Number(totals.absolute ?? 0),
      vatTotals: vat.map((v) => ({ rateBp: v.rateBp, baseCents: Number(v.base), vatCents: Number(v.vat) })),
      tenders: tenders.map((t) => ({ kind: t.kind, amountCents: Number(t.amount) })),
    };
  }
  /** Closure records of a till, by kind, whose period starts in [firstDate, lastDate]. */
  closuresBetween(
    tillId: string,
    kinds: JournalKind[],
    firstDate: string | null,
    lastDate: string | null,
    manager?: EntityManager,
  ): Promise<JournalRow[]> {
    return this.m(manager).query(
      `SELECT ${JOURNAL_COLUMNS} FROM pos_journal
        WHERE till_id = $1 AND kind = ANY($2)
          AND ($3::text IS NULL OR payload->>'firstDate' >= $3) AND ($4::text IS NULL OR payload->>'firstDate' <= $4)
        ORDER BY seq`,
      [tillId, kinds, firstDate, lastDate],
    );
  }
  /** The latest closure of `kind` whose period starts on or before `lastDate`. */
  async lastClosureUpTo(
    manager: EntityManager,
    tillId: string,
    kind: JournalKind,
    lastDate: string,
  ): Promise<JournalRow | null> {
    const rows: JournalRow[] = await manager.query(
      `SELECT ${JOURNAL_COLUMNS} FROM pos_journal WHERE till_id = $1 AND kind = $2 AND payload->>'firstDate' <= $3
        ORDER BY payload->>'firstDate' DESC LIMIT 1`,
      [tillId, kind, lastDate],
    );
    return rows[0] ?? null;
  }
  async lastClosure(manager: EntityManager, tillId: string, kind: JournalKind): Promise<JournalRow | null> {
    const rows: JournalRow[] = await manager.query(
      `SELECT ${JOURNAL_COLUMNS} FROM pos_journal WHERE till_id = $1 AND kind = $2 ORDER BY number DESC LIMIT 1`,
      [tillId, kind],
    );
    return rows[0] ?? null;
  }
}
