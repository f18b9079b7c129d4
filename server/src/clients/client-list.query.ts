/**
 * The client list's question (`ClientQuery`) and the SQL it becomes: its WHERE (search, filters,
 * keyset cursor), its ORDER BY, and the joins that give each client its visits and money spent. Pure
 * string building with numbered parameters; `ClientsRepository` runs the statements.
 */
import type { NameCursor } from './domain/list-cursor.js';
import { correctableWords, escapeLike, narrowedByTrigrams, type SearchTerms } from './domain/search-terms.js';

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

/** Whether a RELEVANCE order ranks by how well each word matches (a text search the trigram index narrows). */
function rankedByMatch(terms: SearchTerms | null): boolean {
  return terms !== null && terms.phoneDigits === null && narrowedByTrigrams(terms);
}

/** The direction of the name order (RELEVANCE without a text search is always ascending). */
export function nameOrderDescending(q: Pick<ClientQuery, 'sort' | 'descending'>): boolean {
  return q.sort === 'NAME' && q.descending;
}

/** The patterns of a word to correct: itself and at most 8 corrections (`client_search_patterns`). */
const PATTERNS_PER_WORD = 9;

/** The typed words every match must hold (the first five). */
function searchWords(terms: SearchTerms): string[] {
  return terms.text.split(' ').slice(0, 5);
}

/**
 * The CTE holding a typed word's LIKE patterns (`p`: `%word%`, the word then its corrections, closest
 * first), made once per word and statement; `count` is how many patterns the word can have.
 */
function patternsOf(word: string, p: Params): { cte: string; count: number } {
  const correct = correctableWords([word]).length > 0;
  const cte = p.cte(
    `patterns ${correct} ${word}`,
    () => `SELECT client_search_patterns(${p.add(escapeLike(word))}, ${correct}) AS p`,
  );
  return { cte, count: correct ? PATTERNS_PER_WORD : 1 };
}

/**
 * How well a client matches one typed word, lower is better: the typed word as a whole word (0) or inside
 * one (100), else the i-th correction (closest first) as a whole word (200 + i) or inside one (300 + i).
 * The words' ranks add up: a word found as typed outweighs every correction's order (at most 5 words of
 * 8 corrections), so "heleen dupont" puts Hélène Dupont (one correction) before Héléna Dupond (two). Two
 * LIKEs per pattern at most, on the row the scan already holds: ranking the ~1,500 candidates of a common
 * misspelt surname this way costs a third of what `word_similarity` on each did (bench/crm). The patterns
 * are read from the word's CTE joined to the row (`rankOf`), not through one InitPlan per pattern: two
 * words made 36 of them, and planning took longer than the search. The whole-word pattern (`'% word %'`
 * against the space-padded text) is made on the row from `%word%`: an array of them made in the CTE
 * cost more to plan and run than the whole ranking.
 */
function wordRank(word: string, p: Params): string {
  const { cte, count } = patternsOf(word, p);
  const branches = Array.from({ length: count }, (_, i) => {
    const [whole, inside] = i === 0 ? [0, 100] : [200 + i, 300 + i];
    const pattern = `${cte}.p[${i + 1}]`;
    return `WHEN ' ' || c.search_text || ' ' LIKE '% ' || substr(${pattern}, 2, length(${pattern}) - 2) || ' %'
               THEN ${whole}
               WHEN c.search_text LIKE ${pattern} THEN ${inside}`;
  });
  return `CASE ${branches.join(' ')} ELSE 400 END`;
}

/** Parameters of one statement, numbered as they are added, and the statement's CTEs. */
export class Params {
  readonly values: unknown[] = [];
  private readonly ctes = new Map<string, { name: string; sql: string }>();
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  /** The name of a CTE of the statement, made once per key however often the WHERE is built. */
  cte(key: string, sql: () => string): string {
    let cte = this.ctes.get(key);
    if (cte === undefined) {
      cte = { name: `w${this.ctes.size + 1}`, sql: sql() };
      this.ctes.set(key, cte);
    }
    return cte.name;
  }
  /** `WITH …` for the CTEs made while building `body`, then `body`. */
  statement(body: string): string {
    if (this.ctes.size === 0) return body;
    return `WITH ${[...this.ctes.values()].map((c) => `${c.name} AS (${c.sql})`).join(', ')} ${body}`;
  }
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
 * The WHERE clause of a list query, and whether it needs the visit and spending figures. Names and
 * e-mails: `search_text` (lower-case, unaccented, kept by a trigger) holds every typed word as a
 * substring, as typed or as one of its corrections from the vocabulary of names. For a word of 3 letters
 * or more, `client_search_patterns` gives its LIKE patterns once, in a CTE of the same statement (no
 * statement before it, no transaction), and the word asks `search_text LIKE p[1] OR … LIKE p[9]`: one
 * bitmap index scan of the trigram GIN index per pattern, OR-ed, and PostgreSQL ANDs the words' bitmaps
 * (a missing pattern is NULL and its scan returns nothing at once). Not `LIKE ANY (p)`: PostgreSQL puts
 * every word's array into one index scan and runs it for each combination of their elements (9 × 9 GIN
 * scans for two words, twice the time, bench/crm). A shorter word is a plain substring (the index cannot
 * narrow it). Phones: the exact E.164 number or a run of digits inside it (trigram GIN on `phone`).
 */
export function whereOf(q: ClientQuery, p: Params): { sql: string; needsStats: boolean } {
  const conditions = [q.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL'];
  if (q.terms !== null) {
    const or: string[] = [];
    if (q.terms.phoneDigits !== null) {
      if (q.terms.phone !== null) or.push(`c.phone = ${p.add(q.terms.phone)}`);
      or.push(`c.phone LIKE ${p.add(`%${q.terms.phoneDigits}%`)}`);
    } else {
      for (const word of searchWords(q.terms)) {
        if ([...word].length < 3) {
          conditions.push(`c.search_text LIKE '%' || client_search_norm(${p.add(escapeLike(word))}) || '%'`);
          continue;
        }
        const { cte, count } = patternsOf(word, p);
        const slots = Array.from(
          { length: count },
          (_, i) => `c.search_text LIKE (SELECT p[${i + 1}] FROM ${cte})`,
        );
        conditions.push(`(${slots.join(' OR ')})`);
      }
    }
    if (or.length > 0) conditions.push(`(${or.join(' OR ')})`);
  }
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

/**
 * A ranked search's sort keys as output columns — `r0`: the whole typed text starts the record (a first
 * name then a surname typed in full); `r1`: the sum of the words' ranks (`wordRank`) — and the pattern
 * CTEs they read, to join to the client row (`, w1, w2`: one row each). Null unless RELEVANCE ranks.
 */
function rankOf(q: ClientQuery, p: Params): { select: string; from: string } | null {
  if (q.sort !== 'RELEVANCE' || q.terms === null || !rankedByMatch(q.terms)) return null;
  const words = searchWords(q.terms).filter((word) => [...word].length >= 3);
  const ranks = words.map((word) => wordRank(word, p));
  const ctes = new Set(words.map((word) => patternsOf(word, p).cte));
  return {
    select: `(c.search_text LIKE client_search_norm(${p.add(q.terms.text)}) || '%') AS r0,
             ${ranks.length > 0 ? ranks.join(' + ') : '0'} AS r1`,
    from: [...ctes].map((cte) => `, ${cte}`).join(''),
  };
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
  const rank = rankOf(q, p);
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
  const rank = rankOf(q, p);
  if (where.needsStats || orderedByFigures(q.sort)) {
    return p.statement(`SELECT c.*, ${counted()} AS matches, v.last_visit_at, v.visits, s.total_spent_cents${
      rank ? `, ${rank.select}` : ''
    }
              FROM client c${rank?.from ?? ''} ${statsJoins(p.add(q.now))}
             WHERE ${where.sql}
             ORDER BY ${orderOf(q, rank && '')}
             LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`);
  }
  return p.statement(`SELECT c.*, m.matches, v.last_visit_at, v.visits, s.total_spent_cents
            FROM (SELECT c.id, ${rank ? `count(*) OVER ()::int AS matches, ${rank.select}` : `${counted()} AS matches`}
                    FROM client c${rank?.from ?? ''}
                   WHERE ${where.sql}
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
