import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger as PinoLogger } from 'pino';

const QUIET = new Set(['/health', '/health/ready']);

/** A request id from `x-request-id` when it looks sane, else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
}

/**
 * One structured line per request (id, method, path, status, duration; never headers or bodies),
 * and the request id echoed in `x-request-id`. Health probes are not logged.
 */
export function registerHttpLogging(fastify: FastifyInstance, logger: PinoLogger): void {
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (QUIET.has(path)) return;
    const fields = {
      reqId: request.id,
      method: request.method,
      path,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    // 503 is saturation or a provider not configured yet, said to the caller with Retry-After: a
    // warning. Other 5xx are failures an operator must look at.
    if (reply.statusCode === 503) logger.warn(fields, 'request refused: unavailable');
    else if (reply.statusCode >= 500) logger.error(fields, 'request failed');
    else logger.info(fields, 'request');
  });
}
