import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors.js';
import {
  AccountingRepository,
  type EntriesFilter,
  type EntryLineRow,
  type EntryRow,
} from './accounting.repository.js';

export type EntryWithLines = EntryRow & { lines: EntryLineRow[] };

/** `accountingEntries` and `trialBalance`: reads over the entries and their lines. */
@Injectable()
export class EntriesQueryService {
  constructor(private readonly repo: AccountingRepository) {}

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
}
