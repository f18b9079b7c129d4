import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ACCOUNTANT role (reads the till's records and runs the accounting exports). */
export class AccountantRole1796578213486 implements MigrationInterface {
  name = 'AccountantRole1796578213486';

  async up(q: QueryRunner): Promise<void> {
    // Before CLIENT, so the type lists the values in the entity's order.
    await q.query(`ALTER TYPE "public"."user_role" ADD VALUE IF NOT EXISTS 'ACCOUNTANT' BEFORE 'CLIENT'`);
  }

  async down(q: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: the type is rebuilt without it, and accountant accounts
    // (which could not exist before) are removed first.
    await q.query(`DELETE FROM "app_user" WHERE "role" = 'ACCOUNTANT'`);
    await q.query(`ALTER TYPE "public"."user_role" RENAME TO "user_role_old"`);
    await q.query(`CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'STAFF', 'CLIENT')`);
    await q.query(
      `ALTER TABLE "app_user" ALTER COLUMN "role" TYPE "public"."user_role" USING "role"::text::"public"."user_role"`,
    );
    await q.query(`DROP TYPE "public"."user_role_old"`);
  }
}
