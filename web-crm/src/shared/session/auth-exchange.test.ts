import type { ExecutionResult, Operation } from '@urql/core';
import { CurrentUserDocument, LoginDocument } from '../../gql/graphql';
import { memorySessionStore } from '../../testing/render';
import {
  authorizationOf,
  fakeClient,
  graphqlError,
  operationName,
  type Responder,
} from '@serenaia/shared/testing/urql';
import { crmAuthExchange } from './auth-exchange';
import type { SessionStore, SessionTokens } from './session-store';

const NOW = Date.parse('2026-11-25T10:00:00Z');
const inMs = (ms: number) => new Date(NOW + ms).toISOString();

function tokens(
  generation: number,
  accessInMs = 15 * 60_000,
  refreshInMs = 30 * 24 * 3600_000,
): SessionTokens {
  return {
    accessToken: `access-${generation}`,
    accessTokenExpiresAt: inMs(accessInMs),
    refreshToken: `refresh-${generation}`,
    refreshTokenExpiresAt: inMs(refreshInMs),
  };
}

const me: ExecutionResult = {
  data: {
    me: {
      __typename: 'User',
      id: 'u1',
      email: 'a@b.fr',
      role: 'STAFF',
      firstName: 'Camille',
      lastName: 'Roux',
    },
  },
};
const refreshed: ExecutionResult = { data: { refreshToken: { __typename: 'AuthPayload', ...tokens(2) } } };
const unauthenticated = graphqlError('Votre session a expiré. Reconnectez-vous.', 'UNAUTHENTICATED');

function setup(stored: SessionTokens | null, respond: Responder) {
  const store = memorySessionStore(stored);
  const { client, operations } = fakeClient(respond, {
    before: [crmAuthExchange(store, { now: () => NOW })],
  });
  const queryMe = () => client.query(CurrentUserDocument, {}).toPromise();
  return { store, client, operations, queryMe };
}

const summary = (operations: Operation[]) =>
  operations.map((o) => `${operationName(o)} ${authorizationOf(o) ?? '-'}`);

describe('crmAuthExchange', () => {
  it('sends the access token as a Bearer header', async () => {
    const { operations, queryMe } = setup(tokens(1), () => me);
    const result = await queryMe();
    expect(result.data?.me.firstName).toBe('Camille');
    expect(summary(operations)).toEqual(['CurrentUser Bearer access-1']);
  });

  it('sends no header when signed out', async () => {
    const { operations, queryMe } = setup(null, () => unauthenticated);
    const result = await queryMe();
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(summary(operations)).toEqual(['CurrentUser -']);
  });

  it('refreshes first when the access token is about to expire', async () => {
    const { store, operations, queryMe } = setup(tokens(1, 10_000), (op) =>
      operationName(op) === 'RefreshToken' ? refreshed : me,
    );
    await queryMe();
    expect(summary(operations)).toEqual(['RefreshToken -', 'CurrentUser Bearer access-2']);
    expect(operations[0]?.variables).toEqual({ input: { refreshToken: 'refresh-1' } });
    expect(store.get()).toEqual(tokens(2));
  });

  it('refreshes once for operations that start together', async () => {
    const { operations, client } = setup(tokens(1, 10_000), (op) =>
      operationName(op) === 'RefreshToken' ? refreshed : me,
    );
    await Promise.all([
      client.query(CurrentUserDocument, {}).toPromise(),
      client.query(CurrentUserDocument, {}, { requestPolicy: 'network-only' }).toPromise(),
    ]);
    expect(operations.filter((o) => operationName(o) === 'RefreshToken')).toHaveLength(1);
  });

  it('refreshes and retries once when the server answers UNAUTHENTICATED', async () => {
    let calls = 0;
    const { operations, queryMe } = setup(tokens(1), (op) => {
      if (operationName(op) === 'RefreshToken') return refreshed;
      calls += 1;
      return calls === 1 ? unauthenticated : me;
    });
    const result = await queryMe();
    expect(result.error).toBeUndefined();
    expect(result.data?.me.firstName).toBe('Camille');
    expect(summary(operations)).toEqual([
      'CurrentUser Bearer access-1',
      'RefreshToken -',
      'CurrentUser Bearer access-2',
    ]);
  });

  it('ends the session when the server refuses the refresh token', async () => {
    const { store, operations, queryMe } = setup(tokens(1), () => unauthenticated);
    const result = await queryMe();
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(store.get()).toBeNull();
    expect(store.lastSignOutReason()).toBe('expired');
    expect(operations.map(operationName)).toEqual(['CurrentUser', 'RefreshToken', 'CurrentUser']);
  });

  it('ends the session without asking the server when the refresh token has expired', async () => {
    const { store, operations, queryMe } = setup(tokens(1, -60_000, -1), () => unauthenticated);
    await queryMe();
    expect(store.lastSignOutReason()).toBe('expired');
    expect(operations.map(operationName)).toEqual(['CurrentUser']);
  });

  it('keeps the session when refreshing fails for lack of network', async () => {
    const { store, queryMe } = setup(tokens(1, 10_000), (op) => {
      if (operationName(op) === 'RefreshToken') throw new TypeError('Failed to fetch');
      return me;
    });
    await queryMe();
    expect(store.get()).toEqual(tokens(1, 10_000));
  });

  it('never refreshes for a failed login (a wrong password is not an expired session)', async () => {
    const { store, operations, client } = setup(tokens(1), () =>
      graphqlError('E-mail ou mot de passe incorrect.', 'UNAUTHENTICATED'),
    );
    const result = await client
      .mutation(LoginDocument, { input: { email: 'camille@serenaia.test', password: 'mauvais' } })
      .toPromise();
    expect(result.error?.graphQLErrors[0]?.message).toBe('E-mail ou mot de passe incorrect.');
    expect(summary(operations)).toEqual(['Login -']);
    expect(store.get()).toEqual(tokens(1));
  });

  describe('with several tabs (Web Locks)', () => {
    let otherTab: SessionStore | undefined;
    beforeEach(() => {
      // The lock is granted after another tab has rotated the pair and stored it.
      Object.defineProperty(navigator, 'locks', {
        configurable: true,
        value: {
          request: async (_name: string, task: () => Promise<void>) => {
            otherTab?.set(tokens(7));
            return task();
          },
        },
      });
    });
    afterEach(() => {
      Reflect.deleteProperty(navigator, 'locks');
      otherTab = undefined;
    });

    it('uses the tokens another tab just refreshed instead of reusing the old refresh token', async () => {
      const { store, operations, queryMe } = setup(tokens(1, 10_000), (op) =>
        operationName(op) === 'RefreshToken' ? refreshed : me,
      );
      otherTab = store; // same storage, as two tabs share localStorage
      await queryMe();
      expect(summary(operations)).toEqual(['CurrentUser Bearer access-7']);
      expect(store.get()).toEqual(tokens(7));
    });
  });
});
