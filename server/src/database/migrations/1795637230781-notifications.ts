import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795637230781 implements MigrationInterface {
  name = 'Notifications1795637230781';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."notification_channel" AS ENUM('EMAIL', 'SMS')`);
    await q.query(
      `CREATE TYPE "public"."notification_template" AS ENUM('BOOKING_CONFIRMED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'BOOKING_REMINDER', 'DEPOSIT_RECEIPT', 'DEPOSIT_REFUNDED', 'INSTITUTE_NEW_BOOKING')`,
    );
    await q.query(
      `CREATE TYPE "public"."notification_status" AS ENUM('QUEUED', 'SENT', 'FAILED', 'SKIPPED')`,
    );
    await q.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel" "public"."notification_channel" NOT NULL, "template" "public"."notification_template" NOT NULL, "recipient" text NOT NULL, "status" "public"."notification_status" NOT NULL, "skip_reason" text, "message_id" text, "provider_message_id" text, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "booking_id" uuid, "client_id" uuid, "payment_id" uuid, "scheduled_for" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "dedupe_key" text, "resend_of_id" uuid, "is_test" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_notification_booking_id" ON "notification"  ("booking_id") `);
    await q.query(`CREATE INDEX "ix_notification_client_id" ON "notification"  ("client_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_notification_dedupe_key" ON "notification"  ("dedupe_key") WHERE dedupe_key IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "ix_notification_created_at" ON "notification"  ("created_at") `);
    await q.query(
      `CREATE TABLE "notification_settings" ("id" smallint NOT NULL DEFAULT '1', "sms_sender" text, "templates" jsonb NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notification_settings_single_row" CHECK (id = 1), CONSTRAINT "pk_notification_settings" PRIMARY KEY ("id"))`,
    );
    // The settings row every installation has (templates enabled unless switched off).
    await q.query(`INSERT INTO "notification_settings" ("id") VALUES (1)`);
    await q.query(`ALTER TABLE "client" ADD "service_email_opt_out" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "client" ADD "service_sms_opt_out" boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_booking_id" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_client_id" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_client_id"`);
    await q.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_booking_id"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "service_sms_opt_out"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "service_email_opt_out"`);
    await q.query(`DROP TABLE "notification_settings"`);
    await q.query(`DROP INDEX "public"."ix_notification_created_at"`);
    await q.query(`DROP INDEX "public"."uq_notification_dedupe_key"`);
    await q.query(`DROP INDEX "public"."ix_notification_client_id"`);
    await q.query(`DROP INDEX "public"."ix_notification_booking_id"`);
    await q.query(`DROP TABLE "notification"`);
    await q.query(`DROP TYPE "public"."notification_status"`);
    await q.query(`DROP TYPE "public"."notification_template"`);
    await q.query(`DROP TYPE "public"."notification_channel"`);
  }
}
