import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PosChainHeadEntity } from '../pos.entities.js';
import type { TextRecord } from './chain-verifier.js';
import type { JournalKind } from './journal-kind.js';

export interface JournalRow {
  id: string;
  tillId: string;
  seq: number;
  kind: JournalKind;
  number: number | null;
  occurredAt: Date;
  actorUserId: string | null;
  payload: Record<string, unknown>;
  canonical: string;
  prevHash: string;
  hash: string;
}

export const JOURNAL_COLUMNS = `id, till_id AS "tillId", seq, kind, number, occurred_at AS "occurredAt",
  actor_user_id AS "actorUserId", payload, canonical, prev_hash AS "prevHash", hash`;

/**
 * The SQL of a till's journal chain: its head (locked by every append), the records appended, and the reads
 * of verification and archives (keyset batches in `seq` order). Methods take the caller's manager when in a
 * transaction.
 */
@Injectable()
export class JournalRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  async lockHead(manager: EntityManager, tillId: string): Promise<PosChainHeadEntity | null> {
    const rows: PosChainHeadEntity[] = await manager.query(
      `SELECT till_id AS "tillId", seq, hash, closed_through::text AS "closedThrough"
         FROM pos_chain_head WHERE till_id = $1 FOR UPDATE`,
      [tillId],
    );
    return rows[0] ?? null;
  }
  async readHead(tillId: string, manager?: EntityManager): Promise<PosChainHeadEntity | null> {
    const rows: PosChainHeadEntity[] = await this.m(manager).query(
      `SELECT till_id AS "tillId", seq, hash, closed_through::text AS "closedThrough"
         FROM pos_chain_head WHERE till_id = $1`,
      [tillId],
    );
    return rows[0] ?? null;
  }
  async lastNumber(manager: EntityManager, tillId: string, kind: JournalKind): Promise<number> {
    const rows: { n: number | null }[] = await manager.query(
      `SELECT max(number) AS n FROM pos_journal WHERE till_id = $1 AND kind = $2`,
      [tillId, kind],
    );
    return rows[0]?.n ?? 0;
  }
  async insertRecord(manager: EntityManager, row: Omit<JournalRow, 'id'>): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO pos_journal (till_id, seq, kind, number, occurred_at, actor_user_id, payload, canonical, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10) RETURNING id`,
      [
        row.tillId,
        row.seq,
        row.kind,
        row.number,
        row.occurredAt,
        row.actorUserId,
        JSON.stringify(row.payload),
        row.canonical,
        row.prevHash,
        row.hash,
      ],
    );
    return rows[0].id;
  }
  async advanceHead(
    manager: EntityManager,
    tillId: string,
    seq: number,
    hash: string,
    closedThrough?: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE pos_chain_head SET seq = $2, hash = $3, closed_through = GREATEST($4::date, closed_through)
        WHERE till_id = $1`,
      [tillId, seq, hash, closedThrough ?? null],
    );
  }
  /** Records of a till with `seq > afterSeq`, in order, at most `limit` (keyset batches for streaming). */
  journalBatch(tillId: string, afterSeq: number, limit: number, uptoSeq?: number): Promise<JournalRow[]> {
    return this.db.query(
      `SELECT ${JOURNAL_COLUMNS} FROM pos_journal
        WHERE till_id = $1 AND seq > $2 AND ($4::int IS NULL OR seq <= $4)
        ORDER BY seq LIMIT $3`,
      [tillId, afterSeq, limit, uptoSeq ?? null],
    );
  }
  /**
   * Like `journalBatch` for verification, as text: without the jsonb payload (the canonical text holds it,
   * and `ck_pos_journal_payload` keeps the two equal), without the till (the filter), and with the instant
   * as UTC text to the microsecond, so that no `Date` is built per row. Half the bytes to carry, nothing
   * parsed but two integers.
   */
  verificationBatch(
    tillId: string,
    afterSeq: number,
    limit: number,
    uptoSeq: number,
  ): Promise<Omit<TextRecord, 'tillId'>[]> {
    return this.db.query(
      `SELECT seq, kind, number, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
              actor_user_id AS "actorUserId", canonical, prev_hash AS "prevHash", hash
         FROM pos_journal WHERE till_id = $1 AND seq > $2 AND seq <= $4 ORDER BY seq LIMIT $3`,
      [tillId, afterSeq, limit, uptoSeq],
    );
  }

  /** Whether the constraint tying each payload to its canonical text is in place and validated. */
  async payloadConstraintHolds(): Promise<boolean> {
    const rows: { ok: boolean }[] = await this.db.query(
      `SELECT convalidated AND pg_get_constraintdef(oid) LIKE '%payload = ((canonical)::jsonb -> ''payload''::text)%' AS ok
         FROM pg_constraint WHERE conrelid = 'pos_journal'::regclass AND conname = 'ck_pos_journal_payload'`,
    );
    return rows[0]?.ok === true;
  }
  /** The `seq` bounds of the records occurring in [from, to). */
  async seqRange(
    tillId: string,
    from: Date | null,
    to: Date | null,
  ): Promise<{ first: number | null; last: number | null }> {
    const rows: { first: number | null; last: number | null }[] = await this.db.query(
      `SELECT min(seq) AS first, max(seq) AS last FROM pos_journal
        WHERE till_id = $1 AND ($2::timestamptz IS NULL OR occurred_at >= $2) AND ($3::timestamptz IS NULL OR occurred_at < $3)`,
      [tillId, from, to],
    );
    return rows[0] ?? { first: null, last: null };
  }
  /** The last number of each numbered kind before `seq`. */
  async numbersBefore(tillId: string, seq: number): Promise<Map<string, number>> {
    const rows: { kind: string; n: number }[] = await this.db.query(
      `SELECT kind, max(number) AS n FROM pos_journal WHERE till_id = $1 AND seq < $2 AND number IS NOT NULL GROUP BY kind`,
      [tillId, seq],
    );
    return new Map(rows.map((r) => [r.kind, r.n]));
  }
  async recordAtSeq(tillId: string, seq: number): Promise<JournalRow | null> {
    const rows: JournalRow[] = await this.db.query(
      `SELECT ${JOURNAL_COLUMNS} FROM pos_journal WHERE till_id = $1 AND seq = $2`,
      [tillId, seq],
    );
    return rows[0] ?? null;
  }
  async recordById(id: string): Promise<JournalRow | null> {
    const rows: JournalRow[] = await this.db.query(
      `SELECT ${JOURNAL_COLUMNS} FROM pos_journal WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
  /** The reprints of a ticket or credit note (DUPLICATE records naming its journal record). */
  async duplicatesOf(recordId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM pos_journal WHERE kind = 'DUPLICATE' AND payload->>'recordId' = $1`,
      [recordId],
    );
    return rows[0]?.n ?? 0;
  }
}
