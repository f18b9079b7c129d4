import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SaleReceiptNotification1796590673344 implements MigrationInterface {
  name = 'SaleReceiptNotification1796590673344';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."notification_template" ADD VALUE 'SALE_RECEIPT'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notification" WHERE "template" = 'SALE_RECEIPT'`);
    await q.query(
      `CREATE TYPE "public"."notification_template_old" AS ENUM('BOOKING_CONFIRMED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'BOOKING_REMINDER', 'DEPOSIT_RECEIPT', 'DEPOSIT_REFUNDED', 'INSTITUTE_NEW_BOOKING', 'LOW_STOCK', 'PURCHASE_ORDER')`,
    );
    await q.query(
      `ALTER TABLE "notification" ALTER COLUMN "template" TYPE "public"."notification_template_old" USING "template"::"text"::"public"."notification_template_old"`,
    );
    await q.query(`DROP TYPE "public"."notification_template"`);
    await q.query(`ALTER TYPE "public"."notification_template_old" RENAME TO "notification_template"`);
  }
}
