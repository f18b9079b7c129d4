import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import passport from 'passport';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { ACCESS_RULE, type AccessRule } from './access.decorators.js';
import type { AuthUser } from './roles.js';
import { ruleAllows } from './rule-allows.js';
import { SESSION_CHECKER, type SessionChecker } from './session-checker.js';

/** Injection token of the passport strategy that verifies bearer access tokens. */
export const JWT_STRATEGY = Symbol('JWT_STRATEGY');

export interface GraphQLContext {
  /** The HTTP request, or the WebSocket's upgrade request. */
  req?: FastifyRequest | IncomingMessage;
  /** The caller: from the bearer token (HTTP) or the connection_init payload (WebSocket). */
  user?: AuthUser;
  /** The caller's identification, done once per request however many root fields it selects. */
  identified?: Promise<Identity>;
}

interface Identity {
  user?: AuthUser;
  /** An Authorization header was present but invalid or expired. */
  tokenRejected: boolean;
}

/**
 * Global guard, deny by default: a handler without @Public() or @Roles() is refused, so a forgotten
 * rule fails closed and shows up in the logs.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(JWT_STRATEGY) private readonly jwtStrategy: passport.Strategy,
    @Inject(SESSION_CHECKER) private readonly sessions: SessionChecker,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined) {
      this.logger.error(`No access rule on ${context.getClass().name}.${context.getHandler().name}: refused`);
      throw new ForbiddenError();
    }
    const { user, tokenRejected } = await this.identify(context);
    if (rule.kind === 'public') return true;
    if (user === undefined) {
      throw new UnauthenticatedError(tokenRejected ? 'Votre session a expiré. Reconnectez-vous.' : undefined);
    }
    if (!ruleAllows(rule, user.role)) throw new ForbiddenError();
    return true;
  }

  private async identify(context: ExecutionContext): Promise<Identity> {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<GraphQLContext>();
      if (ctx.user !== undefined || ctx.req === undefined) return { user: ctx.user, tokenRejected: false };
      const req = ctx.req;
      ctx.identified ??= this.authenticate(req).then((result) => {
        ctx.user = result.user;
        return result;
      });
      return ctx.identified;
    }
    const req = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const result = await this.authenticate(req);
    req.user = result.user;
    return result;
  }

  /** The bearer token, then its session: one cheap query per request, whatever it selects. */
  private async authenticate(req: FastifyRequest | IncomingMessage): Promise<Identity> {
    const result = await authenticateRequest(this.jwtStrategy, req);
    if (result.user === undefined) return result;
    if (!(await this.sessions.isActive(result.user.sessionId))) return { tokenRejected: true };
    return result;
  }
}

/** Runs the passport-jwt strategy on a request; a missing token is anonymous, a bad one is flagged. */
function authenticateRequest(
  strategy: passport.Strategy,
  req: FastifyRequest | IncomingMessage,
): Promise<Identity> {
  if (req.headers.authorization === undefined) return Promise.resolve({ tokenRejected: false });
  return new Promise((resolve, reject) => {
    // passport stores a request's callbacks on the strategy object it is given: each request gets its
    // own object inheriting from the configured instance (as passport does for named strategies), so
    // concurrent requests cannot answer each other. The instance rather than the global name keeps
    // two apps of one process (tests) on their own secrets.
    const middleware = passport.authenticate(
      Object.create(strategy) as passport.Strategy,
      { session: false },
      (error: unknown, user: AuthUser | false) => {
        if (error) reject(error instanceof Error ? error : new Error('passport-jwt failed'));
        else resolve(user ? { user, tokenRejected: false } : { tokenRejected: true });
      },
    ) as (req: unknown, res: unknown, next: (err?: unknown) => void) => void;
    middleware(req, undefined, (err) =>
      err
        ? reject(err instanceof Error ? err : new Error('passport-jwt failed'))
        : resolve({ tokenRejected: true }),
    );
  });
}
