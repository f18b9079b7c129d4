import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import express from 'express';
import helmet from 'helmet';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { BenchModule, compatStats } from './bench.module.js';

/**
 * One bench server: `node dist/server.js express|fastify [--compat]`. Listens on an ephemeral port of
 * 127.0.0.1 and sends `{ port }` to its parent over IPC. With --compat it also mounts the Express-style
 * middleware bootstrap.ts relies on (helmet, pino-http, express.static) and keeps raw bodies, to check
 * whether they run unchanged on the adapter; the throughput runs go without them.
 */
const adapter = process.argv[2];
const compat = process.argv.includes('--compat');
if (adapter !== 'express' && adapter !== 'fastify') {
  console.error('usage: node server.js express|fastify [--compat]');
  process.exit(2);
}

const rootModule = BenchModule.register({ compat });
const options = { logger: false as const, abortOnError: false, rawBody: compat };
const app: INestApplication =
  adapter === 'fastify'
    ? await NestFactory.create(rootModule, new FastifyAdapter(), options)
    : await NestFactory.create(rootModule, new ExpressAdapter(), { ...options, bodyParser: true });

if (compat) {
  const discard = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      compatStats.logLines += 1;
      compatStats.lastLogLine = chunk.toString('utf8').trim();
      done();
    },
  });
  app.use(helmet());
  app.use(
    pinoHttp({
      logger: pino({ level: 'info' }, discard),
      // As createHttpLogger does: the request id is echoed in x-request-id.
      genReqId: (_req, res) => {
        res.setHeader('x-request-id', 'bench-request-id');
        return 'bench-request-id';
      },
    }),
  );
  app.use('/static', express.static(path.dirname(fileURLToPath(import.meta.url)), { index: false }));
}

await app.listen(0, '127.0.0.1');
const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
process.send?.({ port });

// run.mjs asks for the server's own CPU time around each measurement.
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});

process.on('SIGTERM', () => {
  void app.close().finally(() => process.exit(0));
});
