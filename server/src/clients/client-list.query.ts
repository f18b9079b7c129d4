/**
 * The client list's question (`ClientQuery`) and the SQL it becomes: its WHERE (search, filters,
 * keyset cursor), its ORDER BY, and the joins that give each client its visits and money spent. Pure
 * string building with numbered parameters; `ClientsRepository` runs the statements.
 */
import type { NameCursor } from './domain/list-cursor.js';
import { Params, rankedByMatch, rankOf, searchConditions, type SearchRank } from './client-search.sql.js';
import type { SearchTerms } from './domain/search-terms.js';

export const CLIENT_SORTS = ['RELEVANCE', 'NAME', 'CREATED_AT', 'LAST_VISIT', 'TOTAL_SPENT'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

/** The list's question, with dates already turned into instants by the service. */
export interface ClientQuery {
  terms: SearchTerms | null;
  tags: string[];
  marketingConsent: boolean | null;
  archived: boolean;
  birthdayMonth: number | null;
  lastVisitFrom: Date | null;
  lastVisitBefore: Date | null;
  minTotalSpentCents: number | null;
  maxTotalSpentCents: number | null;
  sort: ClientSort;
  descending: boolean;
  offset: number;
  limit: number;
  /** Start strictly after this row of the name order (keyset paging; `offset` is then ignored). */
  after: NameCursor | null;
  now: Date;
}

/** Whether the query is in name order, which keyset paging (`after`) can follow. */
export function inNameOrder(q: Pick<ClientQuery, 'sort' | 'terms'>): boolean {
  return q.sort === 'NAME' || (q.sort === 'RELEVANCE' && !rankedByMatch(q.terms));
}

/** The direction of the name order (RELEVANCE without a text search is always ascending). */
export function nameOrderDescending(q: Pick<ClientQuery, 'sort' | 'descending'>): boolean {
  return q.sort === 'NAME' && q.descending;
}

/** A visit: a completed booking, or a confirmed one that is over. */
const VISIT = (now: string) => `(b.status = 'COMPLETED' OR (b.status = 'CONFIRMED' AND b.ends_at <= ${now}))`;

/** Money actually kept: succeeded payments minus their refunds. */
const SPENT_STATUSES = `('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')`;

export function statsJoins(now: string): string {
  return `
    LEFT JOIN LATERAL (
      SELECT max(b.starts_at) FILTER (WHERE ${VISIT(now)}) AS last_visit_at,
             count(*) FILTER (WHERE ${VISIT(now)})::int AS visits
        FROM booking b WHERE b.client_id = c.id
    ) v ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(sum(p.amount_cents - p.refunded_cents), 0)::int AS total_spent_cents
        FROM payment p JOIN booking b ON b.id = p.booking_id
       WHERE b.client_id = c.id AND p.status IN ${SPENT_STATUSES}
    ) s ON true`;
}

/**
 * The WHERE clause of a list query, and whether it needs the visit and spending figures (the search's
 * own conditions: `searchConditions`, client-search.sql.ts).
 */
export function whereOf(q: ClientQuery, p: Params): { sql: string; needsStats: boolean } {
  const conditions = [q.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL'];
  if (q.terms !== null) conditions.push(...searchConditions(q.terms, p));
  if (q.tags.length > 0) conditions.push(`c.tags @> ${p.add(q.tags)}::text[]`);
  if (q.marketingConsent !== null) conditions.push(`c.marketing_consent = ${p.add(q.marketingConsent)}`);
  if (q.birthdayMonth !== null) conditions.push(`extract(month FROM c.birthday) = ${p.add(q.birthdayMonth)}`);
  let needsStats = false;
  if (q.lastVisitFrom !== null) {
    conditions.push(`v.last_visit_at >= ${p.add(q.lastVisitFrom)}`);
    needsStats = true;
  }
  if (q.lastVisitBefore !== null) {
    conditions.push(`(v.last_visit_at IS NULL OR v.last_visit_at < ${p.add(q.lastVisitBefore)})`);
    needsStats = true;
  }
  if (q.minTotalSpentCents !== null) {
    conditions.push(`s.total_spent_cents >= ${p.add(q.minTotalSpentCents)}`);
    needsStats = true;
  }
  if (q.maxTotalSpentCents !== null) {
    conditions.push(`s.total_spent_cents <= ${p.add(q.maxTotalSpentCents)}`);
    needsStats = true;
  }
  if (q.after !== null) {
    const op = q.after.descending ? '<' : '>';
    conditions.push(
      `(c.last_name, c.first_name, c.id) ${op} (${p.add(q.after.lastName)}, ${p.add(q.after.firstName)}, ${p.add(q.after.id)}::uuid)`,
    );
  }
  return { sql: conditions.join(' AND '), needsStats };
}

/** A RELEVANCE order's rank, when it ranks a text search (`rankOf`). */
function rankOfQuery(q: ClientQuery, p: Params): SearchRank | null {
  return q.sort === 'RELEVANCE' && q.terms !== null && rankedByMatch(q.terms) ? rankOf(q.terms, p) : null;
}

/**
 * The list's ORDER BY. A ranked search orders by its rank columns (`rankOf`), named with `ranked` as
 * their prefix (`''` in the statement that selects them, `'m.'` over a subquery), else null.
 */
function orderOf(q: ClientQuery, ranked: string | null): string {
  const dir = q.descending ? 'DESC' : 'ASC';
  const nulls = q.descending ? 'NULLS LAST' : 'NULLS FIRST';
  switch (q.sort) {
    case 'RELEVANCE':
      if (ranked === null) return 'c.last_name, c.first_name, c.id';
      return `${ranked}r0 DESC, ${ranked}r1, c.last_name, c.first_name, c.id`;
    case 'NAME':
      return `c.last_name ${dir}, c.first_name ${dir}, c.id ${dir}`;
    case 'CREATED_AT':
      return `c.created_at ${dir}, c.id ${dir}`;
    case 'LAST_VISIT':
      return `v.last_visit_at ${dir} ${nulls}, c.id ${dir}`;
    case 'TOTAL_SPENT':
      return `s.total_spent_cents ${dir}, c.id ${dir}`;
  }
}

/** The ids and figures of every match, in the list's order (the page, export and plan add to it). */
export function matchesOf(q: ClientQuery, p: Params): string {
  const where = whereOf(q, p);
  const rank = rankOfQuery(q, p);
  return p.statement(`SELECT c.id, v.last_visit_at, v.visits, s.total_spent_cents${rank ? `, ${rank.select}` : ''}
            FROM client c${rank?.from ?? ''} ${statsJoins(p.add(q.now))}
           WHERE ${where.sql}
           ORDER BY ${orderOf(q, rank && '')}`);
}

/** Whether the order is by a figure (last visit, money spent) that every match must have computed. */
function orderedByFigures(sort: ClientSort): boolean {
  return sort === 'LAST_VISIT' || sort === 'TOTAL_SPENT';
}

/**
 * One page of matches, each with the client's columns (`c.*`), its figures and `matches`, the number of
 * matches counted up to `countUpTo`: the whole list in one statement. When neither the filters nor the
 * order need the visit and spending figures, the page is chosen first (ids only) and the figures are
 * computed for its rows alone: a misspelt surname has hundreds of candidates, and joining the two
 * lateral subqueries to each of them before the sort was most of the page's cost. A ranked search
 * reads every candidate to sort them anyway, so it counts them there (a window count before
 * the LIMIT); otherwise the count is an uncorrelated scalar subquery that stops at `countUpTo` (an
 * InitPlan, run once). The count ignores the keyset cursor: it counts from the first match. An empty
 * page says nothing of the count (the InitPlan is not run): the caller counts apart then.
 */
export function pageOf(q: ClientQuery, p: Params, limit: number, offset: number, countUpTo: number): string {
  const where = whereOf(q, p);
  const counted = () => {
    const all = whereOf({ ...q, after: null }, p);
    const joins = all.needsStats ? statsJoins(p.add(q.now)) : '';
    return `(SELECT count(*)::int FROM (SELECT 1 FROM client c ${joins} WHERE ${all.sql}
               LIMIT ${p.add(countUpTo)}) counted)`;
  };
  const rank = rankOfQuery(q, p);
  if (where.needsStats || orderedByFigures(q.sort)) {
    return p.statement(`SELECT c.*, ${counted()} AS matches, v.last_visit_at, v.visits, s.total_spent_cents${
      rank ? `, ${rank.select}` : ''
    }
              FROM client c${rank?.from ?? ''} ${statsJoins(p.add(q.now))}
             WHERE ${where.sql}
             ORDER BY ${orderOf(q, rank && '')}
             LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`);
  }
  // A ranked search's candidates, with their rank and what the order reads: a subquery of its own
  // (`OFFSET 0`, not flattened), named `c` like the table, so the window and the sort keep these narrow
  // rows, not the pattern CTEs' columns joined to each (650 bytes a row: 3 ms of 15 for ~3,700
  // candidates, bench/crm).
  const candidates = rank
    ? `(SELECT c.id, c.last_name, c.first_name, ${rank.select}
          FROM client c${rank.from}
         WHERE ${where.sql} OFFSET 0) c`
    : null;
  return p.statement(`SELECT c.*, m.matches, v.last_visit_at, v.visits, s.total_spent_cents
            FROM (SELECT c.id, ${rank ? 'count(*) OVER ()::int AS matches, c.r0, c.r1' : `${counted()} AS matches`}
                    FROM ${candidates ?? `client c WHERE ${where.sql}`}
                   ORDER BY ${orderOf(q, rank && '')}
                   LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}) m
            JOIN client c ON c.id = m.id ${statsJoins(p.add(q.now))}
           ORDER BY ${orderOf(q, rank && 'm.')}`);
}

/**
 * The list counts its matches up to this many (or up to the end of the requested page, if further):
 * past it the total is a lower bound (`totalIsLowerBound`, "Plus de 1 000 clients"). Counting every one
 * of 100,000 clients, or rechecking every trigram candidate of a common misspelt surname a second time
 * after the page did, costs as much as the page itself for a figure nobody reads exactly.
 */
export const COUNT_CAP = 1000;
