import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';

/**
 * The caller's IP: Fastify's `request.ip` (which honours TRUST_PROXY), or the socket's address for
 * the raw upgrade request of a WebSocket.
 */
export function clientIp(req: FastifyRequest | IncomingMessage | undefined): string {
  if (req === undefined) return 'unknown';
  if ('ip' in req && typeof req.ip === 'string') return req.ip;
  return req.socket?.remoteAddress ?? 'unknown';
}
