import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ClientEntity } from './client.entity.js';
import { COUNT_CAP, matchesOf, pageOf, statsJoins, whereOf, type ClientQuery } from './client-list.query.js';
import { Params } from './client-search.sql.js';

export interface ClientStatsRow {
  lastVisitAt: Date | null;
  visits: number;
  totalSpentCents: number;
}

export interface ClientListRow extends ClientStatsRow {
  client: ClientEntity;
}

interface FiguresRow {
  id: string;
  last_visit_at: Date | null;
  visits: number;
  total_spent_cents: number;
}

/** A row of the page statement: the client's columns (`c.*`), its figures and the count of matches. */
interface PageRow extends FiguresRow {
  matches: number;
  [column: string]: unknown;
}

@Injectable()
export class ClientsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One page of the list, the number of matches and whether another page follows: one statement
   * (`pageOf`: the clients' columns, their figures and the capped count), outside any transaction (the
   * search's word-similarity threshold is the `client_search_patterns` function's own setting). One row
   * more than the page is read to know whether another page follows. An empty page beyond the first
   * (offset or cursor past the end) is counted apart.
   */
  async list(
    q: ClientQuery,
  ): Promise<{ rows: ClientListRow[]; total: number; totalIsLowerBound: boolean; more: boolean }> {
    const p = new Params();
    const offset = q.after === null ? q.offset : 0;
    // The total counts the matches from the first one, not only those after the cursor, up to the cap
    // or to the end of the requested page (so the pager always knows there is a next page).
    const cap = Math.max(COUNT_CAP, q.offset + q.limit);
    const page: PageRow[] = await this.db.query(pageOf(q, p, q.limit + 1, offset, cap + 1), p.values);
    const counted =
      page.length > 0 ? page[0].matches : offset === 0 && q.after === null ? 0 : await this.count(q, cap + 1);
    return {
      total: Math.min(counted, cap),
      totalIsLowerBound: counted > cap,
      rows: page.slice(0, q.limit).map((row) => ({ ...this.figuresOf(row), client: this.clientOf(row) })),
      more: page.length > q.limit,
    };
  }

  /**
   * Every match, for the CSV export, through one server-side cursor in batches of `batch`: memory stays
   * flat and no batch walks the rows before it (OFFSET would make the export quadratic).
   */
  async *each(q: ClientQuery, batch = 500): AsyncGenerator<ClientListRow> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const p = new Params();
      await runner.query(`DECLARE client_export NO SCROLL CURSOR FOR ${matchesOf(q, p)}`, p.values);
      for (;;) {
        const page = (await runner.query(`FETCH ${Math.trunc(batch)} FROM client_export`)) as FiguresRow[];
        yield* await this.hydrate(runner.manager, page);
        if (page.length < batch) break;
      }
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /** The clients of a page, in the page's order, with their figures. */
  private async hydrate(m: EntityManager, page: FiguresRow[]): Promise<ClientListRow[]> {
    const clients = await this.byIds(
      m,
      page.map((r) => r.id),
    );
    return page.flatMap((r) => {
      const client = clients.get(r.id);
      return client === undefined
        ? []
        : [
            {
              client,
              lastVisitAt: r.last_visit_at,
              visits: r.visits,
              totalSpentCents: r.total_spent_cents,
            },
          ];
    });
  }

  /** The plan PostgreSQL picks for a list query, with its buffers (bench and docs). */
  async explain(q: ClientQuery): Promise<string[]> {
    const p = new Params();
    const page = pageOf(q, p, q.limit, q.offset, Math.max(COUNT_CAP, q.offset + q.limit) + 1);
    const plan: { 'QUERY PLAN': string }[] = await this.db.query(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) ${page}`,
      p.values,
    );
    return plan.map((row) => row['QUERY PLAN']);
  }

  async stats(clientId: string, now: Date, m: EntityManager = this.db.manager): Promise<ClientStatsRow> {
    const rows: { last_visit_at: Date | null; visits: number; total_spent_cents: number }[] = await m.query(
      `SELECT v.last_visit_at, v.visits, s.total_spent_cents FROM client c ${statsJoins('$2')} WHERE c.id = $1`,
      [clientId, now],
    );
    const row = rows[0];
    return {
      lastVisitAt: row?.last_visit_at ?? null,
      visits: row?.visits ?? 0,
      totalSpentCents: row?.total_spent_cents ?? 0,
    };
  }

  /** A client from the page statement's columns, converted as TypeORM would (dates, arrays). */
  private clientOf(row: PageRow): ClientEntity {
    const metadata = this.db.getMetadata(ClientEntity);
    const client = metadata.create() as ClientEntity;
    for (const column of metadata.columns) {
      if (!column.isSelect) continue;
      column.setEntityValue(client, this.db.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return client;
  }

  private figuresOf(row: FiguresRow): ClientStatsRow {
    return { lastVisitAt: row.last_visit_at, visits: row.visits, totalSpentCents: row.total_spent_cents };
  }

  /** The number of matches, counting no further than `upTo` (the scan stops there). */
  private async count(q: ClientQuery, upTo: number): Promise<number> {
    const p = new Params();
    const where = whereOf({ ...q, after: null }, p);
    const joins = where.needsStats ? statsJoins(p.add(q.now)) : '';
    const rows: { n: number }[] = await this.db.query(
      p.statement(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM client c ${joins} WHERE ${where.sql} LIMIT ${p.add(upTo)}) matches`,
      ),
      p.values,
    );
    return rows[0]?.n ?? 0;
  }

  private async byIds(m: EntityManager, ids: string[]): Promise<Map<string, ClientEntity>> {
    if (ids.length === 0) return new Map();
    const clients = await m.getRepository(ClientEntity).findBy({ id: In(ids) });
    return new Map(clients.map((c) => [c.id, c]));
  }
}
