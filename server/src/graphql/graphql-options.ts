import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type GraphQLFormattedError,
} from 'graphql';
import { getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';
import type { FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config/config.js';
import { mapGraphQLError } from '../common/errors.js';
import { operationCost } from '../common/rate-limit/operation-cost.js';
import type { RateLimiter } from '../common/rate-limit/rate-limiter.service.js';
import type { AuthUser } from '../common/auth/roles.js';
import type { GraphQLContext } from '../common/auth/access.guard.js';
import { clientIp } from '../common/http/client-ip.js';
import { depthLimitRule } from './depth-limit.js';
import { SCHEMA_BUILD_OPTIONS } from '../common/scalars.js';

const logger = new Logger('GraphQL');

interface WsExtra {
  user?: AuthUser;
  request: IncomingMessage;
}

export interface GraphQLOptionsDeps {
  config: Config;
  limiter: RateLimiter;
  verifyAccessToken: (token: string) => AuthUser | null;
}

export function formatError(config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const mapped = mapGraphQLError(formatted, error, { production: config.isProduction });
    if (mapped.internal) logger.error({ err: error, path: formatted.path }, 'Unexpected GraphQL error');
    return mapped.formatted;
  };
}

/** Refuses operations above the complexity budget and charges root fields to the caller's rate limit. */
function costPlugin(
  deps: GraphQLOptionsDeps,
  getSchema: () => GraphQLSchema,
): ApolloServerPlugin<GraphQLContext> {
  const { config, limiter } = deps;
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: async ({ document, operation, request, contextValue }) => {
          let complexity = 0;
          try {
            complexity = getComplexity({
              schema: getSchema(),
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Invalid variables: execution reports them with a proper BAD_USER_INPUT error.
          }
          if (complexity > config.graphqlMaxComplexity) {
            throw new GraphQLError(
              `La requête est trop complexe : coût ${complexity}, maximum autorisé ${config.graphqlMaxComplexity}.`,
              { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
            );
          }
          const cost = operation ? operationCost(document, operation) : 0;
          if (cost === 0) return;
          const ip = clientIp(contextValue.req);
          const result = await limiter.consume(`gql:${ip}`, cost, config.rateLimitPerMinute, 60);
          if (!result.allowed) {
            throw new GraphQLError(`Trop de requêtes. Réessayez dans ${result.retryAfterSeconds} secondes.`, {
              extensions: {
                code: 'TOO_MANY_REQUESTS',
                retryAfterSeconds: result.retryAfterSeconds,
                http: { status: 429, headers: new Map([['retry-after', String(result.retryAfterSeconds)]]) },
              },
            });
          }
        },
      }),
  };
}

export function buildGraphQLOptions(deps: GraphQLOptionsDeps): ApolloDriverConfig {
  const { config } = deps;
  let schema: GraphQLSchema | undefined;
  const depthRule = depthLimitRule(config.graphqlMaxDepth);
  const mapErrors = formatError(config);
  const mapResult = (result: ExecutionResult): ExecutionResult =>
    result.errors
      ? {
          ...result,
          errors: result.errors.map((e) => {
            const f = mapErrors(e.toJSON(), e);
            return new GraphQLError(f.message, { extensions: f.extensions });
          }),
        }
      : result;

  return {
    autoSchemaFile: true,
    buildSchemaOptions: SCHEMA_BUILD_OPTIONS,
    sortSchema: true,
    path: '/graphql',
    introspection: !config.isProduction,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthRule],
    transformSchema: (built: GraphQLSchema) => {
      schema = built;
      return built;
    },
    plugins: [
      config.graphqlPlayground
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      costPlugin(deps, () => schema as GraphQLSchema),
    ],
    formatError: mapErrors,
    // HTTP: Apollo passes { req }. WebSocket: graphql-ws passes its context, whose `extra` holds the
    // user checked at connection_init and the upgrade request (for the client IP).
    context: (arg: FastifyRequest | { extra: WsExtra }): GraphQLContext =>
      'extra' in arg && arg.extra !== undefined
        ? { user: arg.extra.user, req: arg.extra.request }
        : { req: arg as FastifyRequest },
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // The access token comes in connection_init: `{ authorization: "Bearer …" }` or `{ accessToken }`.
        // No token: an anonymous connection (public subscriptions only). A bad token: refused (4403).
        onConnect: (ctx: { connectionParams?: Record<string, unknown>; extra: WsExtra }) => {
          const params = ctx.connectionParams ?? {};
          const raw =
            typeof params.authorization === 'string'
              ? params.authorization.replace(/^Bearer\s+/i, '')
              : typeof params.accessToken === 'string'
                ? params.accessToken
                : undefined;
          if (raw === undefined) return true;
          const user = deps.verifyAccessToken(raw);
          if (user === null) return false;
          ctx.extra.user = user;
          return true;
        },
        // graphql-ws validates with the standard rules only: apply the depth limit here too.
        onSubscribe: (_ctx: unknown, _id: string, payload: { query: string }) => {
          if (schema === undefined) return undefined;
          let document: DocumentNode;
          try {
            document = parse(payload.query);
          } catch {
            return undefined; // graphql-ws reports the syntax error itself
          }
          const errors = validate(schema, document, [depthRule]);
          return errors.length > 0 ? errors : undefined;
        },
        onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          mapResult(result),
        onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
          errors.map((e) => {
            const f = mapErrors(e.toJSON(), e);
            return new GraphQLError(f.message, { extensions: f.extensions });
          }),
      },
    },
  } as ApolloDriverConfig;
}
