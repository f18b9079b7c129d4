import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccountingSettingsEntity } from './accounting.entities.js';
import type { DraftEntry } from './domain/entry.js';
import type { FecRow } from './domain/fec-format.js';

/** ISO dates inlined in the FEC cursor's DECLARE (a utility statement takes no parameters): checked first. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The SQL of settings, posting, validation, period locks and the FEC cursor (the books' reads are
 * BooksRepository's). Methods take the caller's manager when in a transaction.
 */
@Injectable()
export class AccountingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  async settings(manager?: EntityManager, lock = false): Promise<AccountingSettingsEntity> {
    const qb = this.m(manager).createQueryBuilder(AccountingSettingsEntity, 's').where('s.id = 1');
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOneOrFail();
  }

  async saveSettings(manager: EntityManager, changes: Partial<AccountingSettingsEntity>): Promise<void> {
    await manager.update(AccountingSettingsEntity, { id: 1 }, changes);
  }

  async isLocked(manager: EntityManager, date: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM accounting_period_lock WHERE month = date_trunc('month', $1::date)::date`,
      [date],
    );
    return rows.length > 0;
  }

  /** When the entry of a source was written, or null (not posted). */
  async postedAt(manager: EntityManager, kind: string, id: string): Promise<Date | null> {
    const rows: { at: Date }[] = await manager.query(
      `SELECT created_at AS at FROM accounting_entry WHERE source_kind = $1 AND source_id = $2`,
      [kind, id],
    );
    return rows[0]?.at ?? null;
  }

  /** Inserts the entry and its lines unless its source key is already posted; returns its id or null. */
  async insertEntry(
    manager: EntityManager,
    entry: DraftEntry,
    source: { kind: string; id: string },
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO accounting_entry (journal_code, journal_label, entry_date, piece_ref, piece_date, label,
                                     source_key, source_kind, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (source_key) DO NOTHING RETURNING id`,
      [
        entry.journalCode,
        entry.journalLabel,
        entry.entryDate,
        entry.pieceRef,
        entry.pieceDate,
        entry.label,
        entry.sourceKey,
        source.kind,
        source.id,
      ],
    );
    const id = rows[0]?.id;
    if (id === undefined) return null;
    await manager.query(
      `INSERT INTO accounting_entry_line (entry_id, position, account_number, account_label, label, debit_cents, credit_cents)
       SELECT $1, l.position, l.account_number, l.account_label, l.label, l.debit_cents, l.credit_cents
         FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[])
           AS l(position, account_number, account_label, label, debit_cents, credit_cents)`,
      [
        id,
        entry.lines.map((_, i) => i + 1),
        entry.lines.map((l) => l.accountNumber),
        entry.lines.map((l) => l.accountLabel),
        entry.lines.map((l) => l.label),
        entry.lines.map((l) => l.debitCents),
        entry.lines.map((l) => l.creditCents),
      ],
    );
    return id;
  }

  /**
   * Validates every draft dated up to `through`: numbers continuous per journal after the journal's last,
   * the FEC order (`validation_seq`) after the last validated. The caller holds the settings row lock.
   */
  async validateThrough(
    manager: EntityManager,
    through: string,
    validDate: string,
    at: Date,
    by: string | null,
  ): Promise<number> {
    // An UPDATE answers [rows, affected count] through TypeORM's postgres driver.
    const [, affected]: [unknown[], number] = await manager.query(
      `WITH draft AS (
         SELECT id, journal_code,
                row_number() OVER (ORDER BY entry_date, journal_code, created_at, id) AS rn,
                row_number() OVER (PARTITION BY journal_code ORDER BY entry_date, created_at, id) AS jn
           FROM accounting_entry WHERE validated_at IS NULL AND entry_date <= $1::date
       ), last_num AS (
         SELECT journal_code, max(entry_num) AS n FROM accounting_entry WHERE entry_num IS NOT NULL GROUP BY 1
       ), last_seq AS (
         SELECT coalesce(max(validation_seq), 0) AS s FROM accounting_entry
       )
       UPDATE accounting_entry e
          SET entry_num = coalesce(l.n, 0) + d.jn, validation_seq = (SELECT s FROM last_seq) + d.rn,
              valid_date = $2::date, validated_at = $3, validated_by = $4
         FROM draft d LEFT JOIN last_num l ON l.journal_code = d.journal_code
        WHERE e.id = d.id
       RETURNING e.id`,
      [through, validDate, at, by],
    );
    return affected;
  }

  async draftCountBetween(manager: EntityManager, from: string, to: string): Promise<number> {
    const [row]: { n: string }[] = await manager.query(
      `SELECT count(*) AS n FROM accounting_entry WHERE validated_at IS NULL AND entry_date BETWEEN $1 AND $2`,
      [from, to],
    );
    return Number(row.n);
  }

  async lockMonths(manager: EntityManager, months: string[], at: Date, by: string | null): Promise<void> {
    await manager.query(
      `INSERT INTO accounting_period_lock (month, locked_at, locked_by)
       SELECT m, $2, $3 FROM unnest($1::date[]) m ON CONFLICT (month) DO NOTHING`,
      [months, at, by],
    );
  }

  async locks(): Promise<{ month: string; lockedAt: Date }[]> {
    return this.db.query(
      `SELECT month::text AS month, locked_at AS "lockedAt" FROM accounting_period_lock ORDER BY month`,
    );
  }

  /**
   * The validated lines dated in [from, to] in FEC order (validation order, then line position), read
   * through a server-side cursor in batches: memory holds one batch, whatever the year's size.
   */
  async *fecRows(from: string, to: string, batchSize = 2000): AsyncGenerator<FecRow[]> {
    if (!ISO_DATE.test(from) || !ISO_DATE.test(to)) throw new Error('fecRows: ISO dates expected');
    const runner = this.db.createQueryRunner();
    await runner.connect();
    let open = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      await runner.query(
        `DECLARE fec NO SCROLL CURSOR FOR
         SELECT e.journal_code AS "journalCode", e.journal_label AS "journalLabel", e.entry_num AS "entryNum",
                e.entry_date::text AS "entryDate", l.account_number AS "accountNumber",
                l.account_label AS "accountLabel", l.aux_number AS "auxNumber", l.aux_label AS "auxLabel",
                e.piece_ref AS "pieceRef", e.piece_date::text AS "pieceDate", l.label,
                l.debit_cents AS "debitCents", l.credit_cents AS "creditCents", e.valid_date::text AS "validDate"
           FROM accounting_entry e JOIN accounting_entry_line l ON l.entry_id = e.id
          WHERE e.validated_at IS NOT NULL AND e.entry_date BETWEEN '${from}'::date AND '${to}'::date
          ORDER BY (e.source_kind = 'OPENING') DESC, e.validation_seq, l.position`,
      );
      for (;;) {
        const rows = (await runner.query(`FETCH ${batchSize} FROM fec`)) as FecRow[];
        if (rows.length === 0) break;
        yield rows;
      }
      await runner.query('COMMIT');
      open = false;
    } finally {
      if (open) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}
