import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inventory module: suppliers, products, the stock ledger (immutable: a trigger refuses UPDATE and
 * DELETE on stock_movement), cabin consumption per service, purchase orders, inventory counts, the
 * one-row inventory settings; notifications gain the stock templates and the `subject_id` they are about.
 */
export class Inventory1796462391745 implements MigrationInterface {
  name = 'Inventory1796462391745';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "supplier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "contact_name" text, "email" text, "phone" text, "notes" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_supplier_name" UNIQUE ("name"), CONSTRAINT "pk_supplier" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE TYPE "public"."product_kind" AS ENUM('RETAIL', 'PROFESSIONAL', 'BOTH')`);
    await q.query(`CREATE TYPE "public"."stock_unit" AS ENUM('PIECE', 'ML', 'G')`);
    await q.query(
      `CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "brand" text, "category" text, "barcode" text, "price_cents" integer NOT NULL DEFAULT '0', "vat_rate_bp" integer NOT NULL DEFAULT '2000', "cost_cents" integer NOT NULL DEFAULT '0', "supplier_id" uuid, "kind" "public"."product_kind" NOT NULL DEFAULT 'RETAIL', "unit" "public"."stock_unit" NOT NULL DEFAULT 'PIECE', "content" text, "threshold" integer, "reorder_target" integer, "photo_url" text, "active" boolean NOT NULL DEFAULT true, "quantity" integer NOT NULL DEFAULT '0', "average_cost_cents" integer NOT NULL DEFAULT '0', "last_movement_at" TIMESTAMP WITH TIME ZONE, "low_stock_alerted" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_product_threshold" CHECK (threshold IS NULL OR threshold >= 0), CONSTRAINT "ck_product_vat" CHECK (vat_rate_bp >= 0 AND vat_rate_bp <= 10000), CONSTRAINT "ck_product_price" CHECK (price_cents >= 0 AND cost_cents >= 0 AND average_cost_cents >= 0), CONSTRAINT "pk_product" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_product_supplier_id" ON "product"  ("supplier_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_product_barcode" ON "product"  ("barcode") WHERE barcode IS NOT NULL`,
    );
    await q.query(
      `CREATE TYPE "public"."stock_movement_kind" AS ENUM('RECEIPT', 'SALE', 'SALE_RETURN', 'ADJUSTMENT', 'LOSS', 'CABIN_USE', 'COUNT')`,
    );
    await q.query(
      `CREATE TABLE "stock_movement" ("id" BIGSERIAL NOT NULL, "product_id" uuid NOT NULL, "kind" "public"."stock_movement_kind" NOT NULL, "quantity" integer NOT NULL, "quantity_after" integer NOT NULL, "unit_cost_cents" integer NOT NULL, "average_cost_after_cents" integer NOT NULL, "reason" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid, "booking_item_id" uuid, "purchase_order_id" uuid, "inventory_count_id" uuid, "idempotency_key" text, CONSTRAINT "ck_stock_movement_quantity" CHECK (quantity <> 0), CONSTRAINT "pk_stock_movement" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_stock_movement_idempotency" ON "stock_movement"  ("idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_stock_movement_cabin_use" ON "stock_movement"  ("booking_item_id", "product_id") WHERE kind = 'CABIN_USE'`,
    );
    await q.query(`CREATE INDEX "ix_stock_movement_occurred_at" ON "stock_movement"  ("occurred_at") `);
    await q.query(`CREATE INDEX "ix_stock_movement_product" ON "stock_movement"  ("product_id", "id") `);
    await q.query(
      `CREATE TABLE "service_consumption" ("service_id" uuid NOT NULL, "product_id" uuid NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "ck_service_consumption_quantity" CHECK (quantity > 0), CONSTRAINT "pk_service_consumption" PRIMARY KEY ("service_id", "product_id"))`,
    );
    await q.query(
      `CREATE TABLE "inventory_settings" ("id" smallint NOT NULL DEFAULT '1', "allow_negative_stock" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_inventory_settings_single_row" CHECK (id = 1), CONSTRAINT "pk_inventory_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TYPE "public"."purchase_order_status" AS ENUM('DRAFT', 'SENT', 'PARTLY_RECEIVED', 'RECEIVED', 'CANCELLED')`,
    );
    await q.query(
      `CREATE TABLE "purchase_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "supplier_id" uuid NOT NULL, "status" "public"."purchase_order_status" NOT NULL DEFAULT 'DRAFT', "notes" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_purchase_order_reference" UNIQUE ("reference"), CONSTRAINT "pk_purchase_order" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_purchase_order_supplier_id" ON "purchase_order"  ("supplier_id") `);
    await q.query(
      `CREATE TABLE "purchase_order_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purchase_order_id" uuid NOT NULL, "product_id" uuid NOT NULL, "quantity_ordered" integer NOT NULL, "quantity_received" integer NOT NULL DEFAULT '0', "unit_cost_cents" integer NOT NULL, CONSTRAINT "ck_purchase_order_line_quantities" CHECK (quantity_ordered > 0 AND quantity_received >= 0 AND unit_cost_cents >= 0), CONSTRAINT "pk_purchase_order_line" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_purchase_order_line_product" ON "purchase_order_line"  ("purchase_order_id", "product_id") `,
    );
    await q.query(`CREATE TYPE "public"."inventory_count_status" AS ENUM('OPEN', 'CLOSED')`);
    await q.query(
      `CREATE TABLE "inventory_count" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" "public"."inventory_count_status" NOT NULL DEFAULT 'OPEN', "category" text, "started_by" uuid, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_inventory_count" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_inventory_count_open" ON "inventory_count"  ("status") WHERE status = 'OPEN'`,
    );
    await q.query(
      `CREATE TABLE "inventory_count_line" ("count_id" uuid NOT NULL, "product_id" uuid NOT NULL, "counted_quantity" integer NOT NULL, "expected_quantity" integer NOT NULL, "counted_by" uuid, "counted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_inventory_count_line" PRIMARY KEY ("count_id", "product_id"))`,
    );
    await q.query(`INSERT INTO "inventory_settings" ("id", "allow_negative_stock") VALUES (1, false)`);
    await q.query(`CREATE FUNCTION "stock_movement_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stock movements are immutable: record a correcting movement instead';
      END
    $$`);
    await q.query(
      `CREATE TRIGGER "tg_stock_movement_immutable" BEFORE UPDATE OR DELETE ON "stock_movement" FOR EACH ROW EXECUTE FUNCTION "stock_movement_immutable"()`,
    );
    await q.query(`ALTER TABLE "notification" ADD "subject_id" uuid`);
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'LOW_STOCK'`);
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'PURCHASE_ORDER'`);
    await q.query(
      `ALTER TABLE "product" ADD CONSTRAINT "fk_product_supplier_id" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "stock_movement" ADD CONSTRAINT "fk_stock_movement_product_id" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "service_consumption" ADD CONSTRAINT "fk_service_consumption_service_id" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "service_consumption" ADD CONSTRAINT "fk_service_consumption_product_id" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "purchase_order" ADD CONSTRAINT "fk_purchase_order_supplier_id" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "purchase_order_line" ADD CONSTRAINT "fk_purchase_order_line_purchase_order_id" FOREIGN KEY ("purchase_order_id") REFERENCES "purchase_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "purchase_order_line" ADD CONSTRAINT "fk_purchase_order_line_product_id" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "inventory_count_line" ADD CONSTRAINT "fk_inventory_count_line_count_id" FOREIGN KEY ("count_id") REFERENCES "inventory_count"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "inventory_count_line" ADD CONSTRAINT "fk_inventory_count_line_product_id" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "inventory_count_line" DROP CONSTRAINT "fk_inventory_count_line_product_id"`);
    await q.query(`ALTER TABLE "inventory_count_line" DROP CONSTRAINT "fk_inventory_count_line_count_id"`);
    await q.query(`ALTER TABLE "purchase_order_line" DROP CONSTRAINT "fk_purchase_order_line_product_id"`);
    await q.query(
      `ALTER TABLE "purchase_order_line" DROP CONSTRAINT "fk_purchase_order_line_purchase_order_id"`,
    );
    await q.query(`ALTER TABLE "purchase_order" DROP CONSTRAINT "fk_purchase_order_supplier_id"`);
    await q.query(`ALTER TABLE "service_consumption" DROP CONSTRAINT "fk_service_consumption_product_id"`);
    await q.query(`ALTER TABLE "service_consumption" DROP CONSTRAINT "fk_service_consumption_service_id"`);
    await q.query(`ALTER TABLE "stock_movement" DROP CONSTRAINT "fk_stock_movement_product_id"`);
    await q.query(`ALTER TABLE "product" DROP CONSTRAINT "fk_product_supplier_id"`);
    await q.query(`DELETE FROM "notification" WHERE "template" IN ('LOW_STOCK', 'PURCHASE_ORDER')`);
    await q.query(
      `CREATE TYPE "public"."notification_template_old" AS ENUM('BOOKING_CONFIRMED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'BOOKING_REMINDER', 'DEPOSIT_RECEIPT', 'DEPOSIT_REFUNDED', 'INSTITUTE_NEW_BOOKING')`,
    );
    await q.query(
      `ALTER TABLE "notification" ALTER COLUMN "template" TYPE "public"."notification_template_old" USING "template"::"text"::"public"."notification_template_old"`,
    );
    await q.query(`DROP TYPE "public"."notification_template"`);
    await q.query(`ALTER TYPE "public"."notification_template_old" RENAME TO "notification_template"`);
    await q.query(`ALTER TABLE "notification" DROP COLUMN "subject_id"`);
    await q.query(`DROP TABLE "inventory_count_line"`);
    await q.query(`DROP INDEX "public"."uq_inventory_count_open"`);
    await q.query(`DROP TABLE "inventory_count"`);
    await q.query(`DROP TYPE "public"."inventory_count_status"`);
    await q.query(`DROP INDEX "public"."uq_purchase_order_line_product"`);
    await q.query(`DROP TABLE "purchase_order_line"`);
    await q.query(`DROP INDEX "public"."ix_purchase_order_supplier_id"`);
    await q.query(`DROP TABLE "purchase_order"`);
    await q.query(`DROP TYPE "public"."purchase_order_status"`);
    await q.query(`DROP TABLE "inventory_settings"`);
    await q.query(`DROP TABLE "service_consumption"`);
    await q.query(`DROP INDEX "public"."ix_stock_movement_product"`);
    await q.query(`DROP INDEX "public"."ix_stock_movement_occurred_at"`);
    await q.query(`DROP INDEX "public"."uq_stock_movement_cabin_use"`);
    await q.query(`DROP INDEX "public"."uq_stock_movement_idempotency"`);
    await q.query(`DROP TRIGGER "tg_stock_movement_immutable" ON "stock_movement"`);
    await q.query(`DROP FUNCTION "stock_movement_immutable"()`);
    await q.query(`DROP TABLE "stock_movement"`);
    await q.query(`DROP TYPE "public"."stock_movement_kind"`);
    await q.query(`DROP INDEX "public"."uq_product_barcode"`);
    await q.query(`DROP INDEX "public"."ix_product_supplier_id"`);
    await q.query(`DROP TABLE "product"`);
    await q.query(`DROP TYPE "public"."stock_unit"`);
    await q.query(`DROP TYPE "public"."product_kind"`);
    await q.query(`DROP TABLE "supplier"`);
  }
}
