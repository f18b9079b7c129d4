import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { pageOf } from '../common/pagination.js';
import { dayInterval, INSTITUTE_TIME_ZONE, localDateOf } from '../common/time.js';
import { ClientSavedFilterEntity } from './client-file.entities.js';
import { ClientsRepository, type ClientListRow, type ClientQuery } from './clients.repository.js';
import { csvLine } from './domain/csv.js';
import { monthOf, monthsBefore } from './domain/list-window.js';
import { searchTermsOf } from './domain/search-terms.js';
import type { ClientsFilter } from './dto/client.types.js';

const CSV_HEADER = [
  'Nom',
  'Prénom',
  'E-mail',
  'Téléphone',
  'Anniversaire',
  'Étiquettes',
  'Consentement marketing',
  'Visites',
  'Dernière visite',
  'Total dépensé (€)',
  'Client depuis',
];

const euros = (cents: number): string => (cents / 100).toFixed(2).replace('.', ',');

/** The client list: search, filters, sort, paging; the CSV export of a result; saved filters. */
@Injectable()
export class ClientListService {
  constructor(
    private readonly repository: ClientsRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  list(
    filter: ClientsFilter | undefined,
    now = Date.now(),
  ): Promise<{ rows: ClientListRow[]; total: number }> {
    return this.repository.list(this.queryOf(filter, now));
  }

  /** The whole result of a filter as CSV (no paging), one line per client, UTF-8 with a BOM for Excel. */
  async exportCsv(
    filter: ClientsFilter | undefined,
    now = Date.now(),
  ): Promise<{ csv: string; count: number }> {
    const lines = [csvLine(CSV_HEADER)];
    for await (const row of this.repository.each({ ...this.queryOf(filter, now), offset: 0 })) {
      const c = row.client;
      lines.push(
        csvLine([
          c.lastName,
          c.firstName,
          c.email,
          c.phone,
          c.birthday,
          c.tags.join(', '),
          c.marketingConsent ? 'oui' : 'non',
          row.visits,
          row.lastVisitAt === null ? null : localDateOf(row.lastVisitAt.getTime(), INSTITUTE_TIME_ZONE),
          euros(row.totalSpentCents),
          localDateOf(c.createdAt.getTime(), INSTITUTE_TIME_ZONE),
        ]),
      );
    }
    return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, count: lines.length - 1 };
  }

  savedFilters(userId: string): Promise<ClientSavedFilterEntity[]> {
    return this.db.getRepository(ClientSavedFilterEntity).find({ where: { userId }, order: { name: 'ASC' } });
  }

  /** Saves (or replaces, by name) one of the user's filters. */
  async saveFilter(userId: string, name: string, filter: ClientsFilter): Promise<ClientSavedFilterEntity> {
    const { page: _page, ...kept } = filter;
    await this.db
      .createQueryBuilder()
      .insert()
      .into(ClientSavedFilterEntity)
      .values({ userId, name, filter: { ...kept } })
      .orUpdate(['filter'], ['user_id', 'name'])
      .execute();
    return this.db.getRepository(ClientSavedFilterEntity).findOneByOrFail({ userId, name });
  }

  async deleteFilter(userId: string, id: string): Promise<void> {
    const result = await this.db.getRepository(ClientSavedFilterEntity).delete({ id, userId });
    if (result.affected !== 1) throw new NotFoundError('Filtre enregistré introuvable.');
  }

  /** The plan PostgreSQL uses for a search (the bench prints it). */
  explain(filter: ClientsFilter | undefined, now = Date.now()): Promise<string[]> {
    return this.repository.explain(this.queryOf(filter, now));
  }

  private queryOf(filter: ClientsFilter | undefined, now: number): ClientQuery {
    const f = filter ?? {};
    const { offset, limit } = pageOf(f.page);
    const today = localDateOf(now, INSTITUTE_TIME_ZONE);
    const dayStart = (date: string) => new Date(dayInterval(date, INSTITUTE_TIME_ZONE).start);
    if (
      f.minTotalSpentCents !== undefined &&
      f.maxTotalSpentCents !== undefined &&
      f.minTotalSpentCents > f.maxTotalSpentCents
    ) {
      const message = 'Le montant minimum dépasse le montant maximum.';
      throw new BadUserInputError(message, [{ field: 'filter.minTotalSpentCents', message }]);
    }
    const before = [
      f.lastVisitBefore === undefined ? null : dayStart(f.lastVisitBefore),
      f.noVisitForMonths === undefined ? null : dayStart(monthsBefore(today, f.noVisitForMonths)),
    ].filter((d): d is Date => d !== null);
    const terms = searchTermsOf(f.search);
    return {
      terms,
      tags: f.tags ?? [],
      marketingConsent: f.marketingConsent ?? null,
      archived: f.archived ?? false,
      birthdayMonth: f.birthdayThisMonth === true ? monthOf(today) : null,
      lastVisitFrom: f.lastVisitFrom === undefined ? null : dayStart(f.lastVisitFrom),
      lastVisitBefore: before.length === 0 ? null : new Date(Math.min(...before.map((d) => d.getTime()))),
      minTotalSpentCents: f.minTotalSpentCents ?? null,
      maxTotalSpentCents: f.maxTotalSpentCents ?? null,
      sort: f.sort ?? (terms === null ? 'NAME' : 'RELEVANCE'),
      descending: f.descending ?? false,
      offset,
      limit,
      now: new Date(now),
    };
  }
}
