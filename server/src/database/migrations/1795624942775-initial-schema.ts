import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795624942775 implements MigrationInterface {
  name = 'InitialSchema1795624942775';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('ADMIN', 'STAFF', 'CLIENT')");
    await q.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "password_hash" text, "role" "public"."user_role" NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_app_user_email" UNIQUE ("email"), CONSTRAINT "pk_app_user" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "secret_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_refresh_token" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "ix_refresh_token_user_id" ON "refresh_token"  ("user_id") ');
    await q.query('CREATE INDEX "ix_refresh_token_family_id" ON "refresh_token"  ("family_id") ');
    await q.query(
      'CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "queue" text NOT NULL, "name" text NOT NULL, "payload" jsonb NOT NULL, "delay_ms" integer NOT NULL DEFAULT \'0\', "job_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "relayed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_outbox" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "ix_outbox_pending" ON "outbox"  ("available_at") WHERE relayed_at IS NULL');
    await q.query(
      'CREATE TABLE "institute" ("id" smallint NOT NULL DEFAULT \'1\', "name" text NOT NULL, "legal_name" text NOT NULL, "address_line1" text NOT NULL, "address_line2" text, "postal_code" text NOT NULL, "city" text NOT NULL, "country" character(2) NOT NULL DEFAULT \'FR\', "phone" text, "email" citext, "siret" character(14) NOT NULL, "vat_number" text, "time_zone" text NOT NULL DEFAULT \'Europe/Paris\', "currency" character(3) NOT NULL DEFAULT \'EUR\', "brand_color" text NOT NULL DEFAULT \'#8e5b6e\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_institute_single_row" CHECK (id = 1), CONSTRAINT "pk_institute" PRIMARY KEY ("id"))',
    );
    await q.query(
      'ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_user_id"');
    await q.query('DROP TABLE "institute"');
    await q.query('DROP INDEX "public"."ix_outbox_pending"');
    await q.query('DROP TABLE "outbox"');
    await q.query('DROP INDEX "public"."ix_refresh_token_family_id"');
    await q.query('DROP INDEX "public"."ix_refresh_token_user_id"');
    await q.query('DROP TABLE "refresh_token"');
    await q.query('DROP TABLE "app_user"');
    await q.query('DROP TYPE "public"."user_role"');
  }
}
