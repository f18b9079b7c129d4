import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Point of sale, sales: tickets and credit notes, their lines and tenders, and the sale settings. */
export class PosSales1796533242678 implements MigrationInterface {
  name = 'PosSales1796533242678';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."sale_kind" AS ENUM('SALE', 'CREDIT_NOTE')`);
    await q.query(`CREATE TYPE "public"."sale_status" AS ENUM('OPEN', 'PARKED', 'COMPLETED')`);
    await q.query(`CREATE TYPE "public"."sale_discount_kind" AS ENUM('PERCENT', 'AMOUNT')`);
    await q.query(
      `CREATE TABLE "sale" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "till_id" uuid NOT NULL, "kind" "public"."sale_kind" NOT NULL DEFAULT 'SALE', "status" "public"."sale_status" NOT NULL DEFAULT 'OPEN', "booking_id" uuid, "client_id" uuid, "original_sale_id" uuid, "ticket_discount_kind" "public"."sale_discount_kind", "ticket_discount_value" integer, "ticket_discount_reason" text, "total_incl_cents" integer NOT NULL DEFAULT '0', "idempotency_key" text, "reason" text, "journal_record_id" uuid, "journal_number" integer, "journal_short_hash" text, "opened_by" uuid, "completed_by" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_sale_credit_note" CHECK ((kind = 'CREDIT_NOTE') = (original_sale_id IS NOT NULL)), CONSTRAINT "ck_sale_discount" CHECK (ticket_discount_value IS NULL OR ticket_discount_value > 0), CONSTRAINT "pk_sale" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_sale_booking_id" ON "sale"  ("booking_id") `);
    await q.query(`CREATE INDEX "ix_sale_client_id" ON "sale"  ("client_id") `);
    await q.query(`CREATE INDEX "ix_sale_original_sale_id" ON "sale"  ("original_sale_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_sale_credit_key" ON "sale"  ("idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_sale_journal_record" ON "sale"  ("journal_record_id") WHERE journal_record_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "ix_sale_till_status" ON "sale"  ("till_id", "status") `);
    await q.query(
      `CREATE TABLE "sale_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sale_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" text NOT NULL, "label" text NOT NULL, "quantity" integer NOT NULL, "unit_price_cents" integer NOT NULL, "vat_rate_bp" integer NOT NULL, "discount_kind" "public"."sale_discount_kind", "discount_value" integer, "discount_reason" text, "total_incl_cents" integer NOT NULL DEFAULT '0', "total_excl_cents" integer NOT NULL DEFAULT '0', "discount_cents" integer NOT NULL DEFAULT '0', "practitioner_id" uuid, "product_id" uuid, "booking_item_id" uuid, "original_line_id" uuid, "data" jsonb, CONSTRAINT "ck_sale_line_discount" CHECK (discount_value IS NULL OR discount_value > 0), CONSTRAINT "ck_sale_line_quantity" CHECK (quantity <> 0), CONSTRAINT "ck_sale_line_vat" CHECK (vat_rate_bp >= 0 AND vat_rate_bp <= 10000), CONSTRAINT "ck_sale_line_price" CHECK (unit_price_cents >= 0), CONSTRAINT "pk_sale_line" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_sale_line_sale_id" ON "sale_line"  ("sale_id") `);
    await q.query(`CREATE INDEX "ix_sale_line_practitioner_id" ON "sale_line"  ("practitioner_id") `);
    await q.query(`CREATE INDEX "ix_sale_line_product_id" ON "sale_line"  ("product_id") `);
    await q.query(`CREATE INDEX "ix_sale_line_booking_item_id" ON "sale_line"  ("booking_item_id") `);
    await q.query(`CREATE INDEX "ix_sale_line_original_line_id" ON "sale_line"  ("original_line_id") `);
    await q.query(`CREATE TYPE "public"."sale_tender_status" AS ENUM('PENDING', 'CONFIRMED', 'DECLINED')`);
    await q.query(
      `CREATE TABLE "sale_tender" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sale_id" uuid NOT NULL, "kind" text NOT NULL, "status" "public"."sale_tender_status" NOT NULL, "amount_cents" integer NOT NULL, "change_cents" integer NOT NULL DEFAULT '0', "payment_id" uuid, "terminal_checkout_id" uuid, "reference" text, "failure_reason" text, "idempotency_key" text NOT NULL, "created_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_sale_tender_amount" CHECK (amount_cents <> 0), CONSTRAINT "ck_sale_tender_change" CHECK (change_cents >= 0), CONSTRAINT "pk_sale_tender" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_sale_tender_sale_id" ON "sale_tender"  ("sale_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_sale_tender_payment" ON "sale_tender"  ("payment_id") WHERE payment_id IS NOT NULL AND amount_cents > 0`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_sale_tender_key" ON "sale_tender"  ("sale_id", "idempotency_key") `,
    );
    await q.query(
      `CREATE TABLE "sale_settings" ("id" smallint NOT NULL DEFAULT '1', "staff_max_discount_bp" integer NOT NULL DEFAULT '2000', "staff_max_credit_note_cents" integer NOT NULL DEFAULT '5000', CONSTRAINT "ck_sale_settings_single" CHECK (id = 1), CONSTRAINT "pk_sale_settings" PRIMARY KEY ("id"))`,
    );
    // The one settings row (defaults: staff discounts up to 20 %, staff credit notes up to 50 €).
    await q.query(`INSERT INTO "sale_settings" ("id") VALUES (1)`);
    await q.query(
      `ALTER TABLE "sale" ADD CONSTRAINT "fk_sale_original_sale_id" FOREIGN KEY ("original_sale_id") REFERENCES "sale"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale" ADD CONSTRAINT "fk_sale_till_id" FOREIGN KEY ("till_id") REFERENCES "till"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale" ADD CONSTRAINT "fk_sale_booking_id" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale" ADD CONSTRAINT "fk_sale_client_id" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale" ADD CONSTRAINT "fk_sale_journal_record_id" FOREIGN KEY ("journal_record_id") REFERENCES "pos_journal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale_line" ADD CONSTRAINT "fk_sale_line_sale_id" FOREIGN KEY ("sale_id") REFERENCES "sale"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale_line" ADD CONSTRAINT "fk_sale_line_original_line_id" FOREIGN KEY ("original_line_id") REFERENCES "sale_line"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale_line" ADD CONSTRAINT "fk_sale_line_practitioner_id" FOREIGN KEY ("practitioner_id") REFERENCES "practitioner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale_line" ADD CONSTRAINT "fk_sale_line_product_id" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale_line" ADD CONSTRAINT "fk_sale_line_booking_item_id" FOREIGN KEY ("booking_item_id") REFERENCES "booking_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale_tender" ADD CONSTRAINT "fk_sale_tender_sale_id" FOREIGN KEY ("sale_id") REFERENCES "sale"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sale_tender" ADD CONSTRAINT "fk_sale_tender_payment_id" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sale_tender" DROP CONSTRAINT "fk_sale_tender_payment_id"`);
    await q.query(`ALTER TABLE "sale_tender" DROP CONSTRAINT "fk_sale_tender_sale_id"`);
    await q.query(`ALTER TABLE "sale_line" DROP CONSTRAINT "fk_sale_line_booking_item_id"`);
    await q.query(`ALTER TABLE "sale_line" DROP CONSTRAINT "fk_sale_line_product_id"`);
    await q.query(`ALTER TABLE "sale_line" DROP CONSTRAINT "fk_sale_line_practitioner_id"`);
    await q.query(`ALTER TABLE "sale_line" DROP CONSTRAINT "fk_sale_line_original_line_id"`);
    await q.query(`ALTER TABLE "sale_line" DROP CONSTRAINT "fk_sale_line_sale_id"`);
    await q.query(`ALTER TABLE "sale" DROP CONSTRAINT "fk_sale_journal_record_id"`);
    await q.query(`ALTER TABLE "sale" DROP CONSTRAINT "fk_sale_client_id"`);
    await q.query(`ALTER TABLE "sale" DROP CONSTRAINT "fk_sale_booking_id"`);
    await q.query(`ALTER TABLE "sale" DROP CONSTRAINT "fk_sale_till_id"`);
    await q.query(`ALTER TABLE "sale" DROP CONSTRAINT "fk_sale_original_sale_id"`);
    await q.query(`DROP TABLE "sale_settings"`);
    await q.query(`DROP INDEX "public"."uq_sale_tender_key"`);
    await q.query(`DROP INDEX "public"."uq_sale_tender_payment"`);
    await q.query(`DROP INDEX "public"."ix_sale_tender_sale_id"`);
    await q.query(`DROP TABLE "sale_tender"`);
    await q.query(`DROP TYPE "public"."sale_tender_status"`);
    await q.query(`DROP INDEX "public"."ix_sale_line_original_line_id"`);
    await q.query(`DROP INDEX "public"."ix_sale_line_booking_item_id"`);
    await q.query(`DROP INDEX "public"."ix_sale_line_product_id"`);
    await q.query(`DROP INDEX "public"."ix_sale_line_practitioner_id"`);
    await q.query(`DROP INDEX "public"."ix_sale_line_sale_id"`);
    await q.query(`DROP TABLE "sale_line"`);
    await q.query(`DROP INDEX "public"."ix_sale_till_status"`);
    await q.query(`DROP INDEX "public"."uq_sale_journal_record"`);
    await q.query(`DROP INDEX "public"."uq_sale_credit_key"`);
    await q.query(`DROP INDEX "public"."ix_sale_original_sale_id"`);
    await q.query(`DROP INDEX "public"."ix_sale_client_id"`);
    await q.query(`DROP INDEX "public"."ix_sale_booking_id"`);
    await q.query(`DROP TABLE "sale"`);
    await q.query(`DROP TYPE "public"."sale_discount_kind"`);
    await q.query(`DROP TYPE "public"."sale_status"`);
    await q.query(`DROP TYPE "public"."sale_kind"`);
  }
}
