import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { connectionPoolTimedOut } from './db-errors.js';
import { httpRefusal, refusalBody } from './http/http-refusal.js';

const POOL_RETRY_AFTER_SECONDS = 5;

/**
 * Nest's default handler logs every error a resolver throws at `error` with its stack, expected
 * ones (BAD_USER_INPUT, CONFLICT…) included, before Apollo's formatError maps and logs it again.
 * GraphQL errors go straight to formatError instead (one line, at the level the error deserves).
 * HTTP routes keep Nest's handling, except that a saturated database pool is a 503 with Retry-After
 * and what the HTTP layer refuses (body too large or not JSON, unknown route…) is answered in French.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (host.getType() === 'http' && connectionPoolTimedOut(exception)) {
      const reply = host.switchToHttp().getResponse<FastifyReply>();
      void reply
        .status(503)
        .header('retry-after', String(POOL_RETRY_AFTER_SECONDS))
        .send({ statusCode: 503, message: 'Service momentanément saturé, réessayez dans un instant.' });
      return undefined;
    }
    const refusal = host.getType() === 'http' ? httpRefusal(exception) : undefined;
    if (refusal) {
      const http = host.switchToHttp();
      const path = http.getRequest<FastifyRequest>().url;
      void http.getResponse<FastifyReply>().status(refusal.status).send(refusalBody(refusal, path));
      return undefined;
    }
    return super.catch(exception, host);
  }
}
