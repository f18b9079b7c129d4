import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  Controller,
  ForbiddenException,
  Get,
  Injectable,
  Module,
  Post,
  Req,
  SetMetadata,
  type CanActivate,
  type DynamicModule,
  type ExecutionContext,
  type RawBodyRequest,
} from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import {
  Field,
  GqlExecutionContext,
  GraphQLModule,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Subscription,
  type GqlContextType,
} from '@nestjs/graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * A minimal stand-in for the API: the Apollo options of server/src/graphql/graphql-options.ts that cost
 * something per request (code-first schema, CSRF prevention, a formatError, a plugin hooking
 * didResolveOperation, a context function, graphql-ws subscriptions) and a global guard that reads
 * handler metadata, as AccessGuard does. No database: only the HTTP and GraphQL layers are measured.
 */

const IS_PUBLIC = 'bench:isPublic';
const Public = () => SetMetadata(IS_PUBLIC, true);

/** What the guard and the resolvers see. `req` is Express's request, Fastify's, or the WebSocket upgrade. */
export interface BenchContext {
  req?: { headers: IncomingHttpHeaders };
  user?: string;
}

@Injectable()
class BenchGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic !== true) throw new ForbiddenException();
    if (context.getType<GqlContextType>() === 'graphql') {
      // AccessGuard identifies the caller once per request from the Authorization header.
      const ctx = GqlExecutionContext.create(context).getContext<BenchContext>();
      ctx.user ??= ctx.req?.headers.authorization === undefined ? 'anonymous' : 'bearer';
    }
    return Promise.resolve(true);
  }
}

@ObjectType()
class Item {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) priceCents: number;
  @Field(() => Int) durationMinutes: number;
  @Field() active: boolean;
  @Field() category: string;
}

const CATEGORIES = ['visage', 'corps', 'mains', 'regard', 'épilation'];

/** The 50 items every `{ items }` query returns; run.mjs checks the response against the same rule. */
const ITEMS: Item[] = Array.from({ length: 50 }, (_, i) => ({
  id: `item-${i + 1}`,
  name: `Soin numéro ${i + 1}`,
  priceCents: 2500 + i * 150,
  durationMinutes: 30 + (i % 4) * 15,
  active: i % 7 !== 0,
  category: CATEGORIES[i % CATEGORIES.length],
}));

async function* oneTick(): AsyncGenerator<{ tick: string }> {
  yield await Promise.resolve({ tick: 'tock' });
}

@Resolver()
class BenchResolver {
  @Public()
  @Query(() => String)
  ping(): string {
    return 'pong';
  }

  @Public()
  @Query(() => [Item])
  items(): Item[] {
    return ITEMS;
  }

  /** No @Public(): the guard must refuse it (checked once per server start by run.mjs). */
  @Query(() => String)
  secret(): string {
    return 'leaked';
  }

  @Public()
  @Subscription(() => String)
  tick(): AsyncGenerator<{ tick: string }> {
    return oneTick();
  }
}

/** What the --compat middleware saw: server.ts counts the lines pino-http writes. */
export const compatStats = { logLines: 0, lastLogLine: '' };

/**
 * Only with --compat: a REST route that reports the raw body Nest kept (what a Stripe webhook needs)
 * and one that reports what pino-http logged.
 */
@Controller('compat')
class CompatController {
  @Public()
  @Post('webhook')
  receive(@Req() req: RawBodyRequest<{ headers: IncomingHttpHeaders }>): { rawBytes: number } {
    return { rawBytes: req.rawBody?.length ?? -1 };
  }

  @Public()
  @Get('log')
  log(): typeof compatStats {
    return compatStats;
  }
}

export const MAX_ROOT_FIELDS = 20;

/** Trivial per-request work in didResolveOperation, where our cost plugin computes the complexity. */
const rootFieldLimitPlugin: ApolloServerPlugin<BenchContext> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ operation }) => {
        const rootFields = operation?.selectionSet.selections.length ?? 0;
        if (rootFields > MAX_ROOT_FIELDS) {
          throw new GraphQLError(`Trop de champs racine : ${rootFields}, maximum ${MAX_ROOT_FIELDS}.`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        return Promise.resolve();
      },
    }),
};

function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL';
  return {
    message: code === 'INTERNAL_SERVER_ERROR' ? 'Erreur interne' : formatted.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code },
  };
}

type ContextArg =
  | { req: { headers: IncomingHttpHeaders } } // Express: { req, res }
  | { raw: unknown; headers: IncomingHttpHeaders } // Fastify: (request, reply)
  | { extra: { request: { headers: IncomingHttpHeaders } } }; // graphql-ws: its Context

/**
 * Our context function reads `arg.req`: that is Express's shape only. @as-integrations/fastify calls
 * the context function with (request, reply), so on Fastify it has to take the request itself.
 */
function context(arg: ContextArg): BenchContext {
  if ('extra' in arg) return { req: arg.extra.request };
  if ('raw' in arg) return { req: arg };
  return { req: arg.req };
}

@Module({})
export class BenchModule {
  static register(options: { compat: boolean }): DynamicModule {
    return {
      module: BenchModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          introspection: false,
          playground: false,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          plugins: [ApolloServerPluginLandingPageDisabled(), rootFieldLimitPlugin],
          formatError,
          context,
          subscriptions: { 'graphql-ws': { path: '/graphql' } },
        }),
      ],
      controllers: options.compat ? [CompatController] : [],
      providers: [BenchResolver, { provide: APP_GUARD, useClass: BenchGuard }],
    };
  }
}
