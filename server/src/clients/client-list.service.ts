import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors.js';
import { pageOf } from '../common/pagination.js';
import { dayInterval, INSTITUTE_TIME_ZONE, localDateOf } from '../common/time.js';
import { ClientSavedFilterEntity } from './client-file.entities.js';
import { inNameOrder, nameOrderDescending, type ClientQuery } from './client-list.query.js';
import { ClientsRepository, type ClientListRow } from './clients.repository.js';
import { csvDocument, csvEuros, type CsvValue } from '../common/csv.js';
import { decodeNameCursor, encodeNameCursor, type NameCursor } from './domain/list-cursor.js';
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

/** The client list: search, filters, sort, paging; the CSV export of a result; saved filters. */
@Injectable()
export class ClientListService {
  constructor(
    private readonly repository: ClientsRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /**
   * One page of the list. In name order the page also gives `nextCursor`, the keyset cursor of the
   * next page (null on the last page, and in the other orders, which page by offset).
   */
  async list(
    filter: ClientsFilter | undefined,
    now = Date.now(),
  ): Promise<{
    rows: ClientListRow[];
    total: number;
    totalIsLowerBound: boolean;
    nextCursor: string | null;
  }> {
    const query = this.queryOf(filter, now);
    const { rows, total, totalIsLowerBound, more } = await this.repository.list(query);
    const last = rows.at(-1);
    const nextCursor =
      more && last !== undefined && inNameOrder(query)
        ? encodeNameCursor({
            descending: nameOrderDescending(query),
            lastName: last.client.lastName,
            firstName: last.client.firstName,
            id: last.client.id,
          })
        : null;
    return { rows, total, totalIsLowerBound, nextCursor };
  }

  /** The whole result of a filter as CSV (no paging), one line per client, UTF-8 with a BOM for Excel. */
  async exportCsv(
    filter: ClientsFilter | undefined,
    now = Date.now(),
  ): Promise<{ csv: string; count: number }> {
    const lines: CsvValue[][] = [CSV_HEADER];
    for await (const row of this.repository.each({ ...this.queryOf(filter, now), offset: 0, after: null })) {
      const c = row.client;
      lines.push([
        c.lastName,
        c.firstName,
        c.email,
        c.phone,
        c.birthday,
        c.tags.join(', '),
        c.marketingConsent ? 'oui' : 'non',
        row.visits,
        row.lastVisitAt === null ? null : localDateOf(row.lastVisitAt.getTime(), INSTITUTE_TIME_ZONE),
        csvEuros(row.totalSpentCents),
        localDateOf(c.createdAt.getTime(), INSTITUTE_TIME_ZONE),
      ]);
    }
    return { csv: csvDocument(lines), count: lines.length - 1 };
  }

  savedFilters(userId: string): Promise<ClientSavedFilterEntity[]> {
    return this.db.getRepository(ClientSavedFilterEntity).find({ where: { userId }, order: { name: 'ASC' } });
  }

  /** Saves (or replaces, by name) one of the user's filters. */
  async saveFilter(userId: string, name: string, filter: ClientsFilter): Promise<ClientSavedFilterEntity> {
    const { page: _page, after: _after, ...kept } = filter;
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

  /** The cursor of `filter.after`, refused when it is not one of ours or not for this order. */
  private cursorOf(text: string, q: Pick<ClientQuery, 'sort' | 'terms' | 'descending'>): NameCursor {
    const cursor = decodeNameCursor(text);
    if (cursor === null || !inNameOrder(q) || cursor.descending !== nameOrderDescending(q)) {
      const message = 'Ce curseur de page ne vaut pas pour cette liste : revenez à la première page.';
      throw new BadUserInputError(message, [{ field: 'filter.after', message }]);
    }
    return cursor;
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
    const sort = f.sort ?? (terms === null ? 'NAME' : 'RELEVANCE');
    const descending = f.descending ?? false;
    const after =
      f.after === undefined || f.after === null ? null : this.cursorOf(f.after, { sort, terms, descending });
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
      sort,
      descending,
      offset,
      limit,
      after,
      now: new Date(now),
    };
  }
}
