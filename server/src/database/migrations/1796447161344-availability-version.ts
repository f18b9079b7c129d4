import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the slot search keeps in each process's cache: any write to these tables moves the version. */
const CACHED_TABLES = [
  'booking_settings',
  'service',
  'practitioner',
  'practitioner_service',
  'cabin_type',
  'cabin',
  'working_hours',
  'availability_exception',
];

/**
 * `availability_version`: one row whose number moves, in the writing transaction, whenever the settings,
 * catalogue, working hours or exceptions change — by the app or by anything else (seed, psql, a test's
 * fixture). Each process caches those tables for the slot search and reads this number before using its
 * copy (one round trip); a different number makes it reload. Statement-level triggers: one bump per
 * statement, however many rows it touches.
 */
export class AvailabilityVersion1796447161344 implements MigrationInterface {
  name = 'AvailabilityVersion1796447161344';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "availability_version" (
      "id" smallint PRIMARY KEY CHECK ("id" = 1),
      "version" bigint NOT NULL DEFAULT 1
    )`);
    await q.query(`INSERT INTO "availability_version" ("id", "version") VALUES (1, 1)`);
    await q.query(`CREATE FUNCTION "bump_availability_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "availability_version" SET "version" = "version" + 1 WHERE "id" = 1;
        RETURN NULL;
      END
    $$`);
    for (const table of CACHED_TABLES) {
      await q.query(
        `CREATE TRIGGER "tg_${table}_availability_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "bump_availability_version"()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CACHED_TABLES) {
      await q.query(`DROP TRIGGER "tg_${table}_availability_version" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION "bump_availability_version"()`);
    await q.query(`DROP TABLE "availability_version"`);
  }
}
