import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The loyalty card's token (its QR code): random, unique, drawn for every account, old ones included. */
export class LoyaltyCardToken1796620100000 implements MigrationInterface {
  name = 'LoyaltyCardToken1796620100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "loyalty_account" ADD "card_token" text NOT NULL DEFAULT replace((gen_random_uuid())::text, '-', '')`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_loyalty_account_card_token" ON "loyalty_account" ("card_token") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."uq_loyalty_account_card_token"`);
    await q.query(`ALTER TABLE "loyalty_account" DROP COLUMN "card_token"`);
  }
}
