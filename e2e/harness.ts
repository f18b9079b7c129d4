/**
 * Browser-test harness: the real server (`node server/dist/main.js`, built beforehand) on a free port
 * with a fresh PostgreSQL database and its own Redis prefix, and Debian's Chromium driven by
 * playwright-core. Nothing is mocked: the SPAs are the production builds the server serves.
 *
 * Server, browsers and tests share one clock, set by the tests (`clock.ts`): the server starts with
 * the `fake-clock.mjs` preload and every browser page with the same shift of its clock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { freePort } from '@serenaia/test-support';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { CLOCK_OFFSET_MS } from './clock';
import { shiftClock } from './shift-clock.mjs';

export { freePort };

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');
const FAKE_CLOCK = path.join(REPO_ROOT, 'e2e', 'fake-clock.mjs');

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface TestServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  databaseName: string;
  /** The server's recent output, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

/** Same PostgreSQL server as `DATABASE_URL` when set, maintenance database `postgres`. */
export function adminDatabaseUrl(databaseUrl: string | undefined = process.env.DATABASE_URL): string {
  if (databaseUrl === undefined || databaseUrl.trim() === '') return DEFAULT_POSTGRES_URL;
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

function databaseUrlFor(adminUrl: string, databaseName: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

async function withAdminClient(
  adminUrl: string,
  task: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await task(client);
  } finally {
    await client.end();
  }
}

function randomSecret(length: number): string {
  return randomBytes(length).toString('base64url').slice(0, length);
}

/** Keeps the last `limit` characters of a stream of output. */
function tail(limit: number): { push(chunk: Buffer | string): void; text(): string } {
  let buffer = '';
  return {
    push(chunk) {
      buffer = (buffer + chunk.toString()).slice(-limit);
    },
    text: () => buffer,
  };
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before being ready:\n${logs()}`);
    }
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${logs()}`);
}

/** Deletes the keys under this server's Redis prefix (queues, rate-limit counters). Best effort. */
async function dropRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Leftover keys are harmless (random prefix); never fail a test run over them.
  } finally {
    redis.disconnect();
  }
}

/**
 * Starts the built server on a free port with a new database `serenaia_e2e_<random>` (demo data
 * seeded, around the tests' date) and its clock at `testNow()`, and waits for `GET /health/ready` to
 * answer 200.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<TestServer> {
  const entry = path.join(REPO_ROOT, 'server', 'dist', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build -w server\` first`);
  for (const app of ['web-public', 'web-crm']) {
    if (!existsSync(path.join(REPO_ROOT, app, 'dist', 'index.html'))) {
      throw new Error(`${app}/dist is missing: run \`npm run build -w ${app}\` first`);
    }
  }

  const suffix = randomBytes(6).toString('hex');
  const databaseName = `serenaia_e2e_${suffix}`;
  const redisPrefix = `e2e-${suffix}`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const adminUrl = adminDatabaseUrl();
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${databaseName}"`));

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output = tail(20_000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATABASE_URL: databaseUrlFor(adminUrl, databaseName),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: randomSecret(40),
    SEED_DEMO: '1',
    LOG_LEVEL: 'warn',
    E2E_CLOCK_OFFSET_MS: String(CLOCK_OFFSET_MS),
    ...extraEnv,
  };
  delete env.NODE_OPTIONS; // Jest's --experimental-vm-modules is not for the server
  const child = spawn(process.execPath, ['--import', pathToFileURL(FAKE_CLOCK).href, entry], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', output.push);
  child.stderr?.on('data', output.push);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    }
    await withAdminClient(adminUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`),
    );
    await dropRedisPrefix(redisUrl, redisPrefix);
  };

  try {
    await waitUntilReady(url, child, output.text);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, databaseName, logs: output.text, stop };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A French-speaking visitor in Paris with the given screen, whose clock reads the tests' time: every
 * page's first script shifts its `Date` as the server's is (timers stay real). Not Playwright's
 * `clock.install`: it also injects a script into sandboxed frames (the CRM's e-mail preview), where
 * Chromium blocks it and logs a console error that the tests rightly count as a problem.
 */
export async function newContext(browser: Browser, viewport: ViewportName): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    deviceScaleFactor: 1,
  });
  await context.addInitScript(shiftClock, CLOCK_OFFSET_MS);
  return context;
}

/** Saves a full-page PNG as `artifacts/screenshots/<name>-<viewport>.png` and returns its path. */
export async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}-${viewport}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  return file;
}

/**
 * Collects what should never happen on a healthy page: uncaught errors and console errors (a CSP
 * violation, a failed chunk, a React error). `problems()` lists them.
 */
export function watchPage(page: Page): { problems(): string[] } {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  return { problems: () => [...problems] };
}

/** Polls `probe` every 100 ms until it gives a value (not false/undefined); fails after 30 s naming `what`. */
export async function until<T>(
  probe: () => T | false | undefined | Promise<T | false | undefined>,
  what: string,
): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await probe();
    if (value !== false && value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
