import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { INSTITUTE_TIME_ZONE, localDateOf } from '../common/time.js';
import { TransactionRunner } from '../common/transaction/unit-of-work.js';
import { ClosureFactsRepository } from '../pos/index.js';
import { AccountingRepository } from './accounting.repository.js';
import { BankingRepository, type CashBankingRow } from './banking.repository.js';
import { cashCreditEntry, cashDepositEntry } from './domain/bank-entry.js';
import { cashBankingProblems, cashLeftProblem } from './domain/bank-input.js';
import type { FieldProblem } from '../common/field-problem.js';
import { mergeSettings } from './domain/chart.js';
import { storeTypedEntry } from './entry-store.js';

const refuse = (problems: FieldProblem[]) => {
  if (problems.length > 0)
    throw new BadUserInputError(problems[0].message, [problems[0], ...problems.slice(1)]);
};

/**
 * Cash taken from a till to the bank (case 2), in two honest steps: `recordCashBanking` on the day the
 * cash leaves (580 / 531), with the bank's credit date if already known; `recordCashBankingCredit` when
 * the statement shows it (512 / 580). Never more than the cash counted at the till's last closing, less
 * what was banked since.
 */
@Injectable()
export class CashBankingService {
  constructor(
    private readonly repo: AccountingRepository,
    private readonly banking: BankingRepository,
    private readonly closures: ClosureFactsRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async record(
    input: {
      tillId: string;
      amountCents: number;
      depositedOn: string;
      creditedOn: string | null;
      slipRef: string | null;
    },
    by: string | null,
    now: Date,
  ): Promise<CashBankingRow> {
    const slipRef = input.slipRef?.trim() || null;
    refuse(cashBankingProblems(input, localDateOf(now.getTime(), INSTITUTE_TIME_ZONE)));
    const till = await this.closures.tillCash(input.tillId);
    if (till === null) throw new BadUserInputError('Caisse introuvable.', 'input.tillId');
    return this.tx.run(async ({ manager }) => {
      await this.banking.lockTill(manager, input.tillId);
      const last = till.lastCount;
      const left =
        last === null
          ? null
          : last.countedCents - (await this.banking.bankedSince(manager, input.tillId, last.closedAt));
      const tooMuch = cashLeftProblem(input.amountCents, left);
      if (tooMuch !== null) refuse([tooMuch]);
      const id = await this.banking.insertCashBanking(manager, {
        ...input,
        slipRef,
        recordedBy: by,
        at: now,
      });
      const settings = mergeSettings(await this.repo.settings(manager));
      const fact = {
        id,
        tillName: till.tillName,
        amountCents: input.amountCents,
        depositedOn: input.depositedOn,
        slipRef,
      };
      await storeTypedEntry(
        this.repo,
        manager,
        cashDepositEntry(fact, settings),
        { kind: 'CASH_BANKING', id },
        'input.depositedOn',
      );
      if (input.creditedOn !== null) {
        const credit = cashCreditEntry({ ...fact, creditedOn: input.creditedOn }, settings);
        await storeTypedEntry(this.repo, manager, credit, { kind: 'CASH_BANKING', id }, 'input.creditedOn');
      }
      return (await this.banking.cashBanking(manager, id))!;
    });
  }

  /** The bank credited a deposit: 512 / 580 on that day, once. */
  async credit(input: { id: string; creditedOn: string }, now: Date): Promise<CashBankingRow> {
    return this.tx.run(async ({ manager }) => {
      const row = await this.banking.lockCashBanking(manager, input.id);
      if (row === null) throw new NotFoundError('Remise introuvable.');
      if (row.creditedOn !== null) {
        throw new ConflictError(
          `Cette remise est déjà créditée (le ${row.creditedOn.split('-').reverse().join('/')}).`,
        );
      }
      refuse(
        cashBankingProblems(
          { amountCents: row.amountCents, depositedOn: row.depositedOn, creditedOn: input.creditedOn },
          localDateOf(now.getTime(), INSTITUTE_TIME_ZONE),
        ),
      );
      await this.banking.setCredited(manager, row.id, input.creditedOn);
      const settings = mergeSettings(await this.repo.settings(manager));
      const entry = cashCreditEntry({ ...row, creditedOn: input.creditedOn }, settings);
      await storeTypedEntry(
        this.repo,
        manager,
        entry,
        { kind: 'CASH_BANKING', id: row.id },
        'input.creditedOn',
      );
      return (await this.banking.cashBanking(manager, row.id))!;
    });
  }

  list(filter: { from: string | null; to: string | null }): Promise<CashBankingRow[]> {
    return this.banking.cashBankings(filter.from, filter.to, 200);
  }
}
