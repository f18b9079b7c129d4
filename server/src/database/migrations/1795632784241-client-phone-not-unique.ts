import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientPhoneNotUnique1795632784241 implements MigrationInterface {
  name = 'ClientPhoneNotUnique1795632784241';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."uq_client_phone"`);
    await q.query(`CREATE INDEX "ix_client_phone" ON "client"  ("phone") WHERE phone IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_client_phone"`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_client_phone" ON "client" USING btree ("phone") WHERE (phone IS NOT NULL)`,
    );
  }
}
