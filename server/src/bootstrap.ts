import fastifyHelmet from '@fastify/helmet';
import type { INestApplication, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module.js';
import { createValidationPipe } from './common/validation.js';
import type { Config } from './config/config.js';
import { registerCompression } from './http/compression.js';
import { serveSpas } from './http/spa.js';
import { registerHttpLogging, requestId } from './logging/http-logging.js';
import { NestPinoLogger } from './logging/logger.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

export interface HttpApp {
  app: INestApplication;
  url: string;
  spas: { public: boolean; crm: boolean; home: boolean };
}

/**
 * Builds and starts the HTTP server on Fastify (measured faster than Express with Apollo: see
 * bench/README.md): GraphQL over HTTP and WebSocket, REST, the two SPAs. Used by main and tests.
 */
export async function createHttpApp(
  config: Config,
  logger: PinoLogger,
  extraModules: Type<unknown>[] = [],
): Promise<HttpApp> {
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    genReqId: requestId,
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, { http: true, extraModules }),
    adapter,
    { logger: new NestPinoLogger(logger), abortOnError: false, rawBody: true },
  );
  const fastify = app.getHttpAdapter().getInstance();
  registerHttpLogging(fastify, logger);
  registerCompression(fastify);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        // Stripe.js and PayPal's buttons load from the providers (only used once they are configured);
        // the hosts follow Stripe's and PayPal's CSP guides (PayPal: *.paypal.com for live and sandbox,
        // *.paypalobjects.com for its assets).
        'script-src': [
          "'self'",
          'https://js.stripe.com',
          'https://*.js.stripe.com',
          'https://*.paypal.com',
          'https://*.paypalobjects.com',
        ],
        'style-src': ["'self'", "'unsafe-inline'"],
        // Practitioners' portraits are https addresses an admin enters (any host, https only).
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'font-src': ["'self'", 'data:', 'https://*.paypalobjects.com'],
        // 'self' covers same-origin ws:/wss: (CSP 3).
        'connect-src': ["'self'", 'https://api.stripe.com', 'https://*.paypal.com'],
        'frame-src': [
          'https://js.stripe.com',
          'https://*.js.stripe.com',
          'https://hooks.stripe.com',
          'https://*.paypal.com',
        ],
        'frame-ancestors': ["'none'"],
        // Plain-http deployments (a LAN, the demo) must not have their requests upgraded.
        'upgrade-insecure-requests': config.isProduction ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  if (!config.isProduction) {
    // The Apollo sandbox (development only) loads its UI from Apollo's CDN.
    fastify.addHook('onSend', async (request, reply, payload) => {
      if (request.method === 'GET' && request.url.startsWith('/graphql'))
        reply.removeHeader('content-security-policy');
      return payload;
    });
  }
  app.enableCors({
    origin: config.corsOrigins,
    credentials: true,
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'retry-after'],
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const spas = config.serveSpas
    ? await serveSpas(fastify, {
        public: path.join(repoRoot, 'web-public/dist'),
        crm: path.join(repoRoot, 'web-crm/dist'),
        publicRenderer: path.join(repoRoot, 'web-public/dist-server/home.js'),
        publicBookingRenderer: path.join(repoRoot, 'web-public/dist-server/booking.js'),
      })
    : { public: false, crm: false, home: false };
  await app.init();
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, spas };
}

/** A process that only runs Bull processors and the outbox relay (WORKER_ONLY=1). */
export async function createWorker(config: Config, logger: PinoLogger): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(AppModule.register(config, { http: false }), {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
