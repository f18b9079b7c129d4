import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { BooksRepository, type EntriesFilter, type EntryLineRow, type EntryRow } from './books.repository.js';

export type EntryWithLines = EntryRow & { lines: EntryLineRow[] };

/** Most lines a general ledger answers at once (narrow the period beyond). */
const LEDGER_MAX_LINES = 5000;

export interface GeneralLedger {
  accountNumber: string;
  openingBalanceCents: number;
  closingBalanceCents: number;
  lines: {
    entryId: string;
    journalCode: string;
    entryNum: number | null;
    entryDate: string;
    pieceRef: string;
    label: string;
    debitCents: number;
    creditCents: number;
    balanceCents: number;
  }[];
}

/** `accountingEntries`, `trialBalance` and `generalLedger`: reads over the entries and their lines. */
@Injectable()
export class EntriesQueryService {
  constructor(private readonly repo: BooksRepository) {}

  async entries(
    filter: EntriesFilter,
    page: { offset: number; limit: number },
  ): Promise<{ items: EntryWithLines[]; total: number }> {
    if (filter.from !== null && filter.to !== null && filter.to < filter.from) {
      throw new BadUserInputError('La date de fin précède la date de début.', 'filter.to');
    }
    const { items, total } = await this.repo.entries(filter, page);
    const lines = await this.repo.linesOf(items.map((e) => e.id));
    const byEntry = new Map<string, EntryLineRow[]>();
    for (const l of lines) byEntry.set(l.entryId, [...(byEntry.get(l.entryId) ?? []), l]);
    return { items: items.map((e) => ({ ...e, lines: byEntry.get(e.id) ?? [] })), total };
  }

  async trialBalance(period: { from: string; to: string; validatedOnly: boolean }): Promise<
    {
      accountNumber: string;
      accountLabel: string;
      debitCents: number;
      creditCents: number;
      balanceCents: number;
    }[]
  > {
    if (period.to < period.from)
      throw new BadUserInputError('La date de fin précède la date de début.', 'period.to');
    const rows = await this.repo.trialBalance(period.from, period.to, period.validatedOnly);
    return rows.map((r) => ({ ...r, balanceCents: r.debitCents - r.creditCents }));
  }

  async generalLedger(input: {
    accountNumber: string;
    from: string;
    to: string;
    validatedOnly: boolean;
  }): Promise<GeneralLedger> {
    if (input.to < input.from)
      throw new BadUserInputError('La date de fin précède la date de début.', 'period.to');
    const opening = await this.repo.balanceBefore(input.accountNumber, input.from, input.validatedOnly);
    const rows = await this.repo.ledgerLines(
      input.accountNumber,
      input.from,
      input.to,
      input.validatedOnly,
      LEDGER_MAX_LINES + 1,
    );
    if (rows.length > LEDGER_MAX_LINES) {
      throw new ConflictError(`Plus de ${LEDGER_MAX_LINES} lignes : réduisez la période.`);
    }
    let balance = opening;
    const lines = rows.map((r) => {
      balance += r.debitCents - r.creditCents;
      return { ...r, balanceCents: balance };
    });
    return {
      accountNumber: input.accountNumber,
      openingBalanceCents: opening,
      closingBalanceCents: balance,
      lines,
    };
  }
}
