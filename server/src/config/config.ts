/**
 * Process configuration, read once from the environment and validated before anything starts.
 * `parseConfig` is pure: it takes an env object and returns a typed config or throws a
 * ConfigError whose message is one line naming every bad variable.
 */
import { randomBytes } from 'node:crypto';
import { paypalEndpoint } from './paypal-endpoint.js';

export type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  /** Unset: an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  redisUrl: string;
  /** Whether REDIS_URL was given explicitly (an explicit URL is never replaced by a local redis-server). */
  redisUrlExplicit: boolean;
  /** Prefix of every Redis key and channel this instance uses (queues, pub/sub, rate limits). */
  redisPrefix: string;
  jwtSecret: string;
  jwtSecretGenerated: boolean;
  accessTokenTtlSeconds: number;
  /** How long a process takes a session it saw open as still open (`SessionCache`); 0 turns the cache off. */
  sessionCacheMs: number;
  refreshTokenTtlSeconds: number;
  corsOrigins: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Run the Bull processors in this process. */
  runWorker: boolean;
  /** Run only the worker (no HTTP server). */
  workerOnly: boolean;
  graphqlMaxDepth: number;
  /** Depth ceiling of introspection queries (the standard one is 15 deep). */
  graphqlMaxIntrospectionDepth: number;
  graphqlMaxComplexity: number;
  /** Expensive root fields (slot searches) one document may hold, aliases included. */
  graphqlMaxExpensiveFields: number;
  graphqlPlayground: boolean;
  /** Requests (GraphQL root fields count one each) per client IP per minute. */
  rateLimitPerMinute: number;
  /** Slot searches running at once in this process (each may hold two of the 20 pooled connections). */
  slotSearchConcurrency: number;
  /** Slot searches that may wait for one of those places; more are refused with SERVICE_UNAVAILABLE. */
  slotSearchQueue: number;
  loginMaxPerIpPerMinute: number;
  loginMaxFailuresPerAccount: number;
  loginLockoutMinutes: number;
  seedDemo: boolean;
  serveSpas: boolean;
  trustProxy: boolean;
  /** Provider API base URLs (sandbox, proxy, or the local fakes of the tests). */
  stripeApiUrl: string;
  sumupApiUrl: string;
  paypalApiUrl: string;
  /** The clearly labelled simulated provider, when no real one is configured. Never in production. */
  simulatedPayments: boolean;
  /** How often a card-terminal checkout is re-fetched from its provider while no final state is known. */
  terminalPollIntervalMs: number;
  /** After this long without a final state, a terminal checkout is stopped on the reader and marked TIMED_OUT. */
  terminalCheckoutTimeoutSeconds: number;
  /** SMTP server for e-mails (smtp:// or smtps://, credentials in the URL). Unset: no e-mail (a local mail catcher in development). */
  smtpUrl: string | undefined;
  /**
   * Set by main.ts when it started the development mail catcher (MailDev) because SMTP_URL was unset:
   * its web page. E-mails then stop there; nothing reaches a mailbox.
   */
  mailCatcherUrl: string | undefined;
  /** The From of every e-mail, e.g. `Institut Rose <rdv@institut-rose.fr>`. */
  mailFrom: string;
  /** OVH SMS API (all four set, or none: then SMS are logged in development and skipped elsewhere). */
  ovh: OvhConfig | undefined;
  /** Attempts of a notification before it is FAILED, and the first retry delay (doubling). */
  notificationAttempts: number;
  notificationBackoffMs: number;
}

export interface OvhConfig {
  /** API host, e.g. eu.api.ovh.com (or host:port of a local fake). */
  endpoint: string;
  appKey: string;
  appSecret: string;
  consumerKey: string;
  /** The SMS account, e.g. sms-ab12345-1. */
  smsService: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEFAULT_DEV_ORIGINS = ['http://localhost:5173', 'http://localhost:5174'];

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^-?\d+$/.test(value) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    this.problems.push(`${name} must be true/false or 1/0 (got "${value}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return value as T;
  }

  url(name: string, protocols: string[], fallback?: string): string | undefined {
    const value = this.raw(name) ?? fallback;
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
      }
    } catch {
      // Never echo a URL that may carry a password.
      this.problems.push(`${name} is not a valid URL`);
    }
    return value;
  }
}

export function parseConfig(env: Env): Config {
  const r = new Reader(env);
  const nodeEnv = r.oneOf<NodeEnv>('NODE_ENV', ['development', 'production', 'test'], 'development');
  const isProduction = nodeEnv === 'production';
  const port = r.int('PORT', 3000, 0, 65535);
  const host = r.string('HOST', '0.0.0.0');

  const databaseUrl = r.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  if (isProduction && databaseUrl === undefined) {
    r.problems.push('DATABASE_URL is required in production (the embedded PostgreSQL is for development)');
  }
  const redisUrlExplicit = r.raw('REDIS_URL') !== undefined;
  const redisUrl = r.url('REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379') as string;
  const redisPrefix = r.string('REDIS_PREFIX', 'serenaia');
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(redisPrefix)) {
    r.problems.push(`REDIS_PREFIX may only hold letters, digits, ".", "_" and "-" (got "${redisPrefix}")`);
  }

  let jwtSecret = r.raw('JWT_SECRET');
  let jwtSecretGenerated = false;
  if (jwtSecret === undefined) {
    if (isProduction) r.problems.push('JWT_SECRET is required in production (32 characters or more)');
    jwtSecret = randomBytes(32).toString('base64url');
    jwtSecretGenerated = true;
  } else if (jwtSecret.length < 32) {
    r.problems.push(`JWT_SECRET must be at least 32 characters (got ${jwtSecret.length})`);
  }

  const corsOrigins = (r.raw('CORS_ORIGINS')?.split(',') ?? (isProduction ? [] : DEFAULT_DEV_ORIGINS))
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      r.problems.push(`CORS_ORIGINS entries must look like https://host[:port] (got "${origin}")`);
    }
  }

  const workerOnly = r.bool('WORKER_ONLY', false);

  const smtpUrl = r.url('SMTP_URL', ['smtp:', 'smtps:']);
  const mailFrom = r.string('MAIL_FROM', 'Sérénaia <no-reply@localhost>');
  if (!/^(.*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(mailFrom)) {
    r.problems.push('MAIL_FROM must be an address, optionally with a name: Institut <rdv@example.fr>');
  }
  const ovhVars = ['OVH_APP_KEY', 'OVH_APP_SECRET', 'OVH_CONSUMER_KEY', 'OVH_SMS_SERVICE'] as const;
  const ovhSet = ovhVars.filter((name) => r.raw(name) !== undefined);
  if (ovhSet.length > 0 && ovhSet.length < ovhVars.length) {
    const missing = ovhVars.filter((name) => r.raw(name) === undefined);
    r.problems.push(`OVH SMS needs ${ovhVars.join(', ')} together (missing ${missing.join(', ')})`);
  }
  const ovh: OvhConfig | undefined =
    ovhSet.length === ovhVars.length
      ? {
          endpoint: r.string('OVH_ENDPOINT', 'eu.api.ovh.com'),
          appKey: r.raw('OVH_APP_KEY') as string,
          appSecret: r.raw('OVH_APP_SECRET') as string,
          consumerKey: r.raw('OVH_CONSUMER_KEY') as string,
          smsService: r.raw('OVH_SMS_SERVICE') as string,
        }
      : undefined;
  if (ovh !== undefined && !/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(ovh.endpoint)) {
    r.problems.push(`OVH_ENDPOINT must be a host name, optionally with a port (got "${ovh.endpoint}")`);
  }
  const config: Config = {
    nodeEnv,
    isProduction,
    host,
    port,
    publicUrl: r.url('PUBLIC_URL', ['http:', 'https:'], `http://localhost:${port}`) as string,
    databaseUrl,
    dataDir: r.string('DATA_DIR', '.data'),
    embeddedPostgresPort: r.int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    redisUrl,
    redisUrlExplicit,
    redisPrefix,
    jwtSecret,
    jwtSecretGenerated,
    accessTokenTtlSeconds: r.int('ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 30, 24 * 3600),
    sessionCacheMs: r.int('SESSION_CACHE_MS', 5_000, 0, 3_600_000),
    refreshTokenTtlSeconds: r.int('REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600, 60, 365 * 24 * 3600),
    corsOrigins,
    logLevel: r.oneOf('LOG_LEVEL', LOG_LEVELS, isProduction ? 'info' : nodeEnv === 'test' ? 'warn' : 'info'),
    runWorker: workerOnly || r.bool('RUN_WORKER', true),
    workerOnly,
    graphqlMaxDepth: r.int('GRAPHQL_MAX_DEPTH', 10, 2, 50),
    graphqlMaxIntrospectionDepth: r.int('GRAPHQL_MAX_INTROSPECTION_DEPTH', 15, 2, 50),
    graphqlMaxComplexity: r.int('GRAPHQL_MAX_COMPLEXITY', 1000, 10, 100000),
    graphqlMaxExpensiveFields: r.int('GRAPHQL_MAX_EXPENSIVE_FIELDS', 3, 1, 50),
    graphqlPlayground: !isProduction && r.bool('GRAPHQL_SANDBOX', true),
    rateLimitPerMinute: r.int('RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    slotSearchConcurrency: r.int('SLOT_SEARCH_CONCURRENCY', 4, 1, 6),
    slotSearchQueue: r.int('SLOT_SEARCH_QUEUE', 32, 0, 1000),
    loginMaxPerIpPerMinute: r.int('LOGIN_MAX_PER_IP_PER_MINUTE', 20, 1, 10_000),
    loginMaxFailuresPerAccount: r.int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginLockoutMinutes: r.int('LOGIN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
    seedDemo: r.bool('SEED_DEMO', !isProduction),
    serveSpas: r.bool('SERVE_SPAS', true),
    trustProxy: r.bool('TRUST_PROXY', false),
    stripeApiUrl: r.url('STRIPE_API_URL', ['http:', 'https:'], 'https://api.stripe.com') as string,
    sumupApiUrl: r.url('SUMUP_API_URL', ['http:', 'https:'], 'https://api.sumup.com') as string,
    // PayPal's live and sandbox APIs are different hosts (the keys of one are refused by the other).
    paypalApiUrl: r.url(
      'PAYPAL_API_URL',
      ['http:', 'https:'],
      isProduction ? 'https://api-m.paypal.com' : 'https://api-m.sandbox.paypal.com',
    ) as string,
    simulatedPayments: !isProduction && r.bool('SIMULATED_PAYMENTS', true),
    terminalPollIntervalMs: r.int('TERMINAL_POLL_INTERVAL_MS', 3000, 100, 60_000),
    terminalCheckoutTimeoutSeconds: r.int('TERMINAL_CHECKOUT_TIMEOUT_SECONDS', 180, 30, 3600),
    smtpUrl,
    mailCatcherUrl: undefined,
    mailFrom,
    ovh,
    notificationAttempts: r.int('NOTIFICATION_ATTEMPTS', 8, 1, 50),
    notificationBackoffMs: r.int('NOTIFICATION_BACKOFF_MS', 30_000, 10, 3_600_000),
  };
  if (!r.problems.some((p) => p.startsWith('PAYPAL_API_URL '))) {
    try {
      paypalEndpoint(config.paypalApiUrl);
    } catch (error) {
      r.problems.push((error as Error).message);
    }
  }
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return config;
}
