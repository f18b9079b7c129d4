import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { AccountingRepository } from './accounting.repository.js';
import { accountLabelOf, openingEntry } from './domain/bank-entry.js';
import { openingProblems } from './domain/bank-input.js';
import { mergeSettings } from './domain/chart.js';
import { frenchDate } from './domain/z-entry.js';
import { storeTypedEntry } from './entry-store.js';

/**
 * `recordOpeningEntry`: the balances the accountant brings into a fiscal year (AN journal), dated its
 * first day, once per fiscal year (its source key). The FEC lists it first whatever its validation order.
 */
@Injectable()
export class OpeningEntryService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async record(input: {
    fiscalYear: number;
    lines: { accountNumber: string; accountLabel: string | null; debitCents: number; creditCents: number }[];
  }): Promise<{ id: string; firstDay: string }> {
    if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < 2000 || input.fiscalYear > 2100) {
      throw new BadUserInputError("L'exercice est une année entre 2000 et 2100.", 'input.fiscalYear');
    }
    const lines = input.lines.map((l) => ({ ...l, accountNumber: l.accountNumber.trim().toUpperCase() }));
    const problems = openingProblems(lines);
    if (problems.length > 0)
      throw new BadUserInputError(problems[0].message, [problems[0], ...problems.slice(1)]);
    return this.tx.run(async ({ manager }) => {
      const settings = mergeSettings(await this.repo.settings(manager, true));
      const firstDay = `${input.fiscalYear}-${String(settings.fiscalYearStartMonth).padStart(2, '0')}-01`;
      const entry = openingEntry(
        {
          firstDay,
          lines: lines.map((l) => ({
            ...l,
            accountLabel: l.accountLabel?.trim() || accountLabelOf(settings, l.accountNumber),
          })),
        },
        settings,
      );
      const id = await storeTypedEntry(
        this.repo,
        manager,
        entry,
        { kind: 'OPENING', id: firstDay },
        'input.fiscalYear',
      );
      if (id === null) {
        throw new ConflictError(
          `L'écriture d'à-nouveaux de l'exercice ouvert le ${frenchDate(firstDay)} existe déjà.`,
        );
      }
      return { id, firstDay };
    });
  }
}
