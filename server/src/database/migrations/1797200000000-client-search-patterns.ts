import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The LIKE patterns that find one typed word of a client search: the word itself, normalised like
 * `search_text`, and, when `correct`, its corrections from the vocabulary of names (`client_search_word`):
 * the 8 closest words by pg_trgm word similarity ≥ 0.5 that neither hold the typed word (the typed word
 * finds those already) nor start it ("andre" is not a correction of "andreez": it would find every
 * André). A typed word that is itself a name of the vocabulary keeps only the corrections one edit away
 * (fuzzystrmatch's `levenshtein`): "helene" still finds Héléna, but "martinet", typed right, no longer
 * brings every Martineau, Martinez, Martinand… (a misspelt word keeps all 8). The list query asks `search_text LIKE` each pattern (one trigram index scan each, OR-ed per word).
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
      SELECT '%' || s.word || '%' FROM "client_search_word" s
       WHERE norm <% s.word AND strpos(s.word, norm) = 0 AND strpos(norm, s.word) <> 1
         AND (NOT known OR levenshtein(norm, s.word) <= 1)
       ORDER BY word_similarity(norm, s.word) DESC, s.word
       LIMIT 8);
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
