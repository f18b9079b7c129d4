import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gift cards on the public site: a booking deposit paid (in part or in full) with a card (the GIFT_CARD
 * payment provider), and the idempotency key of an online order (a double click orders once).
 */
export class GiftCardPublicPayments1796700000000 implements MigrationInterface {
  name = 'GiftCardPublicPayments1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."payment_provider" ADD VALUE 'GIFT_CARD'`);
    await q.query(`ALTER TABLE "gift_card_order" ADD "idempotency_key" text`);
    await q.query(
      `ALTER TABLE "gift_card_order" ADD CONSTRAINT "uq_gift_card_order_idempotency_key" UNIQUE ("idempotency_key")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gift_card_order" DROP CONSTRAINT "uq_gift_card_order_idempotency_key"`);
    await q.query(`ALTER TABLE "gift_card_order" DROP COLUMN "idempotency_key"`);
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
