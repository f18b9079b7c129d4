import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Loyalty messages to the client: the referral bonus (referrer and referred) and the birthday bonus. */
export class LoyaltyBonusMessages1797000000000 implements MigrationInterface {
  name = 'LoyaltyBonusMessages1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'LOYALTY_REFERRAL_REWARD'`);
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'LOYALTY_REFERRAL_WELCOME'`);
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'LOYALTY_BIRTHDAY_BONUS'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "notification" WHERE "template" IN ('LOYALTY_REFERRAL_REWARD', 'LOYALTY_REFERRAL_WELCOME', 'LOYALTY_BIRTHDAY_BONUS')`,
    );
    await q.query(
      `CREATE TYPE "public"."notification_template_old" AS ENUM('BOOKING_CONFIRMED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'BOOKING_REMINDER', 'DEPOSIT_RECEIPT', 'DEPOSIT_REFUNDED', 'INSTITUTE_NEW_BOOKING', 'LOW_STOCK', 'PURCHASE_ORDER', 'SALE_RECEIPT', 'GIFT_CARD', 'GIFT_CARD_EXPIRY_REMINDER', 'LOYALTY_REWARD_AVAILABLE', 'LOYALTY_TIER_REACHED')`,
    );
    await q.query(
      `ALTER TABLE "notification" ALTER COLUMN "template" TYPE "public"."notification_template_old" USING "template"::"text"::"public"."notification_template_old"`,
    );
    await q.query(`DROP TYPE "public"."notification_template"`);
    await q.query(`ALTER TYPE "public"."notification_template_old" RENAME TO "notification_template"`);
  }
}
