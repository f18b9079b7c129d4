import { ConfigError, parseConfig } from './config.js';

const secret = 'x'.repeat(32);

describe('parseConfig', () => {
  it('gives development defaults from an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
      redisUrl: 'redis://127.0.0.1:6379',
      redisUrlExplicit: false,
      runWorker: true,
      workerOnly: false,
      seedDemo: true,
      graphqlPlayground: true,
      terminalPollIntervalMs: 3000,
      terminalCheckoutTimeoutSeconds: 180,
      graphqlMaxIntrospectionDepth: 15,
      graphqlMaxExpensiveFields: 3,
      slotSearchConcurrency: 4,
      slotSearchQueue: 32,
    });
    expect(config.jwtSecretGenerated).toBe(true);
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads typed values', () => {
    const config = parseConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/app',
      REDIS_URL: 'redis://cache:6379',
      JWT_SECRET: secret,
      WORKER_ONLY: '1',
      RUN_WORKER: 'false',
      CORS_ORIGINS: 'https://a.example, https://b.example:8443',
    });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/app');
    expect(config.redisUrlExplicit).toBe(true);
    expect(config.workerOnly).toBe(true);
    expect(config.runWorker).toBe(true); // a worker-only process always runs the processors
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
  });

  it('keeps slot searches to fewer connections than the pool holds', () => {
    expect(parseConfig({ SLOT_SEARCH_CONCURRENCY: '6', SLOT_SEARCH_QUEUE: '0' })).toMatchObject({
      slotSearchConcurrency: 6,
      slotSearchQueue: 0,
    });
    expect(() => parseConfig({ SLOT_SEARCH_CONCURRENCY: '20' })).toThrow(
      'SLOT_SEARCH_CONCURRENCY must be an integer from 1 to 6 (got "20")',
    );
  });

  it('refuses production without the values production needs', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      parseConfig({ NODE_ENV: 'production' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'DATABASE_URL is required in production (the embedded PostgreSQL is for development)',
        'JWT_SECRET is required in production (32 characters or more)',
      ]);
    }
  });

  it('turns the sandbox and the demo seed off in production', () => {
    const config = parseConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/app',
      JWT_SECRET: secret,
    });
    expect(config.graphqlPlayground).toBe(false);
    expect(config.seedDemo).toBe(false);
    expect(config.isProduction).toBe(true);
    expect(config.paypalApiUrl).toBe('https://api-m.paypal.com');
    expect(parseConfig({}).paypalApiUrl).toBe('https://api-m.sandbox.paypal.com');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be an integer from 0 to 65535 (got "70000")'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be one of development, production, test (got "staging")'],
    [{ WORKER_ONLY: 'maybe' }, 'WORKER_ONLY must be true/false or 1/0 (got "maybe")'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters (got 5)'],
    [{ REDIS_URL: 'http://cache' }, 'REDIS_URL must use redis: or rediss: (got "http:")'],
    [
      { CORS_ORIGINS: 'example.com' },
      'CORS_ORIGINS entries must look like https://host[:port] (got "example.com")',
    ],
    [
      { TERMINAL_POLL_INTERVAL_MS: '10' },
      'TERMINAL_POLL_INTERVAL_MS must be an integer from 100 to 60000 (got "10")',
    ],
    [
      { PAYPAL_API_URL: 'https://paypal.example.com' },
      'PAYPAL_API_URL must be https://api-m.paypal.com, https://api-m.sandbox.paypal.com or an http:// test address',
    ],
    [{ REDIS_PREFIX: 'a b' }, 'REDIS_PREFIX may only hold letters, digits, ".", "_" and "-" (got "a b")'],
  ])('names the bad variable: %o', (env, problem) => {
    expect(() => parseConfig(env)).toThrow(new ConfigError([problem]));
  });

  it('never echoes a database URL, which may hold a password', () => {
    try {
      parseConfig({ DATABASE_URL: 'not a url with secret-password' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).toBe('Invalid configuration: DATABASE_URL is not a valid URL');
    }
  });

  it('reports every problem on one line', () => {
    expect(() => parseConfig({ PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(
      'Invalid configuration: PORT must be an integer from 0 to 65535 (got "x"); LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    );
  });

  it('reads the mail and SMS settings', () => {
    const config = parseConfig({
      SMTP_URL: 'smtp://user:pw@mail.example.fr:587',
      MAIL_FROM: 'Institut Rose <rdv@rose.fr>',
      OVH_APP_KEY: 'ak',
      OVH_APP_SECRET: 'as',
      OVH_CONSUMER_KEY: 'ck',
      OVH_SMS_SERVICE: 'sms-ab12345-1',
    });
    expect(config.smtpUrl).toBe('smtp://user:pw@mail.example.fr:587');
    expect(config.mailFrom).toBe('Institut Rose <rdv@rose.fr>');
    expect(config.ovh).toEqual({
      endpoint: 'eu.api.ovh.com',
      appKey: 'ak',
      appSecret: 'as',
      consumerKey: 'ck',
      smsService: 'sms-ab12345-1',
    });
    expect(parseConfig({}).smtpUrl).toBeUndefined();
    expect(parseConfig({}).ovh).toBeUndefined();
  });

  it('refuses a bad SMTP URL, a bad sender and half an OVH configuration without echoing secrets', () => {
    expect(() =>
      parseConfig({ SMTP_URL: 'http://x', MAIL_FROM: 'nobody', OVH_APP_SECRET: 'secret-value' }),
    ).toThrow(
      'Invalid configuration: SMTP_URL must use smtp: or smtps: (got "http:"); MAIL_FROM must be an address, optionally with a name: Institut <rdv@example.fr>; OVH SMS needs OVH_APP_KEY, OVH_APP_SECRET, OVH_CONSUMER_KEY, OVH_SMS_SERVICE together (missing OVH_APP_KEY, OVH_CONSUMER_KEY, OVH_SMS_SERVICE)',
    );
  });
});
