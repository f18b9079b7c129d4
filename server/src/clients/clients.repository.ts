import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ClientEntity } from './client.entity.js';
import {
  COUNT_CAP,
  correctionsSql,
  Params,
  searchSettings,
  matchesOf,
  pageOf,
  statsJoins,
  whereOf,
  type ClientQuery,
} from './client-list.query.js';

export interface ClientStatsRow {
  lastVisitAt: Date | null;
  visits: number;
  totalSpentCents: number;
}

export interface ClientListRow extends ClientStatsRow {
  client: ClientEntity;
}

interface PageRow {
  id: string;
  /** Every match of a ranked search, counted by the page's own scan (null otherwise). */
  matches: number | null;
  last_visit_at: Date | null;
  visits: number;
  total_spent_cents: number;
}

@Injectable()
export class ClientsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One page of the list, the number of matches and the row the page ends on. One transaction so that
   * the word-similarity threshold (`SET LOCAL`) applies to both statements and to nothing else. One row
   * more than the page is read to know whether another page follows.
   */
  async list(
    q: ClientQuery,
  ): Promise<{ rows: ClientListRow[]; total: number; totalIsLowerBound: boolean; more: boolean }> {
    return this.db.transaction(async (m) => {
      q = await this.prepare(m, q);
      const p = new Params();
      const offset = q.after === null ? q.offset : 0;
      const { sql, countsMatches } = pageOf(q, p, q.limit + 1, offset);
      const page: PageRow[] = await m.query(sql, p.values);
      // The total counts the matches from the first one, not only those after the cursor, up to the cap
      // or to the end of the requested page (so the pager always knows there is a next page).
      const cap = Math.max(COUNT_CAP, q.offset + q.limit);
      const counted =
        countsMatches && page.length > 0 && q.after === null
          ? (page[0].matches as number)
          : await this.count(m, { ...q, after: null }, cap + 1);
      const rows = await this.hydrate(m, page.slice(0, q.limit));
      return {
        total: Math.min(counted, cap),
        totalIsLowerBound: counted > cap,
        rows,
        more: page.length > q.limit,
      };
    });
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
      q = await this.prepare(runner.manager, q);
      const p = new Params();
      await runner.query(`DECLARE client_export NO SCROLL CURSOR FOR ${matchesOf(q, p)}`, p.values);
      for (;;) {
        const page = (await runner.query(`FETCH ${Math.trunc(batch)} FROM client_export`)) as PageRow[];
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
  private async hydrate(m: EntityManager, page: PageRow[]): Promise<ClientListRow[]> {
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

  /** The plan PostgreSQL picks for a list query (bench and docs). */
  async explain(q: ClientQuery): Promise<string[]> {
    return this.db.transaction(async (m) => {
      q = await this.prepare(m, q);
      const p = new Params();
      const plan: { 'QUERY PLAN': string }[] = await m.query(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${pageOf(q, p, q.limit, q.offset).sql}`,
        p.values,
      );
      return plan.map((row) => row['QUERY PLAN']);
    });
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

  /**
   * A search's settings for this transaction (word-similarity threshold, no sequential scan) and the
   * corrections of its typed words from the vocabulary of names: one short statement each.
   */
  private async prepare(m: EntityManager, q: ClientQuery): Promise<ClientQuery> {
    const settings = searchSettings(q.terms);
    if (settings !== null) await m.query(settings);
    const corrections = correctionsSql(q.terms);
    if (corrections === null) return q;
    const rows: { typed: string; word: string }[] = await m.query(corrections.sql, corrections.values);
    const byWord: Record<string, string[]> = {};
    for (const row of rows) (byWord[row.typed] ??= []).push(row.word);
    return { ...q, corrections: byWord };
  }

  /** The number of matches, counting no further than `upTo` (the scan stops there). */
  private async count(m: EntityManager, q: ClientQuery, upTo: number): Promise<number> {
    const p = new Params();
    const where = whereOf(q, p);
    const joins = where.needsStats ? statsJoins(p.add(q.now)) : '';
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM client c ${joins} WHERE ${where.sql} LIMIT ${p.add(upTo)}) matches`,
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
