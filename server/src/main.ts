/**
 * Entry point: `node server/dist/main.js`. Validates the configuration, finds or starts PostgreSQL
 * and Redis, migrates, seeds the demo, then serves HTTP (or only runs jobs with WORKER_ONLY=1).
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHttpApp, createWorker } from './bootstrap.js';
import { ConfigError, parseConfig, type Config } from './config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { prepareDatabase } from './database/migrate.js';
import { DEMO_GIFT_CARDS } from './database/seed/demo-gift-cards.js';
import { DEMO_LOGINS } from './database/seed/demo-seed.js';
import { createRootLogger } from './logging/logger.js';
import { startMailCatcher, type MailCatcher } from './notification/mail-catcher.js';
import { ensureRedis } from './redis/ensure-redis.js';

async function devSecret(config: Config): Promise<string> {
  // Outside production a generated JWT secret is kept in DATA_DIR so sessions survive restarts.
  const file = path.resolve(config.dataDir, 'jwt-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, config.jwtSecret, { mode: 0o600 });
    return config.jwtSecret;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createRootLogger(config);
  const say = (message: string) => logger.info(message);
  let embedded: EmbeddedDatabase | undefined;
  let redisChild: ChildProcess | undefined;

  if (config.jwtSecretGenerated) config = { ...config, jwtSecret: await devSecret(config) };
  if (config.databaseUrl === undefined) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPostgresPort,
      database: 'serenaia',
      log: say,
    });
    config = { ...config, databaseUrl: embedded.url };
    say(
      `Embedded PostgreSQL on 127.0.0.1:${config.embeddedPostgresPort} (data in ${path.resolve(config.dataDir, 'postgres')})`,
    );
  }
  let mailCatcher: MailCatcher | undefined;
  if (config.smtpUrl === undefined && config.nodeEnv === 'development' && !config.workerOnly) {
    try {
      mailCatcher = await startMailCatcher({ smtp: 1025, web: 1080 });
      config = { ...config, smtpUrl: mailCatcher.smtpUrl, mailCatcherUrl: mailCatcher.webUrl };
      say(`Mail catcher (SMTP_URL unset): e-mails the app sends are shown at ${mailCatcher.webUrl}`);
    } catch (error) {
      logger.warn(
        `Could not start the mail catcher: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const stopServices = async () => {
    await mailCatcher?.stop().catch(() => undefined);
    redisChild?.kill();
    await embedded?.stop().catch(() => undefined);
  };

  try {
    redisChild = (await ensureRedis(config.redisUrl, config.redisUrlExplicit, say)).started;
    await prepareDatabase(config.databaseUrl as string, {
      seed: config.seedDemo && !config.workerOnly,
      log: say,
      serverSecret: config.jwtSecret,
    });
  } catch (error) {
    logger.fatal(error instanceof Error ? error.message : String(error));
    await stopServices();
    process.exit(1);
  }

  const app = config.workerOnly ? await createWorker(config, logger) : undefined;
  const http = config.workerOnly ? undefined : await createHttpApp(config, logger);
  const shutdown = async (signal: string) => {
    say(`${signal}: shutting down`);
    await (http?.app ?? app)?.close();
    await stopServices();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (http === undefined) {
    say(`Sérénaia worker ready in ${seconds} s`);
    return;
  }
  const base = config.publicUrl.replace(/\/$/, '');
  const lines = [
    '',
    `  Sérénaia is ready (${seconds} s)`,
    `  Public site   ${http.spas.public ? `${base}/` : '(not built: npm run build)'}`,
    `  Staff CRM     ${http.spas.crm ? `${base}/crm/` : '(not built: npm run build)'}`,
    `  GraphQL       ${base}/graphql`,
    ...(mailCatcher === undefined ? [] : [`  E-mails       ${mailCatcher.webUrl}  (local mail catcher)`]),
  ];
  if (config.seedDemo) {
    lines.push('', '  Demo logins (CRM):');
    for (const login of DEMO_LOGINS)
      lines.push(`    ${login.role.padEnd(6)} ${login.email.padEnd(24)} ${login.password}`);
    lines.push('', '  Demo gift cards (till tender GIFT_CARD, balance page):');
    for (const card of DEMO_GIFT_CARDS) lines.push(`    ${card.code}  ${card.label}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Sérénaia could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
