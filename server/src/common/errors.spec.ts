import { GraphQLError } from 'graphql';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthenticatedError,
  formatDelayFr,
  mapGraphQLError,
  type FieldProblem,
} from './errors.js';

const formatted = (message: string, extensions?: Record<string, unknown>) => ({
  message,
  path: ['x'],
  extensions,
});
const wrap = (error: Error) => new GraphQLError(error.message, { originalError: error });

describe('mapGraphQLError', () => {
  it.each([
    [new BadUserInputError('Adresse e-mail invalide.', 'input.email'), 'BAD_USER_INPUT'],
    [new UnauthenticatedError(), 'UNAUTHENTICATED'],
    [new ForbiddenError(), 'FORBIDDEN'],
    [new NotFoundError(), 'NOT_FOUND'],
    [new ConflictError('Ce créneau vient d’être réservé.'), 'CONFLICT'],
    [new TooManyRequestsError(30), 'TOO_MANY_REQUESTS'],
    [new ServiceUnavailableError(2), 'SERVICE_UNAVAILABLE'],
  ])('keeps the code and French message of a domain error (%s)', (error, code) => {
    for (const production of [true, false]) {
      const mapped = mapGraphQLError(formatted('ignored'), wrap(error), { production });
      expect(mapped.internal).toBe(false);
      expect(mapped.formatted.message).toBe(error.message);
      expect(mapped.formatted.extensions?.code).toBe(code);
      expect(mapped.formatted.path).toEqual(['x']);
    }
  });

  it('carries field problems and conflict details', () => {
    const fields: [FieldProblem] = [{ field: 'input.email', message: 'Adresse e-mail invalide.' }];
    expect(
      mapGraphQLError(formatted(''), wrap(new BadUserInputError('x', fields)), { production: true }).formatted
        .extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      fields,
    });
    // A single path names the field with the error's own message.
    expect(new BadUserInputError('Date invalide.', 'day').fields).toEqual([
      { field: 'day', message: 'Date invalide.' },
    ]);
    const alternatives = [{ start: '2026-12-01T09:00:00Z' }];
    expect(
      mapGraphQLError(formatted(''), wrap(new ConflictError('pris', { alternatives })), { production: true })
        .formatted.extensions,
    ).toEqual({ code: 'CONFLICT', alternatives });
  });

  it('masks unexpected errors in production only', () => {
    const cause = wrap(new TypeError("Cannot read properties of undefined (reading 'id')"));
    const prod = mapGraphQLError(formatted(cause.message), cause, { production: true });
    expect(prod).toEqual({
      internal: true,
      formatted: {
        message: 'Une erreur interne est survenue. Réessayez dans un instant.',
        path: ['x'],
        locations: undefined,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    });
    const dev = mapGraphQLError(formatted(cause.message), cause, { production: false });
    expect(dev.internal).toBe(true);
    expect(dev.formatted.message).toBe(cause.message);
    expect(dev.formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('maps a database pool that timed out to SERVICE_UNAVAILABLE with a delay, never INTERNAL', () => {
    const cause = wrap(new Error('timeout exceeded when trying to connect'));
    for (const production of [true, false]) {
      expect(mapGraphQLError(formatted(cause.message), cause, { production })).toEqual({
        internal: false,
        formatted: {
          message: 'Le service est très sollicité. Réessayez dans 5 secondes.',
          path: ['x'],
          locations: undefined,
          extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
        },
      });
    }
  });

  it('keeps client-caused document errors but strips stack traces and HTTP hints', () => {
    const mapped = mapGraphQLError(
      formatted('Cannot query field "nope" on type "Query".', {
        code: 'GRAPHQL_VALIDATION_FAILED',
        stacktrace: ['at validate'],
        http: { status: 400 },
      }),
      new GraphQLError('Cannot query field "nope" on type "Query".'),
      { production: true },
    );
    expect(mapped.internal).toBe(false);
    expect(mapped.formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('turns graphql-js English into French naming the field', () => {
    const english =
      'Variable "$input" got invalid value -1.5 at "input.amountCents"; Int cannot represent non-integer value: -1.5';
    const mapped = mapGraphQLError(
      formatted(english, { code: 'BAD_USER_INPUT' }),
      new GraphQLError(english),
      {
        production: true,
      },
    );
    expect(mapped.formatted).toMatchObject({
      message: 'Le champ « amountCents » doit être un nombre entier.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.amountCents', message: 'Le champ « amountCents » doit être un nombre entier.' },
        ],
      },
    });
    expect(
      mapGraphQLError(formatted(english, { code: 'BAD_USER_INPUT' }), new GraphQLError(english), {
        production: false,
      }).formatted.extensions,
    ).toMatchObject({ detail: english });
  });

  it('treats a cause-less graphql-js error without a code as bad input', () => {
    const error = new GraphQLError('Variable "$input" got invalid value 42.');
    const mapped = mapGraphQLError(formatted(error.message), error, { production: true });
    expect(mapped).toMatchObject({ internal: false, formatted: { extensions: { code: 'BAD_USER_INPUT' } } });
  });
});

describe('formatDelayFr', () => {
  it.each([
    [1, '1 seconde'],
    [0.2, '1 seconde'],
    [42, '42 secondes'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDelayFr(seconds)).toBe(text);
  });
});
