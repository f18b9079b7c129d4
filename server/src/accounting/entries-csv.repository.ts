import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CsvRow } from './domain/entries-csv.js';

/** ISO dates inlined in the cursor's DECLARE (a utility statement takes no parameters): checked first. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The entry lines of the CSV export, read through a server-side cursor: one batch in memory at a time. */
@Injectable()
export class EntriesCsvRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async *rows(from: string, to: string, validatedOnly: boolean, batchSize = 2000): AsyncGenerator<CsvRow[]> {
    if (!ISO_DATE.test(from) || !ISO_DATE.test(to)) throw new Error('csv rows: ISO dates expected');
    const runner = this.db.createQueryRunner();
    await runner.connect();
    let open = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      await runner.query(
        `DECLARE entries_csv NO SCROLL CURSOR FOR
         SELECT e.entry_date::text AS "entryDate", e.journal_code AS "journalCode",
                l.account_number AS "accountNumber", l.label, e.piece_ref AS "pieceRef",
                l.debit_cents AS "debitCents", l.credit_cents AS "creditCents", NULL::text AS letter,
                e.entry_num AS "entryNum"
           FROM accounting_entry e JOIN accounting_entry_line l ON l.entry_id = e.id
          WHERE e.entry_date BETWEEN '${from}'::date AND '${to}'::date
            ${validatedOnly ? 'AND e.validated_at IS NOT NULL' : ''}
          ORDER BY e.entry_date, e.journal_code, e.entry_num NULLS LAST, e.created_at, e.id, l.position`,
      );
      for (;;) {
        const rows = (await runner.query(`FETCH ${batchSize} FROM entries_csv`)) as CsvRow[];
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
