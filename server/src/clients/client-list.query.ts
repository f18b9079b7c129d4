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
  /**
   * Name words close to each typed word (`correctionsSql`, from the vocabulary), found as well as the
   * typed word itself: "lefbvre" → lefebvre, lefevre. Filled by the repository before the list query.
   */
  corrections?: Readonly<Record<string, readonly string[]>>;
}

/** Whether the query is in name order, which keyset paging (`after`) can follow. */
export function inNameOrder(q: Pick<ClientQuery, 'sort' | 'terms'>): boolean {
  return q.sort === 'NAME' || (q.sort === 'RELEVANCE' && !rankedBySimilarity(q.terms));
}

/** Whether a RELEVANCE order ranks by word similarity (a text search the trigram index narrows). */
function rankedBySimilarity(terms: SearchTerms | null): boolean {
  return terms !== null && terms.phoneDigits === null && narrowedByTrigrams(terms);
}

/** The direction of the name order (RELEVANCE without a text search is always ascending). */
export function nameOrderDescending(q: Pick<ClientQuery, 'sort' | 'descending'>): boolean {
  return q.sort === 'NAME' && q.descending;
}

/** Below this word similarity a typed word no longer finds a name ("heleen" → "hélène" is 0.57). */
const WORD_SIMILARITY_THRESHOLD = 0.5;

/** At most this many corrections per typed word, the closest first. */
const CORRECTIONS_PER_WORD = 8;

/** The typed words every match must hold (the first five). */
function searchWords(terms: SearchTerms): string[] {
  return terms.text.split(' ').slice(0, 5);
}

/**
 * The statement that corrects the typed words against the vocabulary of names (`client_search_word`,
 * a few thousand words with a trigram index): for each word of `correctableWords`, the closest names by
 * word similarity (above the transaction's threshold), neither holding the typed word (the typed word
 * finds those already) nor starting it ("andre" is not a correction of "andreez": it would find every
 * André; "guessan" is one of "nguessan", typed without the apostrophe). Null when no word is to be corrected. Rows: `typed`, `word`.
 */
export function correctionsSql(terms: SearchTerms | null): { sql: string; values: unknown[] } | null {
  if (terms === null) return null;
  const words = correctableWords(searchWords(terms));
  if (words.length === 0) return null;
  return {
    sql: `SELECT t.typed, v.word
            FROM unnest($1::text[]) AS t(typed)
            CROSS JOIN LATERAL (
              SELECT s.word FROM client_search_word s
               WHERE client_search_norm(t.typed) <% s.word
                 AND strpos(s.word, client_search_norm(t.typed)) = 0
                 AND strpos(client_search_norm(t.typed), s.word) <> 1
               ORDER BY word_similarity(client_search_norm(t.typed), s.word) DESC, s.word
               LIMIT ${CORRECTIONS_PER_WORD}) v`,
    values: [words],
  };
}

/** Parameters of one statement, numbered as they are added. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
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
 * e-mails: `search_text` (lower-case, unaccented, kept by a trigger) holds each typed word as a
 * substring or a word close to it (`<%`, word similarity), answered by one trigram GIN index. Phones: the
 * exact E.164 number or a run of digits inside it (trigram GIN on `phone`).
 */
export function whereOf(q: ClientQuery, p: Params): { sql: string; needsStats: boolean } {
  const conditions = [q.archived ? 'c.archived_at IS NOT NULL' : 'c.archived_at IS NULL'];
  if (q.terms !== null) {
    const or: string[] = [];
    if (q.terms.phoneDigits !== null) {
      if (q.terms.phone !== null) or.push(`c.phone = ${p.add(q.terms.phone)}`);
      or.push(`c.phone LIKE ${p.add(`%${q.terms.phoneDigits}%`)}`);
    } else {
      // Every word must be found, as typed or as one of its corrections, as a substring: the trigram
      // index answers each alternative precisely and PostgreSQL intersects the words' bitmaps.
      for (const word of searchWords(q.terms)) {
        const alternatives = [
          `c.search_text LIKE '%' || client_search_norm(${p.add(escapeLike(word))}) || '%'`,
          ...(q.corrections?.[word] ?? []).map(
            (close) => `c.search_text LIKE ${p.add(`%${escapeLike(close)}%`)}`,
          ),
        ];
        conditions.push(`(${alternatives.join(' OR ')})`);
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

function orderOf(q: ClientQuery, p: Params): string {
  const dir = q.descending ? 'DESC' : 'ASC';
  const nulls = q.descending ? 'NULLS LAST' : 'NULLS FIRST';
  switch (q.sort) {
    case 'RELEVANCE': {
      if (q.terms === null || !rankedBySimilarity(q.terms)) return 'c.last_name, c.first_name, c.id';
      const text = p.add(q.terms.text);
      return `(c.search_text LIKE client_search_norm(${text}) || '%') DESC,
              word_similarity(client_search_norm(${text}), c.search_text) DESC, c.last_name, c.first_name, c.id`;
    }
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
  const order = orderOf(q, p);
  return `SELECT c.id, v.last_visit_at, v.visits, s.total_spent_cents
            FROM client c ${statsJoins(p.add(q.now))}
           WHERE ${where.sql}
           ORDER BY ${order}`;
}

/** Whether the order is by a figure (last visit, money spent) that every match must have computed. */
function orderedByFigures(sort: ClientSort): boolean {
  return sort === 'LAST_VISIT' || sort === 'TOTAL_SPENT';
}

/**
 * One page of matches with their figures. When neither the filters nor the order need the visit and
 * spending figures, the page is chosen first (ids only) and the figures are computed for its rows alone:
 * a misspelt surname has 400–900 candidates, and joining the two lateral subqueries to each of them
 * before the sort was most of the page's cost. A search ranked by similarity reads every candidate to
 * sort them anyway, so it also counts them there (`matches`, a window count before the LIMIT) and the
 * list needs no second statement rechecking the same candidates.
 */
export function pageOf(
  q: ClientQuery,
  p: Params,
  limit: number,
  offset: number,
): { sql: string; countsMatches: boolean } {
  const where = whereOf(q, p);
  if (where.needsStats || orderedByFigures(q.sort)) {
    return {
      sql: `SELECT c.id, NULL::int AS matches, v.last_visit_at, v.visits, s.total_spent_cents
              FROM client c ${statsJoins(p.add(q.now))}
             WHERE ${where.sql}
             ORDER BY ${orderOf(q, p)}
             LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      countsMatches: false,
    };
  }
  const ranked = q.sort === 'RELEVANCE' && rankedBySimilarity(q.terms);
  return {
    sql: `SELECT c.id, m.matches, v.last_visit_at, v.visits, s.total_spent_cents
            FROM (SELECT c.id, ${ranked ? 'count(*) OVER ()::int' : 'NULL::int'} AS matches
                    FROM client c
                   WHERE ${where.sql}
                   ORDER BY ${orderOf(q, p)}
                   LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}) m
            JOIN client c ON c.id = m.id ${statsJoins(p.add(q.now))}
           ORDER BY ${orderOf(q, p)}`,
    countsMatches: ranked,
  };
}

/**
 * The list counts its matches up to this many (or up to the end of the requested page, if further):
 * past it the total is a lower bound (`totalIsLowerBound`, "Plus de 1 000 clients"). Counting every one
 * of 100,000 clients, or rechecking every trigram candidate of a common misspelt surname a second time
 * after the page did, costs as much as the page itself for a figure nobody reads exactly.
 */
export const COUNT_CAP = 1000;

/**
 * A text search's settings, for its transaction only: the word-similarity threshold of `<%` and, when
 * the trigram index narrows the search, no sequential scan. pg_trgm's selectivity estimates are poor
 * for words many names share ("thomas", "moreau"): the planner then guessed that a parallel sequential
 * scan computing `word_similarity` on every row was cheaper than the trigram bitmaps — 500–900 ms on
 * 100,000 clients instead of 5–60 ms (bench/crm). A search of short words only is not narrowed by the
 * index (its bitmap would be the whole table): it is ordered by name and walks the name index instead.
 */
export function searchSettings(terms: SearchTerms | null): string | null {
  if (terms === null) return null;
  const threshold = `set_config('pg_trgm.word_similarity_threshold', '${WORD_SIMILARITY_THRESHOLD}', true)`;
  return narrowedByTrigrams(terms)
    ? `SELECT ${threshold}, set_config('enable_seqscan', 'off', true)`
    : `SELECT ${threshold}`;
}
