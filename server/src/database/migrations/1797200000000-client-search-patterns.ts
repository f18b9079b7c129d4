import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The LIKE patterns that find one typed word of a client search: the word itself, normalised like
 * `search_text`, and, when `correct`, its corrections from the vocabulary of names (`client_search_word`):
 * the closest words by pg_trgm word similarity ≥ 0.5 (ties broken by fewer edits, fuzzystrmatch's
 * `levenshtein`; at most 8, and none more than 0.1 below the closest) that neither hold the typed word
 * (the typed word finds those already) nor start it ("andre" is not a correction of "andreez": it would
 * find every André). On single typos of the bench's ~900 name words, the true name is among the
 * corrections 81 % of the time with 2.7 corrections per word, against 74 % with 4.7 when the 8 closest
 * were kept with ties in alphabetical order (bench README, crm). A typed word that is itself a name of
 * the vocabulary keeps only the corrections one edit away: "helene" still finds Héléna, but "martinet",
 * typed right, no longer brings every Martineau, Martinez, Martinand… The list query asks
 * `search_text LIKE` each pattern (one trigram index scan each, OR-ed per word).
 *
 * The threshold is the function's own setting (`SET` clause), so a search needs neither a transaction
 * nor a `set_config` statement before it; PL/pgSQL keeps the inner statement's plan for the session.
 */
const PATTERNS = `CREATE FUNCTION "client_search_patterns"(typed text, correct boolean) RETURNS text[]
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  SET pg_trgm.word_similarity_threshold = 0.5
  AS $$
  DECLARE
    norm text := client_search_norm(typed);
    known boolean;
  BEGIN
    IF NOT correct THEN
      RETURN ARRAY['%' || norm || '%'];
    END IF;
    known := EXISTS (SELECT 1 FROM "client_search_word" WHERE word = norm);
    RETURN ARRAY['%' || norm || '%'] || ARRAY(
      SELECT '%' || k.word || '%' FROM (
        SELECT c.word, c.similarity, c.edits, max(c.similarity) OVER () AS best FROM (
          SELECT s.word, word_similarity(norm, s.word) AS similarity, levenshtein(norm, s.word) AS edits
            FROM "client_search_word" s
           WHERE norm <% s.word AND strpos(s.word, norm) = 0 AND strpos(norm, s.word) <> 1
             AND (NOT known OR levenshtein(norm, s.word) <= 1)
           ORDER BY similarity DESC, edits, s.word
           LIMIT 8) c) k
       WHERE k.similarity >= k.best - 0.1
       ORDER BY k.similarity DESC, k.edits, k.word);
  END
$$`;

/** Client search in one statement: typed words and their corrections as LIKE patterns (issue 12, bench/crm). */
export class ClientSearchPatterns1797200000000 implements MigrationInterface {
  name = 'ClientSearchPatterns1797200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS fuzzystrmatch');
    await q.query(PATTERNS);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION "client_search_patterns"(text, boolean)`);
    await q.query('DROP EXTENSION IF EXISTS fuzzystrmatch');
  }
}
