import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Banking1796611597002 implements MigrationInterface {
  name = 'Banking1796611597002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "accounting_payout" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" text NOT NULL, "provider_payout_id" text, "paid_on" date NOT NULL, "gross_cents" integer NOT NULL, "fee_cents" integer NOT NULL, "net_cents" integer NOT NULL, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_accounting_payout_provider" CHECK (provider IN ('STRIPE', 'PAYPAL', 'SUMUP')), CONSTRAINT "ck_accounting_payout_amounts" CHECK (gross_cents > 0 AND fee_cents >= 0 AND net_cents = gross_cents - fee_cents), CONSTRAINT "pk_accounting_payout" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_accounting_payout_provider_id" ON "accounting_payout"  ("provider", "provider_payout_id") WHERE provider_payout_id IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "accounting_cash_banking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "till_id" uuid NOT NULL, "amount_cents" integer NOT NULL, "deposited_on" date NOT NULL, "credited_on" date, "slip_ref" text, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_accounting_cash_banking_dates" CHECK (credited_on IS NULL OR credited_on >= deposited_on), CONSTRAINT "ck_accounting_cash_banking_amount" CHECK (amount_cents > 0), CONSTRAINT "pk_accounting_cash_banking" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_accounting_cash_banking_till" ON "accounting_cash_banking"  ("till_id", "created_at") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_accounting_cash_banking_till"`);
    await q.query(`DROP TABLE "accounting_cash_banking"`);
    await q.query(`DROP INDEX "public"."uq_accounting_payout_provider_id"`);
    await q.query(`DROP TABLE "accounting_payout"`);
  }
}
