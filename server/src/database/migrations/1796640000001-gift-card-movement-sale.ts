import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GiftCardMovementSale1796640000001 implements MigrationInterface {
  name = 'GiftCardMovementSale1796640000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_gift_card_movement_sale" ON "gift_card_movement"  ("sale_id") WHERE sale_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_gift_card_movement_sale"`);
  }
}
