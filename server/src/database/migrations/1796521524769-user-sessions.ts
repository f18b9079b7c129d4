import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserSessions1796521524769 implements MigrationInterface {
  name = 'UserSessions1796521524769';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."password_link_purpose" AS ENUM('RESET', 'INVITATION')`);
    await q.query(
      `CREATE TABLE "password_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "purpose" "public"."password_link_purpose" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_password_link" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_password_link_user_id" ON "password_link"  ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_password_link_token_hash" ON "password_link"  ("token_hash") `);
    await q.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" text NOT NULL, "ip" text NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_reason" text, CONSTRAINT "pk_user_session" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_user_session_user_active" ON "user_session"  ("user_id") WHERE ended_at IS NULL`,
    );
    await q.query(`ALTER TABLE "refresh_token" ADD "session_id" uuid`);
    await q.query(`CREATE INDEX "ix_refresh_token_session_id" ON "refresh_token"  ("session_id") `);
    await q.query(
      `ALTER TABLE "password_link" ADD CONSTRAINT "fk_password_link_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "fk_user_session_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_session_id" FOREIGN KEY ("session_id") REFERENCES "user_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Access tokens now name their session (`sid`) and refresh tokens belong to one: tokens issued
    // before have none and are refused, so everyone signs in again once after this migration.
    await q.query(
      `UPDATE "refresh_token" SET "revoked_at" = now(), "revoked_reason" = 'sessions-introduced' WHERE "revoked_at" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_session_id"`);
    await q.query(`ALTER TABLE "user_session" DROP CONSTRAINT "fk_user_session_user_id"`);
    await q.query(`ALTER TABLE "password_link" DROP CONSTRAINT "fk_password_link_user_id"`);
    await q.query(`DROP INDEX "public"."ix_refresh_token_session_id"`);
    await q.query(`ALTER TABLE "refresh_token" DROP COLUMN "session_id"`);
    await q.query(`DROP INDEX "public"."ix_user_session_user_active"`);
    await q.query(`DROP TABLE "user_session"`);
    await q.query(`DROP INDEX "public"."uq_password_link_token_hash"`);
    await q.query(`DROP INDEX "public"."ix_password_link_user_id"`);
    await q.query(`DROP TABLE "password_link"`);
    await q.query(`DROP TYPE "public"."password_link_purpose"`);
  }
}
