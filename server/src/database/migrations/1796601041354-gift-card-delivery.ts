import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GiftCardDelivery1796601041354 implements MigrationInterface {
  name = 'GiftCardDelivery1796601041354';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gift_card" ADD "recipient_email" text`);
    await q.query(`ALTER TABLE "gift_card" ADD "buyer_email" text`);
    await q.query(`ALTER TABLE "gift_card" ADD "deliver_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "gift_card" ADD "delivered_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "gift_card" ADD "code_sealed" text`);
    await q.query(`ALTER TABLE "gift_card" ADD "order_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gift_card" DROP COLUMN "order_id"`);
    await q.query(`ALTER TABLE "gift_card" DROP COLUMN "code_sealed"`);
    await q.query(`ALTER TABLE "gift_card" DROP COLUMN "delivered_at"`);
    await q.query(`ALTER TABLE "gift_card" DROP COLUMN "deliver_at"`);
    await q.query(`ALTER TABLE "gift_card" DROP COLUMN "buyer_email"`);
    await q.query(`ALTER TABLE "gift_card" DROP COLUMN "recipient_email"`);
  }
}
