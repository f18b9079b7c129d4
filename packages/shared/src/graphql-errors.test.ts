import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { conflictAlternatives, errorMessage, fieldErrors, isConflict } from './graphql-errors';

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

describe('conflictAlternatives', () => {
  it('reads the proposed slots of a CONFLICT, as objects or ISO strings', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Ce créneau n’est plus disponible. Voici les créneaux libres les plus proches.', {
          extensions: {
            code: 'CONFLICT',
            alternatives: [
              {
                start: '2026-11-26T10:00:00.000Z',
                end: '2026-11-26T10:30:00.000Z',
                practitionerId: 'p1',
                practitionerName: 'Camille Roux',
              },
              '2026-11-26T11:00:00.000Z',
              { start: 'pas une date' },
              42,
            ],
          },
        }),
      ],
    });
    expect(isConflict(error)).toBe(true);
    expect(conflictAlternatives(error)).toEqual([
      {
        start: '2026-11-26T10:00:00.000Z',
        end: '2026-11-26T10:30:00.000Z',
        practitionerId: 'p1',
        practitionerName: 'Camille Roux',
      },
      { start: '2026-11-26T11:00:00.000Z', end: null, practitionerId: null, practitionerName: null },
    ]);
  });

  it('is empty for other errors', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Non', {
          extensions: { code: 'BAD_USER_INPUT', alternatives: ['2026-11-26T10:00:00Z'] },
        }),
      ],
    });
    expect(isConflict(error)).toBe(false);
    expect(conflictAlternatives(error)).toEqual([]);
  });
});
