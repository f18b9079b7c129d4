import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';

/** One definition of the connection, used by the app, the migration scripts and the tests. */
export function dataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // PostgreSQL ≥ 13 has gen_random_uuid() built in; extensions come from migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    // Query errors surface as exceptions and are logged (or answered) where they are handled.
    logging: false,
    extra: { max: 20, connectionTimeoutMillis: 5000, application_name: 'serenaia' },
    ...overrides,
  } as DataSourceOptions;
}
