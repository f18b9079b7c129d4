import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GiftCardOrders1796601762033 implements MigrationInterface {
  name = 'GiftCardOrders1796601762033';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."gift_card_order_method" AS ENUM('CARD_ONLINE', 'PAYPAL', 'BANK_TRANSFER')`,
    );
    await q.query(
      `CREATE TYPE "public"."gift_card_order_status" AS ENUM('PENDING_PAYMENT', 'PAID', 'EXPIRED', 'CANCELLED')`,
    );
    await q.query(
      `CREATE TABLE "gift_card_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "kind" "public"."gift_card_kind" NOT NULL, "service_id" uuid, "service_name" text, "face_value_cents" integer NOT NULL, "price_cents" integer NOT NULL, "category" "public"."voucher_category" NOT NULL, "vat_rate_bp" integer NOT NULL, "buyer_name" text NOT NULL, "buyer_email" text NOT NULL, "buyer_phone" text, "recipient_name" text NOT NULL, "recipient_email" text, "send_to_buyer" boolean NOT NULL DEFAULT false, "message" text, "deliver_on" date, "method" "public"."gift_card_order_method" NOT NULL, "status" "public"."gift_card_order_status" NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "paid_at" TIMESTAMP WITH TIME ZONE, "gift_card_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_gift_card_order_reference" UNIQUE ("reference"), CONSTRAINT "ck_gift_card_order_paid" CHECK ((status = 'PAID') = (gift_card_id IS NOT NULL)), CONSTRAINT "ck_gift_card_order_recipient" CHECK (send_to_buyer OR recipient_email IS NOT NULL), CONSTRAINT "ck_gift_card_order_service" CHECK ((kind = 'SERVICE') = (service_id IS NOT NULL)), CONSTRAINT "ck_gift_card_order_amounts" CHECK (price_cents > 0 AND face_value_cents >= price_cents), CONSTRAINT "pk_gift_card_order" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_gift_card_order_pending" ON "gift_card_order"  ("status", "expires_at") `,
    );
    await q.query(
      `ALTER TABLE "gift_card_settings" ADD "preset_amounts_cents" integer array NOT NULL DEFAULT '{3000,5000,8000,10000}'`,
    );
    await q.query(
      `ALTER TABLE "gift_card_settings" ADD "min_free_amount_cents" integer NOT NULL DEFAULT '2000'`,
    );
    await q.query(
      `ALTER TABLE "gift_card_settings" ADD "max_free_amount_cents" integer NOT NULL DEFAULT '50000'`,
    );
    await q.query(
      `ALTER TABLE "gift_card_settings" ADD "transfer_order_hours" integer NOT NULL DEFAULT '168'`,
    );
    await q.query(
      `ALTER TABLE "gift_card_settings" ADD "online_order_minutes" integer NOT NULL DEFAULT '60'`,
    );
    await q.query(`ALTER TABLE "gift_card_settings" ADD "transfer_iban" text`);
    await q.query(`ALTER TABLE "gift_card_settings" ADD "transfer_bic" text`);
    await q.query(`ALTER TABLE "gift_card_settings" ADD "transfer_holder" text`);
    await q.query(`ALTER TABLE "payment" ADD "gift_card_order_id" uuid`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_gift_card_order" ON "gift_card"  ("order_id") WHERE order_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "ix_payment_gift_card_order_id" ON "payment"  ("gift_card_order_id") `);
    await q.query(
      `ALTER TABLE "gift_card_settings" ADD CONSTRAINT "ck_gift_card_settings_order_waits" CHECK (transfer_order_hours > 0 AND online_order_minutes > 0)`,
    );
    await q.query(
      `ALTER TABLE "gift_card_settings" ADD CONSTRAINT "ck_gift_card_settings_free_amount" CHECK (min_free_amount_cents >= 100 AND max_free_amount_cents <= 100000 AND min_free_amount_cents <= max_free_amount_cents)`,
    );
    await q.query(
      `ALTER TABLE "payment" ADD CONSTRAINT "ck_payment_gift_card_order" CHECK ((kind = 'GIFT_CARD_PURCHASE' AND gift_card_order_id IS NOT NULL) OR gift_card_order_id IS NULL)`,
    );
    await q.query(
      `ALTER TABLE "payment" ADD CONSTRAINT "ck_payment_one_owner" CHECK (booking_id IS NULL OR gift_card_order_id IS NULL)`,
    );
    await q.query(
      `ALTER TABLE "gift_card" ADD CONSTRAINT "fk_gift_card_order_id" FOREIGN KEY ("order_id") REFERENCES "gift_card_order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "payment" ADD CONSTRAINT "fk_payment_gift_card_order_id" FOREIGN KEY ("gift_card_order_id") REFERENCES "gift_card_order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "payment" DROP CONSTRAINT "fk_payment_gift_card_order_id"`);
    await q.query(`ALTER TABLE "gift_card" DROP CONSTRAINT "fk_gift_card_order_id"`);
    await q.query(`ALTER TABLE "payment" DROP CONSTRAINT "ck_payment_one_owner"`);
    await q.query(`ALTER TABLE "payment" DROP CONSTRAINT "ck_payment_gift_card_order"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP CONSTRAINT "ck_gift_card_settings_free_amount"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP CONSTRAINT "ck_gift_card_settings_order_waits"`);
    await q.query(`DROP INDEX "public"."ix_payment_gift_card_order_id"`);
    await q.query(`DROP INDEX "public"."uq_gift_card_order"`);
    await q.query(`ALTER TABLE "payment" DROP COLUMN "gift_card_order_id"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP COLUMN "transfer_holder"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP COLUMN "transfer_bic"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP COLUMN "transfer_iban"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP COLUMN "online_order_minutes"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP COLUMN "transfer_order_hours"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP COLUMN "max_free_amount_cents"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP COLUMN "min_free_amount_cents"`);
    await q.query(`ALTER TABLE "gift_card_settings" DROP COLUMN "preset_amounts_cents"`);
    await q.query(`DROP INDEX "public"."ix_gift_card_order_pending"`);
    await q.query(`DROP TABLE "gift_card_order"`);
    await q.query(`DROP TYPE "public"."gift_card_order_status"`);
    await q.query(`DROP TYPE "public"."gift_card_order_method"`);
  }
}
