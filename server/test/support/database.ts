/**
 * Test databases: a template migrated once per set of migrations, cloned per suite
 * (`CREATE DATABASE … TEMPLATE …` takes ~100 ms instead of migrating again).
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { findPostgresServer, type PostgresServer } from '../../src/database/postgres-server.js';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

let server: Promise<PostgresServer> | undefined;

function postgresServer(): Promise<PostgresServer> {
  server ??= findPostgresServer(process.env, path.resolve(process.cwd(), '.data/test'));
  return server;
}

function templateName(): string {
  const hash = createHash('sha1')
    .update(MIGRATIONS.map((m) => m.name).join(','))
    .digest('hex')
    .slice(0, 12);
  // The migration count leads the name so that only templates of *older* migration sets are dropped:
  // another checkout on the same server (a branch with a different newest migration) keeps its own.
  return `serenaia_tpl_${String(MIGRATIONS.length).padStart(3, '0')}_${hash}`;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: (await postgresServer()).adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function ensureTemplate(): Promise<string> {
  const template = templateName();
  const srv = await postgresServer();
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', ['serenaia:test-template']);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount !== 0) return;
      // Older templates belong to older migrations.
      const stale = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'serenaia_tpl_%'",
      );
      const ours = Number(template.split('_')[2]);
      for (const { datname } of stale.rows) {
        const count = Number(datname.split('_')[2]);
        if (Number.isFinite(count) && count >= ours && !datname.endsWith('_build')) continue;
        await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      }
      const building = `${template}_build`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const ds = new DataSource(dataSourceOptions(srv.urlFor(building), { extra: { max: 1 } }));
      await ds.initialize();
      await ds.runMigrations({ transaction: 'each' });
      await ds.destroy();
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', ['serenaia:test-template']);
    }
  });
  return template;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `serenaia_test_${randomBytes(5).toString('hex')}`;
  for (let attempt = 1; ; attempt++) {
    const template = await ensureTemplate();
    try {
      await withAdmin((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      break;
    } catch (err) {
      // Another checkout may have replaced the template between our check and the clone.
      if ((err as { code?: string }).code !== '3D000' || attempt >= 3) throw err;
    }
  }
  const srv = await postgresServer();
  return {
    name,
    url: srv.urlFor(name),
    drop: () =>
      withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
