import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TerminalCheckout1795637254591 implements MigrationInterface {
  name = 'TerminalCheckout1795637254591';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."terminal_provider" AS ENUM('SUMUP', 'SIMULATED')`);
    await q.query(
      `CREATE TABLE "terminal_reader" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" "public"."terminal_provider" NOT NULL, "provider_reader_id" text NOT NULL, "name" text NOT NULL, "serial" text, "paired_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_terminal_reader_provider_reader_id" UNIQUE ("provider", "provider_reader_id"), CONSTRAINT "pk_terminal_reader" PRIMARY KEY ("id"))`,
    );
    // terminal_provider is shared by both tables: created once above.
    await q.query(
      `CREATE TYPE "public"."terminal_checkout_status" AS ENUM('WAITING_FOR_CARD', 'WAITING_FOR_PIN', 'PROCESSING', 'APPROVED', 'DECLINED', 'CANCELLED', 'TIMED_OUT')`,
    );
    await q.query(
      `CREATE TABLE "terminal_checkout" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reader_id" uuid NOT NULL, "payment_id" uuid NOT NULL, "provider" "public"."terminal_provider" NOT NULL, "provider_checkout_id" text, "client_transaction_id" text, "status" "public"."terminal_checkout_status" NOT NULL, "amount_cents" integer NOT NULL, "currency" character(3) NOT NULL DEFAULT 'EUR', "reference" text, "failure_reason" text, "started_by" uuid, "cancel_requested_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "final_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_terminal_checkout_amount" CHECK (amount_cents > 0), CONSTRAINT "pk_terminal_checkout" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ix_terminal_checkout_payment_id" ON "terminal_checkout"  ("payment_id") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_terminal_checkout_client_transaction" ON "terminal_checkout"  ("provider", "client_transaction_id") WHERE client_transaction_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_terminal_checkout_active_reader" ON "terminal_checkout"  ("reader_id") WHERE final_at IS NULL`,
    );
    await q.query(
      `ALTER TABLE "terminal_checkout" ADD CONSTRAINT "fk_terminal_checkout_reader_id" FOREIGN KEY ("reader_id") REFERENCES "terminal_reader"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "terminal_checkout" ADD CONSTRAINT "fk_terminal_checkout_payment_id" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "terminal_checkout" DROP CONSTRAINT "fk_terminal_checkout_payment_id"`);
    await q.query(`ALTER TABLE "terminal_checkout" DROP CONSTRAINT "fk_terminal_checkout_reader_id"`);
    await q.query(`DROP INDEX "public"."uq_terminal_checkout_active_reader"`);
    await q.query(`DROP INDEX "public"."uq_terminal_checkout_client_transaction"`);
    await q.query(`DROP INDEX "public"."ix_terminal_checkout_payment_id"`);
    await q.query(`DROP TABLE "terminal_checkout"`);
    await q.query(`DROP TYPE "public"."terminal_checkout_status"`);
    await q.query(`DROP TABLE "terminal_reader"`);
    await q.query(`DROP TYPE "public"."terminal_provider"`);
  }
}
