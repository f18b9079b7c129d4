import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PosJournalPayloadCheck1796533436645 implements MigrationInterface {
  name = 'PosJournalPayloadCheck1796533436645';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "pos_journal" ADD CONSTRAINT "ck_pos_journal_payload" CHECK (payload = ((canonical)::jsonb -> 'payload'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pos_journal" DROP CONSTRAINT "ck_pos_journal_payload"`);
  }
}
