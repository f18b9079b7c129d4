/**
 * `node dist/scripts/migration.js check`: fails when the entities need a migration that is not written.
 * `node dist/scripts/migration.js generate <Name>`: writes src/database/migrations/<ts>-<name>.ts from
 * the difference between the migrated schema and the entities (read it, complete it, add it to index.ts).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source.js';
import { findPostgresServer } from '../database/postgres-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const migrationsDir = path.resolve(here, '../../src/database/migrations');

async function main(): Promise<void> {
  const [command, rawName] = process.argv.slice(2);
  if (command !== 'check' && command !== 'generate') {
    throw new Error('usage: migration.js check | generate <Name>');
  }
  if (command === 'generate' && (rawName === undefined || !/^[A-Za-z][A-Za-z0-9]*$/.test(rawName))) {
    throw new Error('generate needs a PascalCase name, e.g. generate AddBookings');
  }
  const server = await findPostgresServer(process.env, path.resolve(here, '../../../.data/tools'));
  const scratch = `serenaia_migration_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const ds = new DataSource(dataSourceOptions(server.urlFor(scratch)));
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    if (command === 'check') {
      if (sql.upQueries.length > 0) {
        console.error('The entities need a migration that is not written yet:');
        for (const q of sql.upQueries) console.error(`  ${q.query}`);
        console.error('Run: npm run migration:generate -- <Name>');
        process.exitCode = 1;
      } else {
        console.log('Migrations are in step with the entities.');
      }
      return;
    }
    if (sql.upQueries.length === 0) {
      console.log('Nothing to generate: the migrations already match the entities.');
      return;
    }
    const timestamp = Date.now();
    const className = `${rawName}${timestamp}`;
    const kebab = rawName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    // Template literals keep the SQL readable (TypeORM quotes identifiers with double quotes).
    const literal = (sql: string) =>
      '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map(
          (q) =>
            `    await q.query(${literal(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
        )
        .join('\n');
    const file = path.join(migrationsDir, `${timestamp}-${kebab}.ts`);
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    console.log(
      `Add to src/database/migrations/index.ts: import { ${className} } from './${timestamp}-${kebab}.js';`,
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
