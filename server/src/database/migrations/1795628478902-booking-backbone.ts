import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalogue, clients, availability rules, blocks, reservations (exclusion constraints), bookings. */
export class BookingBackbone1795628478902 implements MigrationInterface {
  name = 'BookingBackbone1795628478902';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "service_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "color" text NOT NULL DEFAULT '#8e5b6e', "position" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "uq_service_category_name" UNIQUE ("name"), CONSTRAINT "pk_service_category" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "cabin_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, CONSTRAINT "uq_cabin_type_name" UNIQUE ("name"), CONSTRAINT "pk_cabin_type" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "cabin" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "cabin_type_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "uq_cabin_name" UNIQUE ("name"), CONSTRAINT "pk_cabin" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE TYPE "public"."deposit_kind" AS ENUM('NONE', 'PERCENT', 'FIXED')`);
    await q.query(
      `CREATE TABLE "service" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "duration_minutes" integer NOT NULL, "price_cents" integer NOT NULL, "vat_rate_bp" integer NOT NULL DEFAULT '2000', "buffer_before_minutes" integer NOT NULL DEFAULT '0', "buffer_after_minutes" integer NOT NULL DEFAULT '0', "deposit_kind" "public"."deposit_kind" NOT NULL DEFAULT 'NONE', "deposit_value" integer NOT NULL DEFAULT '0', "cabin_type_id" uuid, "online_bookable" boolean NOT NULL DEFAULT true, "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_service_deposit" CHECK ((deposit_kind = 'NONE' AND deposit_value = 0) OR (deposit_kind = 'PERCENT' AND deposit_value BETWEEN 1 AND 10000) OR (deposit_kind = 'FIXED' AND deposit_value > 0)), CONSTRAINT "ck_service_buffers" CHECK (buffer_before_minutes >= 0 AND buffer_after_minutes >= 0), CONSTRAINT "ck_service_vat" CHECK (vat_rate_bp >= 0 AND vat_rate_bp <= 10000), CONSTRAINT "ck_service_price" CHECK (price_cents >= 0), CONSTRAINT "ck_service_duration" CHECK (duration_minutes > 0 AND duration_minutes <= 720), CONSTRAINT "pk_service" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_service_category_id" ON "service"  ("category_id") `);
    await q.query(
      `CREATE TABLE "practitioner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "display_name" text NOT NULL, "color" text NOT NULL DEFAULT '#8e5b6e', "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "uq_practitioner_user_id" UNIQUE ("user_id"), CONSTRAINT "pk_practitioner" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "working_hours" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practitioner_id" uuid NOT NULL, "weekday" smallint NOT NULL, "start_minute" smallint NOT NULL, "end_minute" smallint NOT NULL, CONSTRAINT "ck_working_hours_range" CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute), CONSTRAINT "ck_working_hours_weekday" CHECK (weekday BETWEEN 1 AND 7), CONSTRAINT "pk_working_hours" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_working_hours_practitioner_id" ON "working_hours"  ("practitioner_id") `);
    await q.query(`CREATE TYPE "public"."availability_exception_kind" AS ENUM('CLOSED', 'OPEN')`);
    await q.query(
      `CREATE TABLE "availability_exception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practitioner_id" uuid, "date" date NOT NULL, "kind" "public"."availability_exception_kind" NOT NULL, "start_minute" smallint, "end_minute" smallint, "reason" text, CONSTRAINT "ck_availability_exception_open_range" CHECK (kind <> 'OPEN' OR start_minute IS NOT NULL), CONSTRAINT "ck_availability_exception_range" CHECK ((start_minute IS NULL AND end_minute IS NULL) OR (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute)), CONSTRAINT "pk_availability_exception" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_availability_exception_practitioner_id" ON "availability_exception"  ("practitioner_id") `,
    );
    await q.query(`CREATE INDEX "ix_availability_exception_date" ON "availability_exception"  ("date") `);
    await q.query(
      `CREATE TABLE "blocked_slot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practitioner_id" uuid, "cabin_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_blocked_slot_range" CHECK (starts_at < ends_at), CONSTRAINT "ck_blocked_slot_target" CHECK (practitioner_id IS NOT NULL OR cabin_id IS NOT NULL), CONSTRAINT "pk_blocked_slot" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_blocked_slot_starts_at" ON "blocked_slot"  ("starts_at") `);
    await q.query(
      `CREATE TABLE "reservation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practitioner_id" uuid, "cabin_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "booking_item_id" uuid, "blocked_slot_id" uuid, CONSTRAINT "ck_reservation_range" CHECK (starts_at < ends_at), CONSTRAINT "ck_reservation_target" CHECK (practitioner_id IS NOT NULL OR cabin_id IS NOT NULL), CONSTRAINT "ck_reservation_source" CHECK (num_nonnulls(booking_item_id, blocked_slot_id) = 1), CONSTRAINT "ex_reservation_cabin" EXCLUDE USING gist (cabin_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (cabin_id IS NOT NULL), CONSTRAINT "ex_reservation_practitioner" EXCLUDE USING gist (practitioner_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (practitioner_id IS NOT NULL), CONSTRAINT "pk_reservation" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ixp_reservation_booking_item_id" ON "reservation"  ("booking_item_id") WHERE booking_item_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ixp_reservation_blocked_slot_id" ON "reservation"  ("blocked_slot_id") WHERE blocked_slot_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "ix_reservation_period" ON "reservation"  ("starts_at", "ends_at") `);
    await q.query(
      `CREATE TABLE "client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "first_name" text NOT NULL, "last_name" text NOT NULL, "email" citext, "phone" text, "notes" text, "marketing_consent" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_client" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_client_phone" ON "client"  ("phone") WHERE phone IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "uq_client_email" ON "client"  ("email") WHERE email IS NOT NULL`);
    await q.query(
      `CREATE TYPE "public"."booking_status" AS ENUM('PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')`,
    );
    await q.query(`CREATE TYPE "public"."booking_source" AS ENUM('ONLINE', 'STAFF')`);
    await q.query(`CREATE TYPE "public"."booking_cancelled_by" AS ENUM('CLIENT', 'STAFF', 'SYSTEM')`);
    await q.query(
      `CREATE TABLE "booking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "client_id" uuid NOT NULL, "status" "public"."booking_status" NOT NULL, "source" "public"."booking_source" NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "hold_expires_at" TIMESTAMP WITH TIME ZONE, "client_note" text, "cancel_reason" text, "cancelled_by" "public"."booking_cancelled_by", "cancelled_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "manage_token_hash" bytea, "manage_token_expires_at" TIMESTAMP WITH TIME ZONE, "sequence" integer NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_booking_reference" UNIQUE ("reference"), CONSTRAINT "ck_booking_range" CHECK (starts_at < ends_at), CONSTRAINT "pk_booking" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_booking_client_id" ON "booking"  ("client_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "ixp_booking_manage_token_hash" ON "booking"  ("manage_token_hash") WHERE manage_token_hash IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "ix_booking_period" ON "booking"  ("starts_at", "ends_at") `);
    await q.query(
      `CREATE TABLE "booking_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "position" smallint NOT NULL, "service_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "cabin_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "service_name" text NOT NULL, "duration_minutes" integer NOT NULL, "price_cents" integer NOT NULL, "vat_rate_bp" integer NOT NULL, "buffer_before_minutes" integer NOT NULL, "buffer_after_minutes" integer NOT NULL, CONSTRAINT "ck_booking_item_range" CHECK (starts_at < ends_at), CONSTRAINT "pk_booking_item" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_booking_item_booking_id" ON "booking_item"  ("booking_id") `);
    await q.query(
      `CREATE INDEX "ix_booking_item_practitioner_period" ON "booking_item"  ("practitioner_id", "starts_at") `,
    );
    await q.query(
      `CREATE TABLE "booking_settings" ("id" smallint NOT NULL DEFAULT '1', "slot_granularity_minutes" smallint NOT NULL DEFAULT '15', "min_lead_time_minutes" integer NOT NULL DEFAULT '120', "booking_horizon_days" integer NOT NULL DEFAULT '90', "pending_hold_minutes" integer NOT NULL DEFAULT '20', "cancellation_deadline_hours" integer NOT NULL DEFAULT '24', "closed_on_public_holidays" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_booking_settings_values" CHECK (min_lead_time_minutes >= 0 AND booking_horizon_days BETWEEN 1 AND 730 AND pending_hold_minutes BETWEEN 1 AND 1440 AND cancellation_deadline_hours >= 0), CONSTRAINT "ck_booking_settings_granularity" CHECK (slot_granularity_minutes BETWEEN 5 AND 120), CONSTRAINT "ck_booking_settings_single_row" CHECK (id = 1), CONSTRAINT "pk_booking_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "practitioner_service" ("practitioner_id" uuid NOT NULL, "service_id" uuid NOT NULL, CONSTRAINT "pk_practitioner_service" PRIMARY KEY ("practitioner_id", "service_id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_practitioner_service_practitioner_id" ON "practitioner_service"  ("practitioner_id") `,
    );
    await q.query(
      `CREATE INDEX "ix_practitioner_service_service_id" ON "practitioner_service"  ("service_id") `,
    );
    await q.query(
      `ALTER TABLE "cabin" ADD CONSTRAINT "fk_cabin_cabin_type_id" FOREIGN KEY ("cabin_type_id") REFERENCES "cabin_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "service" ADD CONSTRAINT "fk_service_category_id" FOREIGN KEY ("category_id") REFERENCES "service_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "service" ADD CONSTRAINT "fk_service_cabin_type_id" FOREIGN KEY ("cabin_type_id") REFERENCES "cabin_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "practitioner" ADD CONSTRAINT "fk_practitioner_user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "working_hours" ADD CONSTRAINT "fk_working_hours_practitioner_id" FOREIGN KEY ("practitioner_id") REFERENCES "practitioner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "availability_exception" ADD CONSTRAINT "fk_availability_exception_practitioner_id" FOREIGN KEY ("practitioner_id") REFERENCES "practitioner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "blocked_slot" ADD CONSTRAINT "fk_blocked_slot_practitioner_id" FOREIGN KEY ("practitioner_id") REFERENCES "practitioner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "blocked_slot" ADD CONSTRAINT "fk_blocked_slot_cabin_id" FOREIGN KEY ("cabin_id") REFERENCES "cabin"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reservation" ADD CONSTRAINT "fk_reservation_practitioner_id" FOREIGN KEY ("practitioner_id") REFERENCES "practitioner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reservation" ADD CONSTRAINT "fk_reservation_cabin_id" FOREIGN KEY ("cabin_id") REFERENCES "cabin"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reservation" ADD CONSTRAINT "fk_reservation_booking_item_id" FOREIGN KEY ("booking_item_id") REFERENCES "booking_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reservation" ADD CONSTRAINT "fk_reservation_blocked_slot_id" FOREIGN KEY ("blocked_slot_id") REFERENCES "blocked_slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "booking" ADD CONSTRAINT "fk_booking_client_id" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "booking_item" ADD CONSTRAINT "fk_booking_item_booking_id" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "booking_item" ADD CONSTRAINT "fk_booking_item_service_id" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "booking_item" ADD CONSTRAINT "fk_booking_item_practitioner_id" FOREIGN KEY ("practitioner_id") REFERENCES "practitioner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "booking_item" ADD CONSTRAINT "fk_booking_item_cabin_id" FOREIGN KEY ("cabin_id") REFERENCES "cabin"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "practitioner_service" ADD CONSTRAINT "fk_practitioner_service_practitioner_id" FOREIGN KEY ("practitioner_id") REFERENCES "practitioner"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await q.query(
      `ALTER TABLE "practitioner_service" ADD CONSTRAINT "fk_practitioner_service_service_id" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // The booking policy always exists; admins edit it, nobody creates it.
    await q.query(`INSERT INTO "booking_settings" ("id") VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "practitioner_service" DROP CONSTRAINT "fk_practitioner_service_service_id"`);
    await q.query(
      `ALTER TABLE "practitioner_service" DROP CONSTRAINT "fk_practitioner_service_practitioner_id"`,
    );
    await q.query(`ALTER TABLE "booking_item" DROP CONSTRAINT "fk_booking_item_cabin_id"`);
    await q.query(`ALTER TABLE "booking_item" DROP CONSTRAINT "fk_booking_item_practitioner_id"`);
    await q.query(`ALTER TABLE "booking_item" DROP CONSTRAINT "fk_booking_item_service_id"`);
    await q.query(`ALTER TABLE "booking_item" DROP CONSTRAINT "fk_booking_item_booking_id"`);
    await q.query(`ALTER TABLE "booking" DROP CONSTRAINT "fk_booking_client_id"`);
    await q.query(`ALTER TABLE "reservation" DROP CONSTRAINT "fk_reservation_blocked_slot_id"`);
    await q.query(`ALTER TABLE "reservation" DROP CONSTRAINT "fk_reservation_booking_item_id"`);
    await q.query(`ALTER TABLE "reservation" DROP CONSTRAINT "fk_reservation_cabin_id"`);
    await q.query(`ALTER TABLE "reservation" DROP CONSTRAINT "fk_reservation_practitioner_id"`);
    await q.query(`ALTER TABLE "blocked_slot" DROP CONSTRAINT "fk_blocked_slot_cabin_id"`);
    await q.query(`ALTER TABLE "blocked_slot" DROP CONSTRAINT "fk_blocked_slot_practitioner_id"`);
    await q.query(
      `ALTER TABLE "availability_exception" DROP CONSTRAINT "fk_availability_exception_practitioner_id"`,
    );
    await q.query(`ALTER TABLE "working_hours" DROP CONSTRAINT "fk_working_hours_practitioner_id"`);
    await q.query(`ALTER TABLE "practitioner" DROP CONSTRAINT "fk_practitioner_user_id"`);
    await q.query(`ALTER TABLE "service" DROP CONSTRAINT "fk_service_cabin_type_id"`);
    await q.query(`ALTER TABLE "service" DROP CONSTRAINT "fk_service_category_id"`);
    await q.query(`ALTER TABLE "cabin" DROP CONSTRAINT "fk_cabin_cabin_type_id"`);
    await q.query(`DROP INDEX "public"."ix_practitioner_service_service_id"`);
    await q.query(`DROP INDEX "public"."ix_practitioner_service_practitioner_id"`);
    await q.query(`DROP TABLE "practitioner_service"`);
    await q.query(`DROP TABLE "booking_settings"`);
    await q.query(`DROP INDEX "public"."ix_booking_item_practitioner_period"`);
    await q.query(`DROP INDEX "public"."ix_booking_item_booking_id"`);
    await q.query(`DROP TABLE "booking_item"`);
    await q.query(`DROP INDEX "public"."ix_booking_period"`);
    await q.query(`DROP INDEX "public"."ixp_booking_manage_token_hash"`);
    await q.query(`DROP INDEX "public"."ix_booking_client_id"`);
    await q.query(`DROP TABLE "booking"`);
    await q.query(`DROP TYPE "public"."booking_cancelled_by"`);
    await q.query(`DROP TYPE "public"."booking_source"`);
    await q.query(`DROP TYPE "public"."booking_status"`);
    await q.query(`DROP INDEX "public"."uq_client_email"`);
    await q.query(`DROP INDEX "public"."uq_client_phone"`);
    await q.query(`DROP TABLE "client"`);
    await q.query(`DROP INDEX "public"."ix_reservation_period"`);
    await q.query(`DROP INDEX "public"."ixp_reservation_blocked_slot_id"`);
    await q.query(`DROP INDEX "public"."ixp_reservation_booking_item_id"`);
    await q.query(`DROP TABLE "reservation"`);
    await q.query(`DROP INDEX "public"."ix_blocked_slot_starts_at"`);
    await q.query(`DROP TABLE "blocked_slot"`);
    await q.query(`DROP INDEX "public"."ix_availability_exception_date"`);
    await q.query(`DROP INDEX "public"."ix_availability_exception_practitioner_id"`);
    await q.query(`DROP TABLE "availability_exception"`);
    await q.query(`DROP TYPE "public"."availability_exception_kind"`);
    await q.query(`DROP INDEX "public"."ix_working_hours_practitioner_id"`);
    await q.query(`DROP TABLE "working_hours"`);
    await q.query(`DROP TABLE "practitioner"`);
    await q.query(`DROP INDEX "public"."ix_service_category_id"`);
    await q.query(`DROP TABLE "service"`);
    await q.query(`DROP TYPE "public"."deposit_kind"`);
    await q.query(`DROP TABLE "cabin"`);
    await q.query(`DROP TABLE "cabin_type"`);
    await q.query(`DROP TABLE "service_category"`);
  }
}
