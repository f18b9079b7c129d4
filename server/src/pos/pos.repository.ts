import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { JournalKind, SALE_KINDS } from './journal/journal-kind.js';
import {
  CashMovementEntity,
  CashSessionEntity,
  PosChainHeadEntity,
  PosSigningKeyEntity,
  TillEntity,
} from './pos.entities.js';

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

export interface TotalsRow {
  ticketCount: number;
  creditNoteCount: number;
  totalInclCents: number;
  absoluteTotalCents: number;
  vatTotals: { rateBp: number; baseCents: number; vatCents: number }[];
  tenders: { kind: string; amountCents: number }[];
}

const JOURNAL_COLUMNS = `id, till_id AS "tillId", seq, kind, number, occurred_at AS "occurredAt",
  actor_user_id AS "actorUserId", payload, canonical, prev_hash AS "prevHash", hash`;

/** Every SQL statement of the point-of-sale module. Methods take the caller's manager when in a transaction. */
@Injectable()
export class PosRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  // ---- tills ----

  listTills(includeInactive: boolean): Promise<TillEntity[]> {
    return this.db.getRepository(TillEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { name: 'ASC' },
    });
  }

  findTill(id: string, manager?: EntityManager): Promise<TillEntity | null> {
    return this.m(manager).findOne(TillEntity, { where: { id } });
  }

  /** Creates a till and the head of its chain. */
  async createTill(manager: EntityManager, name: string, genesisHash: string): Promise<TillEntity> {
    const till = await manager.save(TillEntity, manager.create(TillEntity, { name, active: true }));
    await manager.insert(PosChainHeadEntity, {
      tillId: till.id,
      seq: 0,
      hash: genesisHash,
      closedThrough: null,
    });
    return till;
  }

  // ---- the chain ----

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

  // ---- closures ----

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

  // ---- cash sessions ----

  async currentSession(tillId: string, manager?: EntityManager): Promise<CashSessionEntity | null> {
    const rows: { id: string }[] = await this.m(manager).query(
      `SELECT id FROM cash_session WHERE till_id = $1 AND closed_at IS NULL`,
      [tillId],
    );
    return rows[0] ? this.m(manager).findOneOrFail(CashSessionEntity, { where: { id: rows[0].id } }) : null;
  }

  async lockOpenSession(manager: EntityManager, tillId: string): Promise<CashSessionEntity | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM cash_session WHERE till_id = $1 AND closed_at IS NULL FOR UPDATE`,
      [tillId],
    );
    return rows[0] ? manager.findOneOrFail(CashSessionEntity, { where: { id: rows[0].id } }) : null;
  }

  saveSession(manager: EntityManager, session: Partial<CashSessionEntity>): Promise<CashSessionEntity> {
    return manager.save(CashSessionEntity, manager.create(CashSessionEntity, session));
  }

  saveMovement(manager: EntityManager, movement: Partial<CashMovementEntity>): Promise<CashMovementEntity> {
    return manager.save(CashMovementEntity, manager.create(CashMovementEntity, movement));
  }

  movements(sessionId: string, manager?: EntityManager): Promise<CashMovementEntity[]> {
    return this.m(manager).find(CashMovementEntity, { where: { sessionId }, order: { occurredAt: 'ASC' } });
  }

  /** Cash taken by the sales of a session's period on its till (sum of CASH tenders). */
  async cashSalesBetween(manager: EntityManager, tillId: string, from: Date, to: Date): Promise<number> {
    const rows: { amount: string | null }[] = await manager.query(
      `SELECT sum((t->>'amountCents')::bigint) AS amount
         FROM pos_journal, jsonb_array_elements(payload->'tenders') t
        WHERE till_id = $1 AND kind = ANY($2) AND occurred_at >= $3 AND occurred_at <= $4 AND t->>'kind' = 'CASH'`,
      [tillId, SALE_KINDS, from, to],
    );
    return Number(rows[0]?.amount ?? 0);
  }

  // ---- signing key ----

  signingKey(): Promise<PosSigningKeyEntity | null> {
    return this.db.getRepository(PosSigningKeyEntity).findOne({ where: { id: 1 } });
  }

  async insertSigningKeyIfNone(publicKey: string, privateKeyEncrypted: string): Promise<void> {
    await this.db.query(
      `INSERT INTO pos_signing_key (id, public_key, private_key_encrypted) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING`,
      [publicKey, privateKeyEncrypted],
    );
  }
}
