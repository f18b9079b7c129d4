import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A booking keeps the contact its booker typed (its messages go there) and how it found its client.
 * Older bookings keep NULLs: what was typed for them is not known, and their messages go on to the
 * client's stored address and number as before. No backfill.
 */
export class BookingContact1796406171213 implements MigrationInterface {
  name = 'BookingContact1796406171213';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "booking" ADD "contact_email" text`);
    await q.query(`ALTER TABLE "booking" ADD "contact_phone" text`);
    await q.query(
      `CREATE TYPE "public"."booking_client_match" AS ENUM('NEW_CLIENT', 'EMAIL', 'PHONE_AND_NAME', 'CHOSEN_BY_STAFF')`,
    );
    await q.query(`ALTER TABLE "booking" ADD "client_match" "public"."booking_client_match"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "booking" DROP COLUMN "client_match"`);
    await q.query(`DROP TYPE "public"."booking_client_match"`);
    await q.query(`ALTER TABLE "booking" DROP COLUMN "contact_phone"`);
    await q.query(`ALTER TABLE "booking" DROP COLUMN "contact_email"`);
  }
}
