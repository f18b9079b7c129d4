import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A booking deposit paid (in part or in full) with a gift card: the GIFT_CARD payment provider. */
export class GiftCardDeposits1796700000000 implements MigrationInterface {
  name = 'GiftCardDeposits1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."payment_provider" ADD VALUE 'GIFT_CARD'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "refund" WHERE "payment_id" IN (SELECT "id" FROM "payment" WHERE "provider" = 'GIFT_CARD')`,
    );
    await q.query(`DELETE FROM "payment" WHERE "provider" = 'GIFT_CARD'`);
    await q.query(`ALTER TYPE "public"."payment_provider" RENAME TO "payment_provider_old"`);
    await q.query(
      `CREATE TYPE "public"."payment_provider" AS ENUM('STRIPE', 'SUMUP', 'PAYPAL', 'SIMULATED', 'MANUAL')`,
    );
    for (const [table, column] of [
      ['payment', 'provider'],
      ['provider_event', 'provider'],
    ]) {
      await q.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE "public"."payment_provider" USING "${column}"::"text"::"public"."payment_provider"`,
      );
    }
    await q.query(`DROP TYPE "public"."payment_provider_old"`);
  }
}
