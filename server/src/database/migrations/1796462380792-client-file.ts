import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Parts TypeORM cannot describe: the search functions, the trigger and the trigram indexes, the backfills. */
const SEARCH_NORM = `CREATE FUNCTION "immutable_unaccent"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`;
const CLIENT_SEARCH_NORM = `CREATE FUNCTION "client_search_norm"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.immutable_unaccent($1)) $$`;
const SEARCH_TEXT_TRIGGER = `CREATE FUNCTION "client_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.search_text := client_search_norm(NEW.first_name || ' ' || NEW.last_name || ' ' || coalesce(NEW.email::text, ''));
    RETURN NEW;
  END
$$`;

/**
 * Client files: address, birthday, tags, preferred practitioner, archiving; notes, beauty file and
 * its access log, saved filters, merge log, dismissed duplicates; and the search. Search: an
 * IMMUTABLE wrapper around `unaccent` (the extension's function is only STABLE, so it cannot be
 * indexed), `client_search_norm` = lower(unaccent(text)), a `search_text` column kept by a trigger,
 * trigram GIN indexes on it and on `phone`. Backfills: `search_text` of every client, and phones
 * written before the application normalised them, turned into E.164 when they are French national
 * (`06 12 34 56 78`), `0033…`, `33…` or already `+…` numbers (anything else is left as it is).
 */
export class ClientFile1796462380792 implements MigrationInterface {
  name = 'ClientFile1796462380792';

  async up(q: QueryRunner): Promise<void> {
    await q.query(SEARCH_NORM);
    await q.query(CLIENT_SEARCH_NORM);
    await q.query(
      `CREATE TABLE "client_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "body" text NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_client_note" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_client_note_client" ON "client_note"  ("client_id", "created_at") `);
    await q.query(
      `CREATE TABLE "client_beauty_file" ("client_id" uuid NOT NULL, "skin_type" text, "allergies" text, "contraindications" text, "products_used" text, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_client_beauty_file" PRIMARY KEY ("client_id"))`,
    );
    await q.query(`CREATE TYPE "public"."client_health_access_action" AS ENUM('READ', 'WRITE')`);
    await q.query(
      `CREATE TABLE "client_health_access" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "user_id" uuid NOT NULL, "action" "public"."client_health_access_action" NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_client_health_access" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_client_health_access_client" ON "client_health_access"  ("client_id", "at") `,
    );
    await q.query(
      `CREATE TABLE "client_saved_filter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "filter" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_client_saved_filter_name" UNIQUE ("user_id", "name"), CONSTRAINT "pk_client_saved_filter" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "client_merge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survivor_id" uuid NOT NULL, "merged_id" uuid NOT NULL, "merged_snapshot" jsonb NOT NULL, "kept_from_merged" text array NOT NULL, "moved" jsonb NOT NULL, "merged_by" uuid, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_client_merge" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_client_merge_survivor" ON "client_merge"  ("survivor_id") `);
    await q.query(
      `CREATE TABLE "client_duplicate_dismissal" ("key" text NOT NULL, "dismissed_by" uuid, "dismissed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_client_duplicate_dismissal" PRIMARY KEY ("key"))`,
    );
    await q.query(`ALTER TABLE "client" ADD "birthday" date`);
    await q.query(`ALTER TABLE "client" ADD "address_line1" text`);
    await q.query(`ALTER TABLE "client" ADD "postal_code" text`);
    await q.query(`ALTER TABLE "client" ADD "city" text`);
    await q.query(`ALTER TABLE "client" ADD "preferred_practitioner_id" uuid`);
    await q.query(`ALTER TABLE "client" ADD "tags" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "client" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "client" ADD "search_text" text NOT NULL DEFAULT ''`);
    await q.query(`CREATE INDEX "ix_client_name_order" ON "client"  ("last_name", "first_name", "id") `);
    await q.query(
      `ALTER TABLE "client" ADD CONSTRAINT "fk_client_preferred_practitioner_id" FOREIGN KEY ("preferred_practitioner_id") REFERENCES "practitioner"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_note" ADD CONSTRAINT "fk_client_note_client_id" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_note" ADD CONSTRAINT "fk_client_note_author_id" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_beauty_file" ADD CONSTRAINT "fk_client_beauty_file_client_id" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_beauty_file" ADD CONSTRAINT "fk_client_beauty_file_updated_by" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_health_access" ADD CONSTRAINT "fk_client_health_access_client_id" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_health_access" ADD CONSTRAINT "fk_client_health_access_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_saved_filter" ADD CONSTRAINT "fk_client_saved_filter_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_merge" ADD CONSTRAINT "fk_client_merge_survivor_id" FOREIGN KEY ("survivor_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_merge" ADD CONSTRAINT "fk_client_merge_merged_by" FOREIGN KEY ("merged_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "client_duplicate_dismissal" ADD CONSTRAINT "fk_client_duplicate_dismissal_dismissed_by" FOREIGN KEY ("dismissed_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`UPDATE "client" SET "phone" = CASE
        WHEN d ~ '^0[1-9][0-9]{8}$' THEN '+33' || substr(d, 2)
        WHEN d ~ '^0033[1-9][0-9]{8}$' THEN '+' || substr(d, 3)
        WHEN d ~ '^33[1-9][0-9]{8}$' THEN '+' || d
        WHEN d ~ '^00[1-9][0-9]{6,14}$' THEN '+' || substr(d, 3)
        ELSE "phone" END
      FROM (SELECT id, regexp_replace("phone", '[^0-9+]', '', 'g') AS d FROM "client" WHERE "phone" IS NOT NULL) p
      WHERE p.id = "client".id AND "client"."phone" !~ '^\\+[1-9][0-9]{6,14}$'`);
    await q.query(SEARCH_TEXT_TRIGGER);
    await q.query(
      `CREATE TRIGGER "tg_client_search_text" BEFORE INSERT OR UPDATE OF "first_name", "last_name", "email" ON "client" FOR EACH ROW EXECUTE FUNCTION "client_search_text"()`,
    );
    await q.query(
      `UPDATE "client" SET "search_text" = client_search_norm("first_name" || ' ' || "last_name" || ' ' || coalesce("email"::text, ''))`,
    );
    await q.query(`CREATE INDEX "ix_client_search_trgm" ON "client" USING gin ("search_text" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "ix_client_phone_trgm" ON "client" USING gin ("phone" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "ix_client_tags" ON "client" USING gin ("tags")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_client_tags"`);
    await q.query(`DROP INDEX "public"."ix_client_phone_trgm"`);
    await q.query(`DROP INDEX "public"."ix_client_search_trgm"`);
    await q.query(`DROP TRIGGER "tg_client_search_text" ON "client"`);
    await q.query(`DROP FUNCTION "client_search_text"()`);
    await q.query(
      `ALTER TABLE "client_duplicate_dismissal" DROP CONSTRAINT "fk_client_duplicate_dismissal_dismissed_by"`,
    );
    await q.query(`ALTER TABLE "client_merge" DROP CONSTRAINT "fk_client_merge_merged_by"`);
    await q.query(`ALTER TABLE "client_merge" DROP CONSTRAINT "fk_client_merge_survivor_id"`);
    await q.query(`ALTER TABLE "client_saved_filter" DROP CONSTRAINT "fk_client_saved_filter_user_id"`);
    await q.query(`ALTER TABLE "client_health_access" DROP CONSTRAINT "fk_client_health_access_user_id"`);
    await q.query(`ALTER TABLE "client_health_access" DROP CONSTRAINT "fk_client_health_access_client_id"`);
    await q.query(`ALTER TABLE "client_beauty_file" DROP CONSTRAINT "fk_client_beauty_file_updated_by"`);
    await q.query(`ALTER TABLE "client_beauty_file" DROP CONSTRAINT "fk_client_beauty_file_client_id"`);
    await q.query(`ALTER TABLE "client_note" DROP CONSTRAINT "fk_client_note_author_id"`);
    await q.query(`ALTER TABLE "client_note" DROP CONSTRAINT "fk_client_note_client_id"`);
    await q.query(`ALTER TABLE "client" DROP CONSTRAINT "fk_client_preferred_practitioner_id"`);
    await q.query(`DROP INDEX "public"."ix_client_name_order"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "search_text"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "archived_at"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "tags"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "preferred_practitioner_id"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "city"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "postal_code"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "address_line1"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "birthday"`);
    await q.query(`DROP TABLE "client_duplicate_dismissal"`);
    await q.query(`DROP INDEX "public"."ix_client_merge_survivor"`);
    await q.query(`DROP TABLE "client_merge"`);
    await q.query(`DROP TABLE "client_saved_filter"`);
    await q.query(`DROP INDEX "public"."ix_client_health_access_client"`);
    await q.query(`DROP TABLE "client_health_access"`);
    await q.query(`DROP TYPE "public"."client_health_access_action"`);
    await q.query(`DROP TABLE "client_beauty_file"`);
    await q.query(`DROP INDEX "public"."ix_client_note_client"`);
    await q.query(`DROP TABLE "client_note"`);
    await q.query(`DROP FUNCTION "client_search_norm"(text)`);
    await q.query(`DROP FUNCTION "immutable_unaccent"(text)`);
  }
}
