import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Loyalty messages to the client: a reward now available, a higher tier reached. */
export class LoyaltyMessages1796620000000 implements MigrationInterface {
  name = 'LoyaltyMessages1796620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'LOYALTY_REWARD_AVAILABLE'`);
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'LOYALTY_TIER_REACHED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "notification" WHERE "template" IN ('LOYALTY_REWARD_AVAILABLE', 'LOYALTY_TIER_REACHED')`,
    );
    await q.query(
      `CREATE TYPE "public"."notification_template_old" AS ENUM('BOOKING_CONFIRMED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'BOOKING_REMINDER', 'DEPOSIT_RECEIPT', 'DEPOSIT_REFUNDED', 'INSTITUTE_NEW_BOOKING', 'LOW_STOCK', 'PURCHASE_ORDER', 'SALE_RECEIPT', 'GIFT_CARD', 'GIFT_CARD_EXPIRY_REMINDER')`,
    );
    await q.query(
      `ALTER TABLE "notification" ALTER COLUMN "template" TYPE "public"."notification_template_old" USING "template"::"text"::"public"."notification_template_old"`,
    );
    await q.query(`DROP TYPE "public"."notification_template"`);
    await q.query(`ALTER TYPE "public"."notification_template_old" RENAME TO "notification_template"`);
  }
}
