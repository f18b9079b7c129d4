import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CAPTURED: a message kept on this machine in development (an SMS written to the server log, an
 * e-mail in the mail catcher), which no one received. It used to be recorded as SENT; those older
 * development rows are left as they are (a new enum value cannot be used in the transaction that
 * adds it, and their SMS show it anyway: provider ids `log-…`).
 */
export class NotificationCaptured1796408884672 implements MigrationInterface {
  name = 'NotificationCaptured1796408884672';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."notification_status" ADD VALUE 'CAPTURED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The old statuses cannot say "captured": such a message was not sent, so it becomes SKIPPED.
    await q.query(
      `UPDATE "notification" SET "status" = 'SKIPPED', "skip_reason" = 'Gardé en développement (journal du serveur ou MailDev), non envoyé.' WHERE "status" = 'CAPTURED'`,
    );
    await q.query(
      `CREATE TYPE "public"."notification_status_old" AS ENUM('QUEUED', 'SENT', 'FAILED', 'SKIPPED')`,
    );
    await q.query(
      `ALTER TABLE "notification" ALTER COLUMN "status" TYPE "public"."notification_status_old" USING "status"::"text"::"public"."notification_status_old"`,
    );
    await q.query(`DROP TYPE "public"."notification_status"`);
    await q.query(`ALTER TYPE "public"."notification_status_old" RENAME TO "notification_status"`);
  }
}
