import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingCreator1795632845020 implements MigrationInterface {
  name = 'BookingCreator1795632845020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "booking" ADD CONSTRAINT "fk_booking_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "booking" DROP CONSTRAINT "fk_booking_created_by"`);
  }
}
