import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The words of a normalised name (letters only, 3 or more). */
const WORDS_OF = `CREATE FUNCTION "client_search_words_of"(text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT DISTINCT w FROM regexp_split_to_table($1, '[^[:alpha:]]+') AS w WHERE length(w) >= 3 $$`;

/**
 * Words of `old_name` that no other client's text holds any more (and that `new_name` does not hold)
 * leave the vocabulary: the name of a deleted or renamed client does not stay behind.
 */
const PRUNE = `CREATE FUNCTION "client_search_words_prune"(old_name text, new_name text, client_id uuid) RETURNS void
  LANGUAGE sql AS $$
  DELETE FROM "client_search_word" s
   WHERE s.word IN (SELECT client_search_words_of(old_name))
     AND strpos(coalesce(new_name, ''), s.word) = 0
     AND NOT EXISTS (SELECT 1 FROM "client" c WHERE c.id <> client_id AND c.search_text LIKE '%' || s.word || '%')
$$`;

const NAME = (row: string) => `client_search_norm(${row}.first_name || ' ' || ${row}.last_name)`;

const SEARCH_TEXT_TRIGGER = `CREATE OR REPLACE FUNCTION "client_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.search_text := client_search_norm(NEW.first_name || ' ' || NEW.last_name || ' ' || coalesce(NEW.email::text, ''));
    IF TG_OP = 'INSERT' OR NEW.first_name IS DISTINCT FROM OLD.first_name OR NEW.last_name IS DISTINCT FROM OLD.last_name THEN
      INSERT INTO "client_search_word" ("word") SELECT client_search_words_of(${NAME('NEW')}) ORDER BY 1
        ON CONFLICT DO NOTHING;
      IF TG_OP = 'UPDATE' THEN
        PERFORM client_search_words_prune(${NAME('OLD')}, ${NAME('NEW')}, NEW.id);
      END IF;
    END IF;
    RETURN NEW;
  END
$$`;

const DELETED_TRIGGER = `CREATE FUNCTION "client_search_words_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM client_search_words_prune(${NAME('OLD')}, NULL, OLD.id);
    RETURN OLD;
  END
$$`;

const SEARCH_TEXT_TRIGGER_BEFORE = `CREATE OR REPLACE FUNCTION "client_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.search_text := client_search_norm(NEW.first_name || ' ' || NEW.last_name || ' ' || coalesce(NEW.email::text, ''));
    RETURN NEW;
  END
$$`;

/**
 * The client search's vocabulary: every distinct word of the clients' names, normalised like
 * `search_text`, with a trigram index. A misspelt word is corrected against this short list (a few
 * thousand words) instead of against every client's text; the list query then looks for the typed and
 * corrected words as substrings, which the trigram index answers precisely (issue 12, bench/crm).
 * Kept by the `search_text` trigger (added on insert and rename) and pruned when a renamed or deleted
 * client's words are held by nobody else. E-mails are not in it: they are found as typed.
 */
export class ClientSearchWords1796640000000 implements MigrationInterface {
  name = 'ClientSearchWords1796640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "client_search_word" ("word" text NOT NULL, CONSTRAINT "pk_client_search_word" PRIMARY KEY ("word"))`,
    );
    await q.query(
      `CREATE INDEX "ix_client_search_word_trgm" ON "client_search_word" USING gin ("word" gin_trgm_ops)`,
    );
    await q.query(WORDS_OF);
    await q.query(PRUNE);
    await q.query(SEARCH_TEXT_TRIGGER);
    await q.query(DELETED_TRIGGER);
    await q.query(
      `CREATE TRIGGER "tg_client_search_words_deleted" AFTER DELETE ON "client" FOR EACH ROW EXECUTE FUNCTION "client_search_words_deleted"()`,
    );
    await q.query(
      `INSERT INTO "client_search_word" ("word")
       SELECT DISTINCT client_search_words_of(${NAME('"client"')}) FROM "client" ORDER BY 1
       ON CONFLICT DO NOTHING`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "tg_client_search_words_deleted" ON "client"`);
    await q.query(`DROP FUNCTION "client_search_words_deleted"()`);
    await q.query(SEARCH_TEXT_TRIGGER_BEFORE);
    await q.query(`DROP FUNCTION "client_search_words_prune"(text, text, uuid)`);
    await q.query(`DROP FUNCTION "client_search_words_of"(text)`);
    await q.query(`DROP TABLE "client_search_word"`);
  }
}
