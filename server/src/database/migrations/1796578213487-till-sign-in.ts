import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One TILL_SIGN_IN record per auth session per till: the index the sign-in check reads, and the
 * database's guarantee that concurrent first actions of a session never journal it twice.
 */
export class TillSignIn1796578213487 implements MigrationInterface {
  name = 'TillSignIn1796578213487';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE UNIQUE INDEX "uq_pos_journal_till_sign_in" ON "pos_journal" ("till_id", (payload->>'sessionId')) WHERE kind = 'EVENT' AND payload->>'event' = 'TILL_SIGN_IN'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."uq_pos_journal_till_sign_in"`);
  }
}
