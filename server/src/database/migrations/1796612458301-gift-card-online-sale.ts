import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GiftCardOnlineSale1796612458301 implements MigrationInterface {
  name = 'GiftCardOnlineSale1796612458301';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gift_card_settings" ADD "online_sale_enabled" boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gift_card_settings" DROP COLUMN "online_sale_enabled"`);
  }
}
