import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { balanceAnswer, formatDelay } from './balance-answer';

const NOW = Date.parse('2026-12-06T10:00:00Z');
const failure = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code, ...extensions } })] });

describe('the balance page’s answer', () => {
  it('shows the balance and the last valid day of a card', () => {
    expect(
      balanceAnswer(
        { data: { giftCardBalance: { balanceCents: 3000, expiresAt: '2027-11-30T23:00:00.000Z' } } },
        NOW,
      ),
    ).toEqual({
      kind: 'FOUND',
      balanceCents: 3000,
      lastValidInstant: '2027-11-30T22:59:59.999Z',
      expired: false,
    });
  });

  it('says when a card has expired (its expiry instant is past)', () => {
    const answer = balanceAnswer(
      { data: { giftCardBalance: { balanceCents: 0, expiresAt: '2026-12-05T23:00:00.000Z' } } },
      NOW,
    );
    expect(answer).toMatchObject({ kind: 'FOUND', expired: true });
  });

  it('answers the same for an unknown code and a refused one', () => {
    expect(balanceAnswer({ error: failure('NOT_FOUND') }, NOW)).toEqual({ kind: 'NOT_FOUND' });
    expect(balanceAnswer({ error: failure('BAD_USER_INPUT') }, NOW)).toEqual({ kind: 'NOT_FOUND' });
  });

  it('tells when to try again after too many checks', () => {
    expect(balanceAnswer({ error: failure('TOO_MANY_REQUESTS', { retryAfterSeconds: 42 }) }, NOW)).toEqual({
      kind: 'SLOW_DOWN',
      retryIn: '42 secondes',
    });
    expect(balanceAnswer({ error: failure('TOO_MANY_REQUESTS') }, NOW)).toEqual({
      kind: 'SLOW_DOWN',
      retryIn: '1 minute',
    });
    expect(balanceAnswer({ error: new CombinedError({ networkError: new Error('down') }) }, NOW)).toEqual({
      kind: 'ERROR',
    });
  });

  it.each([
    [1, '1 seconde'],
    [0.2, '1 seconde'],
    [59, '59 secondes'],
    [60, '1 minute'],
    [61, '2 minutes'],
  ])('%s s reads %s', (seconds, text) => {
    expect(formatDelay(seconds)).toBe(text);
  });
});
