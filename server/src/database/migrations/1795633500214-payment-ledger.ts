import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The payment ledger: payments, refunds, processed provider events, provider settings. */
export class PaymentLedger1795633500214 implements MigrationInterface {
  name = 'PaymentLedger1795633500214';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."payment_kind" AS ENUM('DEPOSIT', 'BALANCE', 'SALE', 'GIFT_CARD_PURCHASE')`,
    );
    await q.query(
      `CREATE TYPE "public"."payment_method" AS ENUM('CARD_ONLINE', 'CARD_TERMINAL', 'PAYPAL', 'CASH', 'GIFT_CARD', 'BANK_TRANSFER')`,
    );
    await q.query(
      `CREATE TYPE "public"."payment_provider" AS ENUM('STRIPE', 'SUMUP', 'PAYPAL', 'SIMULATED', 'MANUAL')`,
    );
    await q.query(
      `CREATE TYPE "public"."payment_status" AS ENUM('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED')`,
    );
    await q.query(
      `CREATE TABLE "payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."payment_kind" NOT NULL, "method" "public"."payment_method" NOT NULL, "provider" "public"."payment_provider" NOT NULL, "provider_reference" text, "provider_status" text, "amount_cents" integer NOT NULL, "refunded_cents" integer NOT NULL DEFAULT '0', "currency" character(3) NOT NULL DEFAULT 'EUR', "status" "public"."payment_status" NOT NULL, "booking_id" uuid, "idempotency_key" text NOT NULL, "failure_reason" text, "created_by" uuid, "succeeded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_payment_idempotency_key" UNIQUE ("idempotency_key"), CONSTRAINT "ck_payment_refunded" CHECK (refunded_cents >= 0 AND refunded_cents <= amount_cents), CONSTRAINT "ck_payment_amount" CHECK (amount_cents > 0), CONSTRAINT "pk_payment" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_payment_booking_id" ON "payment"  ("booking_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_payment_provider_reference" ON "payment"  ("provider", "provider_reference") WHERE provider_reference IS NOT NULL`,
    );
    await q.query(`CREATE TYPE "public"."refund_status" AS ENUM('PENDING', 'SUCCEEDED', 'FAILED')`);
    await q.query(
      `CREATE TABLE "refund" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "payment_id" uuid NOT NULL, "amount_cents" integer NOT NULL, "status" "public"."refund_status" NOT NULL, "reason" text, "provider_reference" text, "failure_reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_refund_amount" CHECK (amount_cents > 0), CONSTRAINT "pk_refund" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_refund_payment_id" ON "refund"  ("payment_id") `);
    await q.query(
      `CREATE TABLE "provider_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" "public"."payment_provider" NOT NULL, "event_id" text NOT NULL, "type" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_provider_event" UNIQUE ("provider", "event_id"), CONSTRAINT "pk_provider_event" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "payment_settings" ("id" smallint NOT NULL DEFAULT '1', "stripe_publishable_key" text, "stripe_secret_key_enc" text, "stripe_webhook_secret_enc" text, "sumup_merchant_code" text, "sumup_api_key_enc" text, "paypal_client_id" text, "paypal_client_secret_enc" text, "paypal_webhook_id" text, "staff_can_refund" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_payment_settings_single_row" CHECK (id = 1), CONSTRAINT "pk_payment_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "payment" ADD CONSTRAINT "fk_payment_booking_id" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "refund" ADD CONSTRAINT "fk_refund_payment_id" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`INSERT INTO "payment_settings" ("id") VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "refund" DROP CONSTRAINT "fk_refund_payment_id"`);
    await q.query(`ALTER TABLE "payment" DROP CONSTRAINT "fk_payment_booking_id"`);
    await q.query(`DROP TABLE "payment_settings"`);
    await q.query(`DROP TABLE "provider_event"`);
    await q.query(`DROP INDEX "public"."ix_refund_payment_id"`);
    await q.query(`DROP TABLE "refund"`);
    await q.query(`DROP TYPE "public"."refund_status"`);
    await q.query(`DROP INDEX "public"."uq_payment_provider_reference"`);
    await q.query(`DROP INDEX "public"."ix_payment_booking_id"`);
    await q.query(`DROP TABLE "payment"`);
    await q.query(`DROP TYPE "public"."payment_status"`);
    // Shared by payment and provider_event: dropped once both tables are gone.
    await q.query(`DROP TYPE "public"."payment_provider"`);
    await q.query(`DROP TYPE "public"."payment_method"`);
    await q.query(`DROP TYPE "public"."payment_kind"`);
  }
}
