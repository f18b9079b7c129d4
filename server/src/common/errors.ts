/**
 * Errors a user can cause, with stable codes and French messages, and the single mapping from any
 * thrown value to what a GraphQL client may see.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { connectionPoolTimedOut } from './db-errors.js';
import type { FieldProblem } from './field-problem.js';
import { translateGraphQLMessage } from './input/graphql-messages.js';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export type { FieldProblem };

export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * A mistake in what the user sent. It always names the field(s) at fault: a dotted path (the
 * message applies to it) or a non-empty list of problems. A refusal because of the state of things
 * (already cancelled, already refunded…) is a `ConflictError`, not this.
 */
export class BadUserInputError extends DomainError {
  readonly fields: FieldProblem[];

  constructor(message: string, fields: string | readonly [FieldProblem, ...FieldProblem[]]) {
    const list = typeof fields === 'string' ? [{ field: fields, message }] : [...fields];
    super('BAD_USER_INPUT', message, { fields: list });
    this.fields = list;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Vous devez être connecté pour effectuer cette action.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Vous n'avez pas les droits nécessaires pour effectuer cette action.") {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "L'élément demandé est introuvable.") {
    super('NOT_FOUND', message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(retryAfterSeconds: number, message?: string) {
    super(
      'TOO_MANY_REQUESTS',
      message ?? `Trop de requêtes. Réessayez dans ${formatDelayFr(retryAfterSeconds)}.`,
      { retryAfterSeconds },
    );
  }
}

/** The server is saturated (searches queued, database connections all busy): HTTP 503 + Retry-After. */
export class ServiceUnavailableError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'SERVICE_UNAVAILABLE',
      `Le service est très sollicité. Réessayez dans ${formatDelayFr(retryAfterSeconds)}.`,
      { retryAfterSeconds },
    );
  }
}

export function formatDelayFr(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

const POOL_RETRY_AFTER_SECONDS = 5;

const INTERNAL_MESSAGE = 'Une erreur interne est survenue. Réessayez dans un instant.';

/**
 * Codes kept as they are: errors the client caused (bad document, bad variables, limits), whether
 * graphql-js, Apollo or one of our plugins raised them.
 */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface MappedError {
  formatted: GraphQLFormattedError;
  /** True when the error is unexpected and must be logged with its stack. */
  internal: boolean;
}

/**
 * Maps what a resolver threw (`original`) and what Apollo formatted (`formatted`) to the error the
 * client receives. Domain errors keep their code and message; errors from graphql-js about the
 * document keep theirs; anything else is an internal error, masked in production.
 */
export function mapGraphQLError(
  formatted: GraphQLFormattedError,
  original: unknown,
  options: { production: boolean },
): MappedError {
  // Every pooled database connection stayed busy: saturation, not a bug.
  const cause = connectionPoolTimedOut(unwrap(original))
    ? new ServiceUnavailableError(POOL_RETRY_AFTER_SECONDS)
    : unwrap(original);
  const base = { locations: formatted.locations, path: formatted.path };
  if (cause instanceof DomainError) {
    return {
      formatted: { ...base, message: cause.message, extensions: { code: cause.code, ...cause.details } },
      internal: false,
    };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  if (code !== undefined && CLIENT_CODES.has(code)) {
    return {
      formatted: {
        ...base,
        ...inFrench(formatted.message, publicExtensions(formatted.extensions ?? {}), options.production),
      },
      internal: false,
    };
  }
  if (cause instanceof GraphQLError && cause.originalError === undefined && code === undefined) {
    // A graphql-js error without a cause is about the document (e.g. a variable of the wrong type).
    return {
      formatted: { ...base, ...inFrench(formatted.message, { code: 'BAD_USER_INPUT' }, options.production) },
      internal: false,
    };
  }
  return {
    formatted: {
      ...base,
      message: options.production ? INTERNAL_MESSAGE : formatted.message,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
    internal: true,
  };
}

/**
 * graphql-js and Apollo speak English about bad documents and variables: the message a person may see
 * becomes French and names the field (`extensions.fields`); outside production the original stays as
 * `detail` for developers.
 */
function inFrench(
  message: string,
  extensions: Record<string, unknown>,
  production: boolean,
): { message: string; extensions: Record<string, unknown> } {
  const translated = translateGraphQLMessage(message);
  if (translated === null) return { message, extensions };
  return {
    message: translated.message,
    extensions: {
      ...extensions,
      ...(translated.fields.length > 0 ? { fields: translated.fields } : {}),
      ...(production ? {} : { detail: message }),
    },
  };
}

/** Drops what must not leave the server (stack traces, HTTP hints, nested exceptions). */
function publicExtensions(extensions: Record<string, unknown>): Record<string, unknown> {
  const { stacktrace: _s, http: _h, exception: _e, originalError: _o, ...rest } = extensions;
  return rest;
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) {
    current = current.originalError;
  }
  return current;
}
