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
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';
import type { FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config/config.js';
import { mapGraphQLError } from '../common/errors.js';
import { operationCost, rootFieldCounts, type RootFieldCounts } from '../common/rate-limit/operation-cost.js';
import { isExpensive, type CostContext } from '../common/rate-limit/query-cost.js';
import type { RateLimiter } from '../common/rate-limit/rate-limiter.service.js';
import type { AuthUser } from '../common/auth/roles.js';
import type { GraphQLContext } from '../common/auth/access.guard.js';
import { clientIp } from '../common/http/client-ip.js';
import { documentLimitsRule } from './depth-limit.js';
import { SCHEMA_BUILD_OPTIONS } from '../common/scalars.js';

const logger = new Logger('GraphQL');

/**
 * Selections a document may expand to (fragments included). Far above what the apps send (the
 * standard introspection query expands to about 400); below graphql-query-complexity's own node
 * ceiling, so that its walk never has to give up.
 */
const MAX_SELECTIONS = 5000;
const COMPLEXITY_MAX_NODES = 10_000;
/**
 * Tokens a document may hold: parsing stops there, so validation (linear, but ~2.5 s for a 1 MB
 * document of `__typename`s) never sees a huge one. The largest document of the apps has ~300.
 */
const MAX_TOKENS = 10_000;

interface WsExtra {
  user?: AuthUser;
  request: IncomingMessage;
}

export interface GraphQLOptionsDeps {
  config: Config;
  limiter: RateLimiter;
  /** The user of a valid access token whose session is still open, or null. */
  verifyAccessToken: (token: string) => Promise<AuthUser | null>;
  /** What complexity functions may need besides arguments (asked only when an expensive field is selected). */
  costContext: () => Promise<CostContext>;
}

/**
 * Maps every GraphQL error once and logs it once: an unexpected error at `error` with its stack;
 * what a client caused (bad input, conflict, refused access, limits) at `info`, and saturation at
 * `warn`, without stacks or messages (they may quote what the client sent): code, path and fields.
 */
export function formatError(config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const mapped = mapGraphQLError(formatted, error, { production: config.isProduction });
    const extensions = mapped.formatted.extensions ?? {};
    if (mapped.internal) {
      logger.error({ err: error, path: formatted.path }, 'Unexpected GraphQL error');
    } else {
      const fields = Array.isArray(extensions.fields)
        ? (extensions.fields as { field?: unknown }[]).map((f) => f.field)
        : undefined;
      const line = { code: extensions.code, path: formatted.path, fields };
      if (extensions.code === 'SERVICE_UNAVAILABLE') logger.warn(line, 'GraphQL request refused: saturated');
      else logger.log(line, 'GraphQL client error');
    }
    return mapped.formatted;
  };
}

/** Root fields marked @Expensive() and how many times the operation selects them. */
function expensiveFields(schema: GraphQLSchema, operation: OperationDefinitionNode, counts: RootFieldCounts) {
  const fields = schema.getRootType(operation.operation)?.getFields() ?? {};
  return [...counts].filter(([name]) => isExpensive(fields[name]));
}

/**
 * Before execution: refuses documents with too many expensive root fields or above the complexity
 * budget, and charges root fields to the caller's rate limit. Each walk over the document here is
 * bounded: root fields are counted with each fragment measured once, and graphql-query-complexity
 * (which expands fragments at every spread) only sees documents the limits rule let through.
 */
function costPlugin(
  deps: GraphQLOptionsDeps,
  getSchema: () => GraphQLSchema,
): ApolloServerPlugin<GraphQLContext> {
  const { config, limiter } = deps;
  const refuse = (message: string): GraphQLError =>
    new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: async ({ document, operation, request, contextValue }) => {
          if (!operation) return;
          const schema = getSchema();
          const counts = rootFieldCounts(document, operation);
          const expensive = expensiveFields(schema, operation, counts);
          const expensiveCount = expensive.reduce((total, [, count]) => total + count, 0);
          if (expensiveCount > config.graphqlMaxExpensiveFields) {
            const names = expensive.map(([name, count]) => `${name} × ${count}`).join(', ');
            throw refuse(
              `La requête contient trop de recherches coûteuses (${names}) : ${config.graphqlMaxExpensiveFields} au plus par requête.`,
            );
          }
          let complexity = 0;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              context: expensiveCount > 0 ? await deps.costContext() : undefined,
              maxQueryNodes: COMPLEXITY_MAX_NODES,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Invalid variables: execution reports them with a proper BAD_USER_INPUT error. Too many
            // nodes cannot get here (the limits rule refuses them first) but must not pass either.
            if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
              throw refuse('La requête est trop volumineuse.');
            }
          }
          if (complexity > config.graphqlMaxComplexity) {
            throw refuse(
              `La requête est trop complexe : coût ${complexity}, maximum autorisé ${config.graphqlMaxComplexity}.`,
            );
          }
          const cost = operationCost(counts);
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

/**
 * SERVICE_UNAVAILABLE anywhere in a response (a saturated slot search, a database pool that timed
 * out), whichever resolver or layer raised it, adds Retry-After; when nothing could be answered
 * (`data` is null) the response is an HTTP 503 as well.
 */
function serviceUnavailablePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind !== 'single') return Promise.resolve();
          const { data, errors = [] } = response.body.singleResult;
          const delays = errors
            .filter((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')
            .map((e) => Number(e.extensions?.retryAfterSeconds ?? 1));
          if (delays.length > 0) {
            response.http.headers.set('retry-after', String(Math.max(1, ...delays)));
            if (data === null || data === undefined) response.http.status = 503;
          }
          return Promise.resolve();
        },
      }),
  };
}

export function buildGraphQLOptions(deps: GraphQLOptionsDeps): ApolloDriverConfig {
  const { config } = deps;
  let schema: GraphQLSchema | undefined;
  const limitsRule = documentLimitsRule({
    maxDepth: config.graphqlMaxDepth,
    maxIntrospectionDepth: config.graphqlMaxIntrospectionDepth,
    maxSelections: MAX_SELECTIONS,
  });
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
    parseOptions: { maxTokens: MAX_TOKENS },
    // Nest would turn every response that went through execution into a 200, our 503 included.
    // No error of ours sets an HTTP status during execution otherwise.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: [limitsRule],
    transformSchema: (built: GraphQLSchema) => {
      schema = built;
      return built;
    },
    plugins: [
      config.graphqlPlayground
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      costPlugin(deps, () => schema as GraphQLSchema),
      serviceUnavailablePlugin(),
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
        onConnect: async (ctx: { connectionParams?: Record<string, unknown>; extra: WsExtra }) => {
          const params = ctx.connectionParams ?? {};
          const raw =
            typeof params.authorization === 'string'
              ? params.authorization.replace(/^Bearer\s+/i, '')
              : typeof params.accessToken === 'string'
                ? params.accessToken
                : undefined;
          if (raw === undefined) return true;
          const user = await deps.verifyAccessToken(raw);
          if (user === null) return false;
          ctx.extra.user = user;
          return true;
        },
        // graphql-ws validates with the standard rules only: apply the document limits here too.
        onSubscribe: (_ctx: unknown, _id: string, payload: { query: string }) => {
          if (schema === undefined) return undefined;
          let document: DocumentNode;
          try {
            document = parse(payload.query, { maxTokens: MAX_TOKENS });
          } catch (error) {
            // A syntax error, or too many tokens: answered here, so graphql-ws does not parse it again.
            return error instanceof GraphQLError ? [error] : undefined;
          }
          const errors = validate(schema, document, [limitsRule]);
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
