/**
 * Starts the real AppModule on a random port against a fresh clone of the migrated template
 * database and a per-suite Redis prefix. Everything is real: HTTP, WebSocket, PostgreSQL, Redis.
 */
import 'reflect-metadata';
import type { INestApplication, Type } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { createHttpApp } from '../../src/bootstrap.js';
import { parseConfig, type Config } from '../../src/config/config.js';
import { createRootLogger } from '../../src/logging/logger.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { freePort } from '@serenaia/test-support';
import { waitFor } from './wait.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface TestApp {
  url: string;
  app: INestApplication;
  config: Config;
  db: TestDatabase;
  /** The app's own TypeORM DataSource on the suite's database. */
  dataSource: DataSource;
  env: Record<string, string>;
  /** Every log line the app wrote, parsed (to assert that secrets never appear). */
  logs: string[];
  get<T>(token: Type<T> | string | symbol): T;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Reuse another app's database (two processes on one database). */
  db?: TestDatabase;
  /** Extra Nest modules to load with the AppModule (test-only resolvers). */
  extraModules?: Type<unknown>[];
}

export function baseEnv(db: TestDatabase, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `t-${randomBytes(4).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO: '0',
    SERVE_SPAS: '0',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    ...extra,
  };
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  const env = baseEnv(db, { PORT: '0', ...options.env });
  const config = parseConfig(env);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((l) => l !== ''),
      );
      done();
    },
  });
  const logger = createRootLogger(config, sink);
  const { app, url } = await createHttpApp(config, logger, options.extraModules);
  return {
    url,
    app,
    config,
    db,
    dataSource: app.get(DataSource),
    env,
    logs,
    get: <T>(token: Type<T> | string | symbol) => app.get<T>(token, { strict: false }),
    close: async () => {
      await app.close();
      if (options.db === undefined) await db.drop();
    },
  };
}

/** A second server as a separate OS process, from the compiled build (`npm run build -w server`). */
export async function startServerProcess(
  env: Record<string, string>,
  options: { waitForHttp?: boolean } = {},
): Promise<{ url: string; stop(): Promise<void>; kill(): Promise<void>; output: () => string }> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [path.resolve(here, '../../dist/main.js')], {
    env: { ...process.env, ...env, PORT: String(port), NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`server process exited: ${output}`);
      if (options.waitForHttp === false) return output.includes('worker ready');
      const res = await fetch(`${url}/health/ready`).catch(() => undefined);
      return res?.status === 200;
    },
    'the second server process',
    60_000,
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n--- its output ---\n${output}`);
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    /** kill -9: no shutdown hook runs (a crashed worker). */
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Waits until `count` connections subscribe to a GraphQL trigger in Redis (the subscription is live). */
export async function waitForSubscribers(config: Config, trigger: string, count = 1): Promise<void> {
  const redis = new Redis(config.redisUrl);
  try {
    await waitFor(async () => {
      const [, n] = (await redis.pubsub('NUMSUB', `${config.redisPrefix}:gql:${trigger}`)) as [
        string,
        number,
      ];
      return n >= count;
    }, `${count} subscriber(s) on ${trigger}`);
  } finally {
    redis.disconnect();
  }
}
