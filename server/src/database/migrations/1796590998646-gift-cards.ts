import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GiftCards1796590998646 implements MigrationInterface {
  name = 'GiftCards1796590998646';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."gift_card_kind" AS ENUM('AMOUNT', 'SERVICE')`);
    await q.query(
      `CREATE TYPE "public"."gift_card_status" AS ENUM('PENDING_PAYMENT', 'ACTIVE', 'USED', 'EXPIRED', 'CANCELLED')`,
    );
    await q.query(`CREATE TYPE "public"."voucher_category" AS ENUM('SINGLE_PURPOSE', 'MULTI_PURPOSE')`);
    await q.query(
      `CREATE TABLE "gift_card" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code_hash" text NOT NULL, "code_last4" text NOT NULL, "kind" "public"."gift_card_kind" NOT NULL, "service_id" uuid, "service_name" text, "face_value_cents" integer NOT NULL, "price_paid_cents" integer NOT NULL, "balance_cents" integer NOT NULL, "status" "public"."gift_card_status" NOT NULL, "category" "public"."voucher_category" NOT NULL, "vat_rate_bp" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE, "buyer_name" text, "recipient_name" text, "message" text, "sale_id" uuid, "sale_line_id" uuid, "sale_line_unit" smallint, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_gift_card_code_hash" UNIQUE ("code_hash"), CONSTRAINT "ck_gift_card_service" CHECK ((kind = 'SERVICE') = (service_id IS NOT NULL)), CONSTRAINT "ck_gift_card_price" CHECK (price_paid_cents >= 0 AND face_value_cents > 0), CONSTRAINT "ck_gift_card_balance" CHECK (balance_cents >= 0 AND balance_cents <= face_value_cents), CONSTRAINT "pk_gift_card" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_gift_card_sale_line" ON "gift_card"  ("sale_line_id", "sale_line_unit") WHERE sale_line_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "ix_gift_card_status_expires" ON "gift_card"  ("status", "expires_at") `);
    await q.query(
      `CREATE TYPE "public"."gift_card_movement_kind" AS ENUM('ISSUE', 'REDEEM', 'REFUND', 'EXPIRE', 'EXTEND', 'CANCEL')`,
    );
    await q.query(
      `CREATE TABLE "gift_card_movement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gift_card_id" uuid NOT NULL, "kind" "public"."gift_card_movement_kind" NOT NULL, "amount_cents" integer NOT NULL, "balance_after_cents" integer NOT NULL, "sale_id" uuid, "tender_key" text, "reference" text, "reason" text, "expires_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_gift_card_movement" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_gift_card_movement_tender" ON "gift_card_movement"  ("tender_key") WHERE tender_key IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_gift_card_movement_once" ON "gift_card_movement"  ("gift_card_id", "kind") WHERE kind IN ('ISSUE', 'CANCEL')`,
    );
    await q.query(
      `CREATE INDEX "ix_gift_card_movement_card" ON "gift_card_movement"  ("gift_card_id", "occurred_at") `,
    );
    await q.query(
      `CREATE TABLE "gift_card_settings" ("id" smallint NOT NULL DEFAULT '1', "validity_months" integer NOT NULL DEFAULT '12', "forced_category" "public"."voucher_category", CONSTRAINT "ck_gift_card_settings_validity" CHECK (validity_months BETWEEN 1 AND 60), CONSTRAINT "ck_gift_card_settings_single" CHECK (id = 1), CONSTRAINT "pk_gift_card_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "gift_card" ADD CONSTRAINT "fk_gift_card_service_id" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "gift_card_movement" ADD CONSTRAINT "fk_gift_card_movement_gift_card_id" FOREIGN KEY ("gift_card_id") REFERENCES "gift_card"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`INSERT INTO "gift_card_settings" ("id") VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gift_card_movement" DROP CONSTRAINT "fk_gift_card_movement_gift_card_id"`);
    await q.query(`ALTER TABLE "gift_card" DROP CONSTRAINT "fk_gift_card_service_id"`);
    await q.query(`DROP TABLE "gift_card_settings"`);
    await q.query(`DROP INDEX "public"."ix_gift_card_movement_card"`);
    await q.query(`DROP INDEX "public"."uq_gift_card_movement_once"`);
    await q.query(`DROP INDEX "public"."uq_gift_card_movement_tender"`);
    await q.query(`DROP TABLE "gift_card_movement"`);
    await q.query(`DROP TYPE "public"."gift_card_movement_kind"`);
    await q.query(`DROP INDEX "public"."ix_gift_card_status_expires"`);
    await q.query(`DROP INDEX "public"."uq_gift_card_sale_line"`);
    await q.query(`DROP TABLE "gift_card"`);
    await q.query(`DROP TYPE "public"."voucher_category"`);
    await q.query(`DROP TYPE "public"."gift_card_status"`);
    await q.query(`DROP TYPE "public"."gift_card_kind"`);
  }
}
