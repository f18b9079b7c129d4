/**
 * Finds a PostgreSQL server for tools that need a scratch database (migration scripts, tests):
 * DATABASE_URL's server when set, else the machine's own on 127.0.0.1:5432, else an embedded one.
 */
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface PostgresServer {
  /** URL of a maintenance database (`postgres`) on that server. */
  adminUrl: string;
  /** The same server with another database name. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** Errors that mean "no server listens there" (as opposed to a busy or slow one). */
const ABSENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EADDRNOTAVAIL', 'ENOENT']);

/**
 * Whether a server answers at `url`. A server that is there but busy (too many clients, slow to
 * accept on a loaded machine) is asked again rather than taken for absent: falling back on an embedded
 * server then would silently run against another database.
 */
async function answers(url: string, attempts = 8): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if ((code && ABSENT.has(code)) || attempt >= attempts) return false;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function findPostgresServer(
  env: Record<string, string | undefined>,
  dataDir: string,
): Promise<PostgresServer> {
  const candidates = env.DATABASE_URL
    ? [withDatabase(env.DATABASE_URL, 'postgres')]
    : ['postgres://postgres@127.0.0.1:5432/postgres'];
  for (const url of candidates) {
    if (await answers(url)) {
      return { adminUrl: url, urlFor: (db) => withDatabase(url, db), stop: () => Promise.resolve() };
    }
  }
  if (env.DATABASE_URL) throw new Error('The PostgreSQL server of DATABASE_URL does not answer');
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: Number(env.EMBEDDED_PG_PORT ?? 54330),
    database: 'postgres',
    log: (m) => console.error(m),
  });
  return {
    adminUrl: embedded.url,
    urlFor: (db) => withDatabase(embedded.url, db),
    stop: () => embedded.stop(),
  };
}
