import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Gift card e-mails: the card itself and the expiry reminder; the expiry a card was reminded of. */
export class GiftCardMails1796601588228 implements MigrationInterface {
  name = 'GiftCardMails1796601588228';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gift_card" ADD "expiry_reminded_for" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'GIFT_CARD'`);
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'GIFT_CARD_EXPIRY_REMINDER'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "notification" WHERE "template" IN ('GIFT_CARD', 'GIFT_CARD_EXPIRY_REMINDER')`,
    );
    await q.query(
      `CREATE TYPE "public"."notification_template_old" AS ENUM('BOOKING_CONFIRMED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'BOOKING_REMINDER', 'DEPOSIT_RECEIPT', 'DEPOSIT_REFUNDED', 'INSTITUTE_NEW_BOOKING', 'LOW_STOCK', 'PURCHASE_ORDER', 'SALE_RECEIPT')`,
    );
    await q.query(
      `ALTER TABLE "notification" ALTER COLUMN "template" TYPE "public"."notification_template_old" USING "template"::"text"::"public"."notification_template_old"`,
    );
    await q.query(`DROP TYPE "public"."notification_template"`);
    await q.query(`ALTER TYPE "public"."notification_template_old" RENAME TO "notification_template"`);
    await q.query(`ALTER TABLE "gift_card" DROP COLUMN "expiry_reminded_for"`);
  }
}
