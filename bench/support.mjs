/**
 * What the benchmarks share: arguments, the PostgreSQL and Redis they run against (throwaway databases,
 * key prefixes), cleanup on exit or Ctrl-C, CPU readings from /proc, a seeded random generator, number
 * formatting. Plain ESM run by Node (the benchmarks are .mjs scripts, not compiled).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';

export { mulberry32 } from './random.mjs';

export const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Steps run (last first) when the benchmark ends or is interrupted: drop databases, stop servers. */
export const cleanups = [];
let cleaning;
export function cleanup() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: cleaning up…`);
    void cleanup().finally(() => process.exit(130));
  });
}

const SERVER_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../server/dist');

/** Exits with a hint when the compiled server (`npm run build -w server`) is missing. */
export function requireServerBuild(file = 'bootstrap.js') {
  if (!existsSync(path.join(SERVER_DIST, file))) {
    console.error(`server/dist/${file} is missing: run \`npm run build -w server\` first.`);
    process.exit(1);
  }
}

/** Imports a module of the compiled server (`server/dist/<file>`). */
export function serverModule(file) {
  return import(pathToFileURL(path.join(SERVER_DIST, file)).href);
}

/**
 * A throwaway database `serenaia_bench_<name>_<random>`, migrated (no demo data), dropped at cleanup
 * unless `keep` (then its URL is printed).
 */
export async function benchDatabase(name, { keep = false, log = () => undefined } = {}) {
  const { prepareDatabase } = await serverModule('database/migrate.js');
  const db = await createDatabase(`serenaia_bench_${name}_${randomBytes(4).toString('hex')}`);
  if (keep) console.log(`keeping ${db.url}`);
  else cleanups.push(() => db.drop());
  await prepareDatabase(db.url, { seed: false, log });
  return db;
}

/**
 * The real app (`createHttpApp`) in this process on `db`, silent, on a free port, with its own Redis key
 * prefix; closed (and its keys dropped) at cleanup. `env` adds or overrides configuration variables.
 */
export async function startBenchApp(db, name, env = {}) {
  const [{ createHttpApp }, { parseConfig }, { createRootLogger }] = await Promise.all([
    serverModule('bootstrap.js'),
    serverModule('config/config.js'),
    serverModule('logging/logger.js'),
  ]);
  const prefix = `bench-${name}-${randomBytes(4).toString('hex')}`;
  cleanups.push(() => dropRedisKeys(prefix));
  const config = parseConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    JWT_SECRET: randomBytes(20).toString('hex'),
    SEED_DEMO: '0',
    SERVE_SPAS: '0',
    HOST: '127.0.0.1',
    PORT: '0',
    ...env,
  });
  const { app, url } = await createHttpApp(config, createRootLogger(config));
  cleanups.push(() => app.close());
  return { app, url };
}

export function parseArgs(argv, defaults) {
  const parsed = { ...defaults };
  for (const arg of argv) {
    const match = /^--([\w-]+)=(.*)$/.exec(arg);
    if (match === null || !(match[1] in defaults) || Number.isNaN(Number(match[2]))) {
      console.error(
        `Unknown or invalid argument ${arg}. Known (numbers): ${Object.keys(defaults).join(', ')}`,
      );
      process.exit(2);
    }
    parsed[match[1]] = Number(match[2]);
  }
  return parsed;
}

export function withAdmin(work) {
  return withDatabase(ADMIN_URL, work);
}

export async function withDatabase(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function postgresVersion() {
  return withAdmin(
    async (c) => `PostgreSQL ${(await c.query('SHOW server_version')).rows[0].server_version}`,
  );
}

export async function createDatabase(name) {
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

export async function dropRedisKeys(prefix) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export function machineTicks() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: fields[3] + fields[4], total: fields.slice(0, 8).reduce((a, b) => a + b, 0) };
  } catch {
    return { idle: NaN, total: NaN };
  }
}

/** utime + stime (clock ticks) per pid of the processes named `name` (Linux /proc; empty elsewhere). */
export function ticksOf(name) {
  const ticks = new Map();
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return ticks;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== name) continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks.set(entry, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks;
}

/** Clock ticks used between two `ticksOf` samples by the processes alive at the second (a process that ended
 * in between is not counted; one that started is counted from its start). */
export function ticksBetween(before, after) {
  let total = 0;
  for (const [pid, ticks] of after) total += ticks - (before.get(pid) ?? 0);
  return total;
}

export function fmt(n) {
  return n.toLocaleString('en-US');
}

export function pct(value) {
  return Number.isFinite(value) ? `${Math.round(value)} %` : '?';
}

const sqlLog = new AsyncLocalStorage();
let sqlCounting = false;

/**
 * Counts the SQL statements the pg driver sends (every `Client.query` of this process), and lists those
 * sent inside `recordSql(work)` (AsyncLocalStorage: background work in the same process — the outbox relay,
 * other workers — is not attributed to the call). Call once, before the app starts.
 */
export function countSql() {
  if (sqlCounting) return;
  sqlCounting = true;
  const originalQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(...args) {
    const store = sqlLog.getStore();
    if (store !== undefined) store.push(typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '?'));
    return originalQuery.apply(this, args);
  };
}

/** Runs `work` and returns its value with the statements it sent (see countSql). */
export async function recordSql(work) {
  const statements = [];
  const value = await sqlLog.run(statements, work);
  return { value, statements };
}

/** One line per statement: its first words, whitespace folded (for printing). */
export function describeSql(sql, width = 140) {
  return sql.replace(/\s+/g, ' ').trim().slice(0, width);
}
