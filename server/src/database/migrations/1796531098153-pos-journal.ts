import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables no one may change or empty once written (the till journal and what it is made of). */
const INALTERABLE = ['pos_journal', 'cash_movement', 'pos_signing_key'];

const REFUSE = `CREATE FUNCTION "pos_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '% on % refused: the till journal is inalterable (CGI art. 286 I 3° bis); record a correcting entry (credit note) instead', TG_OP, TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END
$$`;

export class PosJournal1796531098153 implements MigrationInterface {
  name = 'PosJournal1796531098153';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "till" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_till_name" UNIQUE ("name"), CONSTRAINT "pk_till" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "pos_chain_head" ("till_id" uuid NOT NULL, "seq" integer NOT NULL DEFAULT '0', "hash" text NOT NULL, "closed_through" date, CONSTRAINT "pk_pos_chain_head" PRIMARY KEY ("till_id"))`,
    );
    await q.query(
      `CREATE TABLE "pos_journal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "till_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" text NOT NULL, "number" integer, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" uuid, "payload" jsonb NOT NULL, "canonical" text NOT NULL, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "ck_pos_journal_seq" CHECK (seq >= 1 AND (number IS NULL OR number >= 1)), CONSTRAINT "ck_pos_journal_kind" CHECK (kind IN ('TICKET', 'CREDIT_NOTE', 'DUPLICATE', 'CASH_MOVEMENT', 'SESSION_OPENED', 'SESSION_CLOSED', 'CLOSURE_DAY', 'CLOSURE_MONTH', 'CLOSURE_YEAR', 'EVENT')), CONSTRAINT "pk_pos_journal" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_pos_journal_occurred" ON "pos_journal"  ("till_id", "kind", "occurred_at") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_pos_journal_number" ON "pos_journal"  ("till_id", "kind", "number") `,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_pos_journal_seq" ON "pos_journal"  ("till_id", "seq") `);
    await q.query(
      `CREATE TABLE "cash_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "till_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_by" uuid, "opening_counts" jsonb NOT NULL, "opening_float_cents" integer NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, "closing_counts" jsonb, "expected_cents" integer, "counted_cents" integer, "variance_cents" integer, CONSTRAINT "ck_cash_session_amounts" CHECK (opening_float_cents >= 0 AND (counted_cents IS NULL OR counted_cents >= 0)), CONSTRAINT "pk_cash_session" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_cash_session_open" ON "cash_session"  ("till_id") WHERE closed_at IS NULL`,
    );
    await q.query(
      `CREATE TABLE "cash_movement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "direction" text NOT NULL, "amount_cents" integer NOT NULL, "reason" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "by_user_id" uuid, "journal_id" uuid NOT NULL, CONSTRAINT "ck_cash_movement_direction" CHECK (direction IN ('IN', 'OUT')), CONSTRAINT "ck_cash_movement_amount" CHECK (amount_cents > 0), CONSTRAINT "pk_cash_movement" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_cash_movement_session_id" ON "cash_movement"  ("session_id") `);
    await q.query(
      `CREATE TABLE "pos_signing_key" ("id" integer NOT NULL, "public_key" text NOT NULL, "private_key_encrypted" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_pos_signing_key_single" CHECK (id = 1), CONSTRAINT "pk_pos_signing_key" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "pos_chain_head" ADD CONSTRAINT "fk_pos_chain_head_till_id" FOREIGN KEY ("till_id") REFERENCES "till"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "pos_journal" ADD CONSTRAINT "fk_pos_journal_till_id" FOREIGN KEY ("till_id") REFERENCES "till"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "cash_session" ADD CONSTRAINT "fk_cash_session_till_id" FOREIGN KEY ("till_id") REFERENCES "till"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "cash_movement" ADD CONSTRAINT "fk_cash_movement_session_id" FOREIGN KEY ("session_id") REFERENCES "cash_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // One closure per period per till, enforced by the database.
    await q.query(
      `CREATE UNIQUE INDEX "uq_pos_journal_closure_period" ON "pos_journal" ("till_id", "kind", (payload->>'firstDate')) WHERE kind IN ('CLOSURE_DAY', 'CLOSURE_MONTH', 'CLOSURE_YEAR')`,
    );
    await q.query(REFUSE);
    for (const table of INALTERABLE) {
      await q.query(
        `CREATE TRIGGER "tg_${table}_no_change" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "pos_refuse_change"()`,
      );
      await q.query(
        `CREATE TRIGGER "tg_${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "pos_refuse_change"()`,
      );
    }
    // The chain head moves forward (UPDATE) but never disappears.
    await q.query(
      `CREATE TRIGGER "tg_pos_chain_head_no_delete" BEFORE DELETE ON "pos_chain_head" FOR EACH ROW EXECUTE FUNCTION "pos_refuse_change"()`,
    );
    await q.query(
      `CREATE TRIGGER "tg_pos_chain_head_no_truncate" BEFORE TRUNCATE ON "pos_chain_head" FOR EACH STATEMENT EXECUTE FUNCTION "pos_refuse_change"()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "cash_movement" DROP CONSTRAINT "fk_cash_movement_session_id"`);
    await q.query(`ALTER TABLE "cash_session" DROP CONSTRAINT "fk_cash_session_till_id"`);
    await q.query(`ALTER TABLE "pos_journal" DROP CONSTRAINT "fk_pos_journal_till_id"`);
    await q.query(`ALTER TABLE "pos_chain_head" DROP CONSTRAINT "fk_pos_chain_head_till_id"`);
    await q.query(`DROP TABLE "pos_signing_key"`);
    await q.query(`DROP INDEX "public"."ix_cash_movement_session_id"`);
    await q.query(`DROP TABLE "cash_movement"`);
    await q.query(`DROP INDEX "public"."uq_cash_session_open"`);
    await q.query(`DROP TABLE "cash_session"`);
    await q.query(`DROP INDEX "public"."uq_pos_journal_closure_period"`);
    await q.query(`DROP INDEX "public"."uq_pos_journal_seq"`);
    await q.query(`DROP INDEX "public"."uq_pos_journal_number"`);
    await q.query(`DROP INDEX "public"."ix_pos_journal_occurred"`);
    await q.query(`DROP TABLE "pos_journal"`);
    await q.query(`DROP TABLE "pos_chain_head"`);
    await q.query(`DROP TABLE "till"`);
    await q.query(`DROP FUNCTION "pos_refuse_change"()`);
  }
}
