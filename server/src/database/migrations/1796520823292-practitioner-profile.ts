import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PractitionerProfile1796520823292 implements MigrationInterface {
  name = 'PractitionerProfile1796520823292';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "practitioner" ADD "bio" text`);
    await q.query(`ALTER TABLE "practitioner" ADD "photo_url" text`);
    await q.query(
      `ALTER TABLE "practitioner" ADD CONSTRAINT "ck_practitioner_photo_url" CHECK (photo_url LIKE 'https://%')`,
    );
    await q.query(
      `ALTER TABLE "practitioner" ADD CONSTRAINT "ck_practitioner_bio" CHECK (char_length(bio) <= 600)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "practitioner" DROP CONSTRAINT "ck_practitioner_bio"`);
    await q.query(`ALTER TABLE "practitioner" DROP CONSTRAINT "ck_practitioner_photo_url"`);
    await q.query(`ALTER TABLE "practitioner" DROP COLUMN "photo_url"`);
    await q.query(`ALTER TABLE "practitioner" DROP COLUMN "bio"`);
  }
}
