import { authExchange } from '@urql/exchange-auth';
import { getOperationName, type CombinedError, type Exchange, type Operation } from '@urql/core';
import { RefreshTokenDocument } from './documents';
import { sessionState, toSessionTokens, type SessionStore } from './session-store';

/** Operations that authenticate by themselves: no Bearer header, and their UNAUTHENTICATED is final. */
const SELF_AUTHENTICATING = new Set(['Login', 'RefreshToken']);

const REFRESH_LOCK = 'serenaia.crm.refresh';

export function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED');
}

function selfAuthenticating(operation: Operation): boolean {
  return SELF_AUTHENTICATING.has(getOperationName(operation.query) ?? '');
}

/**
 * Runs `task` while holding a lock shared by every tab of this origin. Refresh tokens are single-use and
 * the server revokes the whole session when one is reused, so two tabs must never refresh at once.
 */
async function withRefreshLock(task: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks === undefined) return task();
  await locks.request(REFRESH_LOCK, task);
}

export interface CrmAuthOptions {
  now?: () => number;
}

/**
 * urql exchange that sends `Authorization: Bearer <access token>`, refreshes the token pair before
 * the access token expires or when the server answers UNAUTHENTICATED, and ends the session
 * (`store.clear('expired')`) when the refresh token is refused or has expired.
 */
export function crmAuthExchange(store: SessionStore, options: CrmAuthOptions = {}): Exchange {
  const now = options.now ?? Date.now;
  return authExchange((utils) =>
    Promise.resolve({
      addAuthToOperation(operation) {
        const tokens = store.get();
        if (tokens === null || selfAuthenticating(operation)) return operation;
        return utils.appendHeaders(operation, { Authorization: `Bearer ${tokens.accessToken}` });
      },

      willAuthError(operation) {
        const tokens = store.get();
        return tokens !== null && !selfAuthenticating(operation) && sessionState(tokens, now()) !== 'valid';
      },

      didAuthError(error, operation) {
        return store.get() !== null && !selfAuthenticating(operation) && isUnauthenticated(error);
      },

      async refreshAuth() {
        const seen = store.get();
        if (seen === null) return;
        await withRefreshLock(async () => {
          const current = store.get();
          // Signed out meanwhile, or another tab already rotated the pair: use what is stored.
          if (current === null || current.refreshToken !== seen.refreshToken) return;
          if (sessionState(current, now()) === 'expired') {
            store.clear('expired');
            return;
          }
          const result = await utils.mutate(RefreshTokenDocument, {
            input: { refreshToken: current.refreshToken },
          });
          const payload = result.data?.refreshToken;
          if (payload) {
            store.set(toSessionTokens(payload));
          } else if (result.error !== undefined && isUnauthenticated(result.error)) {
            // The server refused the refresh token (expired, revoked, reused): the session is over.
            store.clear('expired');
          }
          // A network error or a throttled request keeps the session: this operation fails, the next
          // one tries again.
        });
      },
    }),
  );
}
