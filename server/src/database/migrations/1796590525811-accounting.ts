import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A validated entry, its lines and the period locks are final (as the POS journal is). */
const REFUSE_VALIDATED = `CREATE FUNCTION "accounting_refuse_validated"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    validated boolean;
  BEGIN
    IF TG_TABLE_NAME = 'accounting_entry' THEN
      validated := OLD.validated_at IS NOT NULL;
    ELSIF TG_TABLE_NAME = 'accounting_entry_line' THEN
      SELECT e.validated_at IS NOT NULL INTO validated FROM accounting_entry e
       WHERE e.id = CASE WHEN TG_OP = 'INSERT' THEN NEW.entry_id ELSE OLD.entry_id END;
    ELSE
      validated := true;
    END IF;
    IF validated THEN
      RAISE EXCEPTION '% on % refused: a validated accounting entry is final; post a reversing entry instead', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END
$$`;

/** No entry may be dated inside a locked month. */
const REFUSE_LOCKED = `CREATE FUNCTION "accounting_refuse_locked_period"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF (TG_OP = 'INSERT' OR NEW.entry_date IS DISTINCT FROM OLD.entry_date)
       AND EXISTS (SELECT 1 FROM accounting_period_lock WHERE month = date_trunc('month', NEW.entry_date)::date) THEN
      RAISE EXCEPTION 'accounting period of % is locked', NEW.entry_date USING ERRCODE = 'check_violation',
        CONSTRAINT = 'ck_accounting_period_locked';
    END IF;
    RETURN NEW;
  END
$$`;

const REFUSE_TRUNCATE = `CREATE FUNCTION "accounting_refuse_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'TRUNCATE on % refused: the books are final', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
  END
$$`;

export class Accounting1796590525811 implements MigrationInterface {
  name = 'Accounting1796590525811';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "accounting_settings" ("id" smallint NOT NULL DEFAULT '1', "accounts" jsonb NOT NULL DEFAULT '{}', "journals" jsonb NOT NULL DEFAULT '{}', "fiscal_year_start_month" smallint NOT NULL DEFAULT '1', "fec_encoding" text NOT NULL DEFAULT 'UTF-8', "deposit_treatment" text NOT NULL DEFAULT 'ACOMPTE', "deposit_vat_rate_bp" integer NOT NULL DEFAULT '2000', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_accounting_settings_single_row" CHECK (id = 1), CONSTRAINT "pk_accounting_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "accounting_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "journal_code" text NOT NULL, "journal_label" text NOT NULL, "entry_date" date NOT NULL, "piece_ref" text NOT NULL, "piece_date" date NOT NULL, "label" text NOT NULL, "source_key" text NOT NULL, "source_kind" text NOT NULL, "source_id" text NOT NULL, "entry_num" integer, "validation_seq" bigint, "valid_date" date, "validated_at" TIMESTAMP WITH TIME ZONE, "validated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_accounting_entry_validated" CHECK ((entry_num IS NULL) = (validated_at IS NULL)), CONSTRAINT "pk_accounting_entry" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_accounting_entry_date" ON "accounting_entry"  ("entry_date") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_accounting_entry_validation_seq" ON "accounting_entry"  ("validation_seq") WHERE validation_seq IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_accounting_entry_num" ON "accounting_entry"  ("journal_code", "entry_num") WHERE entry_num IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_accounting_entry_source_key" ON "accounting_entry"  ("source_key") `,
    );
    await q.query(
      `CREATE TABLE "accounting_entry_line" ("id" BIGSERIAL NOT NULL, "entry_id" uuid NOT NULL, "position" smallint NOT NULL, "account_number" text NOT NULL, "account_label" text NOT NULL, "aux_number" text, "aux_label" text, "label" text NOT NULL, "debit_cents" integer NOT NULL DEFAULT '0', "credit_cents" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_accounting_entry_line_one_side" CHECK (debit_cents >= 0 AND credit_cents >= 0 AND ((debit_cents > 0) <> (credit_cents > 0))), CONSTRAINT "pk_accounting_entry_line" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_accounting_entry_line_account" ON "accounting_entry_line"  ("account_number") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_accounting_entry_line_position" ON "accounting_entry_line"  ("entry_id", "position") `,
    );
    await q.query(
      `CREATE TABLE "accounting_period_lock" ("month" date NOT NULL, "locked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_by" uuid, CONSTRAINT "ck_accounting_period_lock_first_day" CHECK (extract(day FROM month) = 1), CONSTRAINT "pk_accounting_period_lock" PRIMARY KEY ("month"))`,
    );
    await q.query(
      `ALTER TABLE "accounting_entry_line" ADD CONSTRAINT "fk_accounting_entry_line_entry_id" FOREIGN KEY ("entry_id") REFERENCES "accounting_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`INSERT INTO "accounting_settings" ("id") VALUES (1)`);
    await q.query(REFUSE_VALIDATED);
    await q.query(REFUSE_LOCKED);
    await q.query(REFUSE_TRUNCATE);
    await q.query(
      `CREATE TRIGGER "tg_accounting_entry_final" BEFORE UPDATE OR DELETE ON "accounting_entry" FOR EACH ROW EXECUTE FUNCTION "accounting_refuse_validated"()`,
    );
    await q.query(
      `CREATE TRIGGER "tg_accounting_entry_line_final" BEFORE INSERT OR UPDATE OR DELETE ON "accounting_entry_line" FOR EACH ROW EXECUTE FUNCTION "accounting_refuse_validated"()`,
    );
    await q.query(
      `CREATE TRIGGER "tg_accounting_period_lock_final" BEFORE UPDATE OR DELETE ON "accounting_period_lock" FOR EACH ROW EXECUTE FUNCTION "accounting_refuse_validated"()`,
    );
    await q.query(
      `CREATE TRIGGER "tg_accounting_entry_locked_period" BEFORE INSERT OR UPDATE ON "accounting_entry" FOR EACH ROW EXECUTE FUNCTION "accounting_refuse_locked_period"()`,
    );
    for (const table of ['accounting_entry', 'accounting_entry_line', 'accounting_period_lock']) {
      await q.query(
        `CREATE TRIGGER "tg_${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "accounting_refuse_truncate"()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "accounting_entry_line" DROP CONSTRAINT "fk_accounting_entry_line_entry_id"`);
    await q.query(`DROP TABLE "accounting_period_lock"`);
    await q.query(`DROP INDEX "public"."uq_accounting_entry_line_position"`);
    await q.query(`DROP INDEX "public"."ix_accounting_entry_line_account"`);
    await q.query(`DROP TABLE "accounting_entry_line"`);
    await q.query(`DROP INDEX "public"."uq_accounting_entry_source_key"`);
    await q.query(`DROP INDEX "public"."uq_accounting_entry_num"`);
    await q.query(`DROP INDEX "public"."uq_accounting_entry_validation_seq"`);
    await q.query(`DROP INDEX "public"."ix_accounting_entry_date"`);
    await q.query(`DROP TABLE "accounting_entry"`);
    await q.query(`DROP TABLE "accounting_settings"`);
    await q.query(`DROP FUNCTION "accounting_refuse_truncate"()`);
    await q.query(`DROP FUNCTION "accounting_refuse_locked_period"()`);
    await q.query(`DROP FUNCTION "accounting_refuse_validated"()`);
  }
}
