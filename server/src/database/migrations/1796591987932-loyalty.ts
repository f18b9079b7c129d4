import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Loyalty1796591987932 implements MigrationInterface {
  name = 'Loyalty1796591987932';

  async up(q: QueryRunner): Promise<void> {
    // Written by hand (the generator does not compare check expressions): a 0 € cash tender validates
    // a ticket brought to 0 € by a loyalty reward.
    await q.query(`ALTER TABLE "sale_tender" DROP CONSTRAINT "ck_sale_tender_amount"`);
    await q.query(
      `ALTER TABLE "sale_tender" ADD CONSTRAINT "ck_sale_tender_amount" CHECK (amount_cents <> 0 OR kind = 'CASH')`,
    );
    await q.query(
      `CREATE TABLE "loyalty_program" ("id" integer NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "service_points_per_euro" integer NOT NULL DEFAULT '1', "product_points_per_euro" integer NOT NULL DEFAULT '1', "rounding" text NOT NULL DEFAULT 'DOWN', "expiry_months" integer NOT NULL DEFAULT '12', "birthday_bonus_points" integer NOT NULL DEFAULT '50', "referral_bonus_points" integer NOT NULL DEFAULT '100', "tiers" jsonb NOT NULL, "rewards" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_loyalty_program_single" CHECK (id = 1), CONSTRAINT "pk_loyalty_program" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "loyalty_account" ("client_id" uuid NOT NULL, "balance" integer NOT NULL DEFAULT '0', "tier" text NOT NULL DEFAULT 'BRONZE', "spend12m_cents" integer NOT NULL DEFAULT '0', "tier_computed_at" TIMESTAMP WITH TIME ZONE, "referral_code" text NOT NULL, "referred_by" uuid, "referral_rewarded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_loyalty_account" PRIMARY KEY ("client_id"))`,
    );
    await q.query(`CREATE INDEX "ix_loyalty_account_referred_by" ON "loyalty_account"  ("referred_by") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_loyalty_account_referral_code" ON "loyalty_account"  ("referral_code") `,
    );
    await q.query(
      `CREATE TABLE "loyalty_movement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "kind" text NOT NULL, "points" integer NOT NULL, "remaining" integer NOT NULL DEFAULT '0', "reason" text NOT NULL, "sale_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" text, "created_by" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_loyalty_movement_points" CHECK (points <> 0), CONSTRAINT "ck_loyalty_movement_remaining" CHECK (remaining >= 0 AND remaining <= greatest(points, 0)), CONSTRAINT "pk_loyalty_movement" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_loyalty_movement_sale_id" ON "loyalty_movement"  ("sale_id") `);
    await q.query(
      `CREATE INDEX "ix_loyalty_movement_open_lots" ON "loyalty_movement"  ("expires_at") WHERE remaining > 0`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_loyalty_movement_key" ON "loyalty_movement"  ("idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_loyalty_movement_client" ON "loyalty_movement"  ("client_id", "occurred_at") `,
    );
    await q.query(
      `CREATE TABLE "loyalty_redemption" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sale_id" uuid NOT NULL, "client_id" uuid NOT NULL, "reward_code" text NOT NULL, "reward" jsonb NOT NULL, "consent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consent_recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_loyalty_redemption" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_loyalty_redemption_sale_id" ON "loyalty_redemption"  ("sale_id") `);
    await q.query(`CREATE INDEX "ix_loyalty_redemption_client_id" ON "loyalty_redemption"  ("client_id") `);
    await q.query(
      `ALTER TABLE "loyalty_account" ADD CONSTRAINT "fk_loyalty_account_client_id" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
    await q.query(
      `ALTER TABLE "loyalty_account" ADD CONSTRAINT "fk_loyalty_account_referred_by" FOREIGN KEY ("referred_by") REFERENCES "client"("id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
    await q.query(
      `ALTER TABLE "loyalty_movement" ADD CONSTRAINT "fk_loyalty_movement_client_id" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
    await q.query(
      `ALTER TABLE "loyalty_movement" ADD CONSTRAINT "fk_loyalty_movement_sale_id" FOREIGN KEY ("sale_id") REFERENCES "sale"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "loyalty_redemption" ADD CONSTRAINT "fk_loyalty_redemption_sale_id" FOREIGN KEY ("sale_id") REFERENCES "sale"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "loyalty_redemption" ADD CONSTRAINT "fk_loyalty_redemption_client_id" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "loyalty_redemption" DROP CONSTRAINT "fk_loyalty_redemption_client_id"`);
    await q.query(`ALTER TABLE "loyalty_redemption" DROP CONSTRAINT "fk_loyalty_redemption_sale_id"`);
    await q.query(`ALTER TABLE "loyalty_movement" DROP CONSTRAINT "fk_loyalty_movement_sale_id"`);
    await q.query(`ALTER TABLE "loyalty_movement" DROP CONSTRAINT "fk_loyalty_movement_client_id"`);
    await q.query(`ALTER TABLE "loyalty_account" DROP CONSTRAINT "fk_loyalty_account_referred_by"`);
    await q.query(`ALTER TABLE "loyalty_account" DROP CONSTRAINT "fk_loyalty_account_client_id"`);
    await q.query(`DROP INDEX "public"."ix_loyalty_redemption_client_id"`);
    await q.query(`DROP INDEX "public"."ix_loyalty_redemption_sale_id"`);
    await q.query(`DROP TABLE "loyalty_redemption"`);
    await q.query(`DROP INDEX "public"."ix_loyalty_movement_client"`);
    await q.query(`DROP INDEX "public"."uq_loyalty_movement_key"`);
    await q.query(`DROP INDEX "public"."ix_loyalty_movement_open_lots"`);
    await q.query(`DROP INDEX "public"."ix_loyalty_movement_sale_id"`);
    await q.query(`DROP TABLE "loyalty_movement"`);
    await q.query(`DROP INDEX "public"."uq_loyalty_account_referral_code"`);
    await q.query(`DROP INDEX "public"."ix_loyalty_account_referred_by"`);
    await q.query(`DROP TABLE "loyalty_account"`);
    await q.query(`DROP TABLE "loyalty_program"`);
    await q.query(`ALTER TABLE "sale_tender" DROP CONSTRAINT "ck_sale_tender_amount"`);
    await q.query(
      `ALTER TABLE "sale_tender" ADD CONSTRAINT "ck_sale_tender_amount" CHECK (amount_cents <> 0)`,
    );
  }
}
