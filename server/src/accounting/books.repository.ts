import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface EntryRow {
  id: string;
  journalCode: string;
  journalLabel: string;
  entryNum: number | null;
  entryDate: string;
  pieceRef: string;
  pieceDate: string;
  label: string;
  sourceKind: string;
  sourceId: string;
  validDate: string | null;
  validatedAt: Date | null;
  debitCents: number;
  creditCents: number;
}

export interface EntryLineRow {
  entryId: string;
  position: number;
  accountNumber: string;
  accountLabel: string;
  label: string;
  debitCents: number;
  creditCents: number;
}

export interface EntriesFilter {
  from: string | null;
  to: string | null;
  journalCode: string | null;
  validated: boolean | null;
  accountNumber: string | null;
}

const ENTRY_COLUMNS = `e.id, e.journal_code AS "journalCode", e.journal_label AS "journalLabel", e.entry_num AS "entryNum",
  e.entry_date::text AS "entryDate", e.piece_ref AS "pieceRef", e.piece_date::text AS "pieceDate", e.label,
  e.source_kind AS "sourceKind", e.source_id AS "sourceId", e.valid_date::text AS "validDate",
  e.validated_at AS "validatedAt"`;

/**
 * The SQL of the books' reads (`accountingEntries`, trial balance, general ledger): entries and their
 * lines by filter, period and account. Posting, validation and the FEC cursor are AccountingRepository's.
 */
@Injectable()
export class BooksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async entries(
    filter: EntriesFilter,
    page: { offset: number; limit: number },
  ): Promise<{ items: EntryRow[]; total: number }> {
    const where = `($1::date IS NULL OR e.entry_date >= $1) AND ($2::date IS NULL OR e.entry_date <= $2)
      AND ($3::text IS NULL OR e.journal_code = $3)
      AND ($4::boolean IS NULL OR (e.validated_at IS NOT NULL) = $4)
      AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM accounting_entry_line x WHERE x.entry_id = e.id AND x.account_number = $5))`;
    const params = [filter.from, filter.to, filter.journalCode, filter.validated, filter.accountNumber];
    const items: (Omit<EntryRow, 'debitCents' | 'creditCents'> & { debit: string; credit: string })[] =
      await this.db.query(
        `SELECT ${ENTRY_COLUMNS},
                (SELECT sum(debit_cents) FROM accounting_entry_line l WHERE l.entry_id = e.id) AS debit,
                (SELECT sum(credit_cents) FROM accounting_entry_line l WHERE l.entry_id = e.id) AS credit
           FROM accounting_entry e WHERE ${where}
          ORDER BY e.entry_date, e.journal_code, e.entry_num NULLS LAST, e.created_at, e.id
          OFFSET $6 LIMIT $7`,
        [...params, page.offset, page.limit],
      );
    const [count]: { n: string }[] = await this.db.query(
      `SELECT count(*) AS n FROM accounting_entry e WHERE ${where}`,
      params,
    );
    return {
      items: items.map(({ debit, credit, ...e }) => ({
        ...e,
        debitCents: Number(debit ?? 0),
        creditCents: Number(credit ?? 0),
      })),
      total: Number(count.n),
    };
  }

  async linesOf(entryIds: string[]): Promise<EntryLineRow[]> {
    if (entryIds.length === 0) return [];
    return this.db.query(
      `SELECT entry_id AS "entryId", position, account_number AS "accountNumber", account_label AS "accountLabel",
              label, debit_cents AS "debitCents", credit_cents AS "creditCents"
         FROM accounting_entry_line WHERE entry_id = ANY($1) ORDER BY entry_id, position`,
      [entryIds],
    );
  }

  /** Per account, the validated and draft lines dated in [from, to] (`validatedOnly` for the books). */
  async trialBalance(
    from: string,
    to: string,
    validatedOnly: boolean,
  ): Promise<{ accountNumber: string; accountLabel: string; debitCents: number; creditCents: number }[]> {
    const rows: { accountNumber: string; accountLabel: string; debit: string; credit: string }[] =
      await this.db.query(
        `SELECT l.account_number AS "accountNumber", min(l.account_label) AS "accountLabel",
                sum(l.debit_cents) AS debit, sum(l.credit_cents) AS credit
           FROM accounting_entry_line l JOIN accounting_entry e ON e.id = l.entry_id
          WHERE e.entry_date BETWEEN $1 AND $2 AND (NOT $3 OR e.validated_at IS NOT NULL)
          GROUP BY l.account_number ORDER BY l.account_number COLLATE "C"`,
        [from, to, validatedOnly],
      );
    return rows.map((r) => ({
      accountNumber: r.accountNumber,
      accountLabel: r.accountLabel,
      debitCents: Number(r.debit),
      creditCents: Number(r.credit),
    }));
  }

  /** Balance (debit − credit) of an account's lines dated before `before`. */
  async balanceBefore(accountNumber: string, before: string, validatedOnly: boolean): Promise<number> {
    const [row]: { balance: string | null }[] = await this.db.query(
      `SELECT sum(l.debit_cents - l.credit_cents) AS balance
         FROM accounting_entry_line l JOIN accounting_entry e ON e.id = l.entry_id
        WHERE l.account_number = $1 AND e.entry_date < $2 AND (NOT $3 OR e.validated_at IS NOT NULL)`,
      [accountNumber, before, validatedOnly],
    );
    return Number(row.balance ?? 0);
  }

  /** An account's lines dated in [from, to], by date then entry, at most `limit`. */
  async ledgerLines(
    accountNumber: string,
    from: string,
    to: string,
    validatedOnly: boolean,
    limit: number,
  ): Promise<
    {
      entryId: string;
      journalCode: string;
      entryNum: number | null;
      entryDate: string;
      pieceRef: string;
      label: string;
      debitCents: number;
      creditCents: number;
    }[]
  > {
    return this.db.query(
      `SELECT e.id AS "entryId", e.journal_code AS "journalCode", e.entry_num AS "entryNum",
              e.entry_date::text AS "entryDate", e.piece_ref AS "pieceRef", l.label,
              l.debit_cents AS "debitCents", l.credit_cents AS "creditCents"
         FROM accounting_entry_line l JOIN accounting_entry e ON e.id = l.entry_id
        WHERE l.account_number = $1 AND e.entry_date BETWEEN $2 AND $3 AND (NOT $4 OR e.validated_at IS NOT NULL)
        ORDER BY e.entry_date, e.journal_code, e.entry_num NULLS LAST, e.created_at, l.position
        LIMIT $5`,
      [accountNumber, from, to, validatedOnly, limit],
    );
  }
}
