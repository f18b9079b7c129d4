import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { errorMessage, fieldErrors } from './graphql-errors';

const fallbacks = { network: 'réseau', unexpected: 'inattendu' };

describe('errorMessage', () => {
  it('shows the server’s French message for user-facing codes', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Trop de tentatives pour ce compte. Réessayez dans 15 minutes.', {
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 900 },
        }),
      ],
    });
    expect(errorMessage(error, fallbacks)).toBe(
      'Trop de tentatives pour ce compte. Réessayez dans 15 minutes.',
    );
  });

  it('hides internal errors behind the generic message', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Cannot read properties of undefined', {
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      ],
    });
    expect(errorMessage(error, fallbacks)).toBe('inattendu');
  });

  it('says the server cannot be reached on a network error', () => {
    expect(
      errorMessage(new CombinedError({ networkError: new TypeError('Failed to fetch') }), fallbacks),
    ).toBe('réseau');
  });
});

describe('fieldErrors', () => {
  it('maps input.* fields to their inline messages', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Adresse e-mail invalide. Le mot de passe est obligatoire.', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.email', message: 'Adresse e-mail invalide.' },
              { field: 'input.password', message: 'Le mot de passe est obligatoire.' },
              { field: 'other.thing', message: 'ignoré' },
            ],
          },
        }),
      ],
    });
    expect(fieldErrors(error)).toEqual({
      email: 'Adresse e-mail invalide.',
      password: 'Le mot de passe est obligatoire.',
    });
  });

  it('is empty without an error or without fields', () => {
    expect(fieldErrors(undefined)).toEqual({});
    expect(fieldErrors(new CombinedError({ networkError: new Error('x') }))).toEqual({});
  });
});
