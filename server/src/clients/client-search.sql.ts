/**
 * The client search's SQL: a text search's conditions (typed words and their corrections, or a phone)
 * and its rank, as pieces of the list's one statement (`client-list.query.ts`). Pure string building with
 * numbered parameters (`Params`).
 */
import {
  correctableWords,
  escapeLike,
  narrowedByTrigrams,
  searchWordsOf,
  type SearchTerms,
} from './domain/search-terms.js';

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

/** Whether a RELEVANCE order ranks by how well each word matches (a text search the trigram index narrows). */
export function rankedByMatch(terms: SearchTerms | null): boolean {
  return terms !== null && terms.phoneDigits === null && narrowedByTrigrams(terms);
}

/** The patterns of a word to correct: itself and at most 8 corrections (`client_search_patterns`). */
const PATTERNS_PER_WORD = 9;

/**
 * The CTE holding a typed word's LIKE patterns, made once per word and statement, as one row of scalar
 * columns numbered from 1 (a missing one is NULL):
 * - `p1…p9`: `%word%` for the word then its corrections, closest first, and `e1…e9` the same word as a
 *   whole word (`'% word %'`, against the space-padded text): what the rank reads (`wordRank`);
 * - `c1…c9`: the fewest of the patterns that find the same clients (what the WHERE reads). A pattern
 *   holding another one's word finds a subset of it, so "blanchrdet" asks the index for `%blanchrdet%`
 *   and `%blanchard%` only, not also for Blanchardet, Blanchardel… (9 bitmap index scans reading the same
 *   frequent trigrams were half of a misspelt surname's statement, bench/crm). The patterns are
 *   vocabulary words, letters only, and the typed word (which may hold escaped wildcards: compared as
 *   written, a longer escaped text holding a shorter one holds its literal text too).
 *
 * Columns, not arrays: each subscript of an array read from a CTE row copies the array, which made the
 * rank of ~3,700 candidates cost 5.6 ms instead of 1 ms. `OFFSET 0` keeps each subquery apart: flattened,
 * `client_search_patterns` (1–2 ms) ran once per use of its result. `count` is how many patterns the
 * word can have.
 */
function patternsOf(word: string, p: Params): { cte: string; count: number } {
  const correct = correctableWords([word]).length > 0;
  const count = correct ? PATTERNS_PER_WORD : 1;
  const cte = p.cte(`patterns ${correct} ${word}`, () => {
    const patterns = `client_search_patterns(${p.add(escapeLike(word))}, ${correct})`;
    const cover = correct
      ? `ARRAY(SELECT x FROM unnest(w.p) WITH ORDINALITY AS a(x, i)
                WHERE NOT EXISTS (SELECT 1 FROM unnest(w.p) WITH ORDINALITY AS b(y, j)
                                   WHERE j <> i AND strpos(x, substr(y, 2, length(y) - 2)) > 0 AND (y <> x OR j < i))
                ORDER BY i)`
      : 'w.p';
    const columns = Array.from({ length: count }, (_, i) => {
      const n = i + 1;
      return `p[${n}] AS p${n}, '% ' || substr(p[${n}], 2, length(p[${n}]) - 2) || ' %' AS e${n}, cover[${n}] AS c${n}`;
    });
    return `SELECT ${columns.join(', ')}
              FROM (SELECT w.p, ${cover} AS cover FROM (SELECT ${patterns} AS p OFFSET 0) w OFFSET 0) x`;
  });
  return { cte, count };
}

/**
 * How well a client matches one typed word, lower is better: the typed word as a whole word (0) or inside
 * one (100), else the i-th correction (closest first) as a whole word (200 + i) or inside one (300 + i).
 * The words' ranks add up: a word found as typed outweighs every correction's order (at most 5 words of
 * 8 corrections), so "heleen dupont" puts Hélène Dupont (one correction) before Héléna Dupond (two). Per
 * pattern, the plain `LIKE '%word%'` comes first and the whole-word test (`'% word %'` against the
 * space-padded text) only when it holds: a whole word is also inside, so
 * the rank is the same as testing whole then inside, with one LIKE instead of two and no concatenation
 * for each pattern that does not match (the ~3,500 candidates of a common misspelt surname: 11 % of the
 * statement, bench/crm). Ranking this way costs a third of what `word_similarity` on each candidate did.
 * The patterns are read from the word's CTE joined to the row (`rankOf`), not through one InitPlan per
 * pattern: two words made 36 of them, and planning took longer than the search.
 */
function wordRank(word: string, p: Params): string {
  const { cte, count } = patternsOf(word, p);
  const branches = Array.from({ length: count }, (_, i) => {
    const [whole, inside] = i === 0 ? [0, 100] : [200 + i, 300 + i];
    return `WHEN c.search_text LIKE ${cte}.p${i + 1} THEN
               CASE WHEN ' ' || c.search_text || ' ' LIKE ${cte}.e${i + 1} THEN ${whole} ELSE ${inside} END`;
  });
  return `CASE ${branches.join(' ')} ELSE 400 END`;
}

/**
 * A text search's conditions. Names and e-mails: `search_text` (lower-case, unaccented, kept by a
 * trigger) holds every typed word as a substring, as typed or as one of its corrections from the
 * vocabulary of names. For a word of 3 letters or more, `client_search_patterns` gives its LIKE patterns
 * once, in a CTE of the same statement (no statement before it, no transaction), and the word asks
 * `search_text LIKE c1 OR … LIKE c9` (`patternsOf`): one bitmap index scan of the trigram
 * GIN index per pattern of the cover,
 * OR-ed, and PostgreSQL ANDs the words' bitmaps (a missing pattern is NULL and its scan returns nothing
 * at once). Not `LIKE ANY (p)`: PostgreSQL puts every word's array into one index scan and runs it for
 * each combination of their elements (9 × 9 GIN scans for two words, twice the time, bench/crm). A
 * shorter word is a plain substring (the index cannot narrow it). Phones: the exact E.164 number or a
 * run of digits inside it (trigram GIN on `phone`).
 */
export function searchConditions(terms: SearchTerms, p: Params): string[] {
  if (terms.phoneDigits !== null) {
    const or: string[] = [];
    if (terms.phone !== null) or.push(`c.phone = ${p.add(terms.phone)}`);
    or.push(`c.phone LIKE ${p.add(`%${terms.phoneDigits}%`)}`);
    return [`(${or.join(' OR ')})`];
  }
  return searchWordsOf(terms).map((word) => {
    if ([...word].length < 3)
      return `c.search_text LIKE '%' || client_search_norm(${p.add(escapeLike(word))}) || '%'`;
    const { cte, count } = patternsOf(word, p);
    const slots = Array.from(
      { length: count },
      (_, i) => `c.search_text LIKE (SELECT c${i + 1} FROM ${cte})`,
    );
    return `(${slots.join(' OR ')})`;
  });
}

/** A ranked search's sort key columns (`select`) and the pattern CTEs they read (`from`). */
export interface SearchRank {
  select: string;
  from: string;
}

/**
 * A ranked search's sort keys as output columns — `r0`: the whole typed text starts the record (a first
 * name then a surname typed in full); `r1`: the sum of the words' ranks (`wordRank`) — and the pattern
 * CTEs they read, to join to the client row (`, w1, w2`: one row each).
 */
export function rankOf(terms: SearchTerms, p: Params): SearchRank {
  const words = searchWordsOf(terms).filter((word) => [...word].length >= 3);
  const ranks = words.map((word) => wordRank(word, p));
  const ctes = new Set(words.map((word) => patternsOf(word, p).cte));
  return {
    select: `(c.search_text LIKE client_search_norm(${p.add(terms.text)}) || '%') AS r0,
             ${ranks.length > 0 ? ranks.join(' + ') : '0'} AS r1`,
    from: [...ctes].map((cte) => `, ${cte}`).join(''),
  };
}
