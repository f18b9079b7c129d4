import type { INestApplication, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module.js';
import { createValidationPipe } from './common/validation.js';
import type { Config } from './config/config.js';
import { serveSpa } from './http/spa.js';
import { createHttpLogger, NestPinoLogger } from './logging/logger.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

export interface HttpApp {
  app: INestApplication;
  url: string;
  spas: { public: boolean; crm: boolean };
}

/** Builds and starts the HTTP server (GraphQL, subscriptions, REST, SPAs). Used by main and tests. */
export async function createHttpApp(
  config: Config,
  logger: PinoLogger,
  extraModules: Type<unknown>[] = [],
): Promise<HttpApp> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, { http: true, extraModules }),
    {
      logger: new NestPinoLogger(logger),
      bodyParser: true,
      abortOnError: false,
    },
  );
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(createHttpLogger(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          // 'self' covers same-origin ws:/wss: (CSP 3).
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  if (!config.isProduction) {
    // The Apollo sandbox (development only) loads its UI from Apollo's CDN.
    app.use('/graphql', (_req: unknown, res: { removeHeader(name: string): void }, next: () => void) => {
      res.removeHeader('Content-Security-Policy');
      next();
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
  // SPAs before init: Nest's routes and its 404 handler are registered by init().
  const express = app.getHttpAdapter().getInstance();
  const spas = config.serveSpas
    ? {
        crm: serveSpa(express, '/crm', path.join(repoRoot, 'web-crm/dist')),
        public: serveSpa(express, '/', path.join(repoRoot, 'web-public/dist')),
      }
    : { crm: false, public: false };
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
