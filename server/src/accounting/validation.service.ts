import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { INSTITUTE_TIME_ZONE, localDateOf, type IsoDate } from '../common/time.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { AccountingRepository } from './accounting.repository.js';
import { lastDayOfMonth, monthsOf } from './domain/periods.js';

/**
 * `validateEntries` and `lockPeriod`. Both take the settings row lock, so validations are numbered one
 * after the other and a lock cannot slip between a validation's check and its write.
 */
@Injectable()
export class ValidationService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly tx: TransactionRunner,
  ) {}

  /** Validates every draft dated up to `through`: `EcritureNum` per journal, `ValidDate` = today (Paris). */
  async validateEntries(input: { through: IsoDate; now: Date; userId: string | null }): Promise<number> {
    const today = localDateOf(input.now.getTime(), INSTITUTE_TIME_ZONE);
    if (input.through > today) {
      throw new BadUserInputError('On ne valide pas des écritures datées dans le futur.', 'input.through');
    }
    return this.tx.run(async ({ manager }) => {
      await this.repo.settings(manager, true);
      return this.repo.validateThrough(manager, input.through, today, input.now, input.userId);
    });
  }

  /** Locks a month, or the 12 months of the fiscal year starting in `year`; returns the months locked. */
  async lockPeriod(input: {
    year: number;
    month: number | null;
    now: Date;
    userId: string | null;
  }): Promise<string[]> {
    const today = localDateOf(input.now.getTime(), INSTITUTE_TIME_ZONE);
    return this.tx.run(async ({ manager }) => {
      const settings = await this.repo.settings(manager, true);
      const months = monthsOf(input.year, input.month, settings.fiscalYearStartMonth);
      const from = months[0];
      const to = lastDayOfMonth(months[months.length - 1]);
      if (to >= today) {
        throw new ConflictError("La période n'est pas terminée : elle ne peut pas encore être verrouillée.");
      }
      const drafts = await this.repo.draftCountBetween(manager, from, to);
      if (drafts > 0) {
        throw new ConflictError(
          `Validez d'abord ${drafts > 1 ? `les ${drafts} écritures en brouillon` : "l'écriture en brouillon"} de la période.`,
          { drafts },
        );
      }
      await this.repo.lockMonths(manager, months, input.now, input.userId);
      return months;
    });
  }

  locks(): Promise<{ month: string; lockedAt: Date }[]> {
    return this.repo.locks();
  }
}
