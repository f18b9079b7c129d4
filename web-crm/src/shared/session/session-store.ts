/**
 * The CRM session: the token pair from `login` / `refreshToken`, kept in localStorage under
 * `serenaia.crm.session` so that a reload or a second tab stays signed in. Tokens are never logged.
 */

export interface SessionTokens {
  accessToken: string;
  /** ISO-8601 instant, as sent by the server. */
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

/** Why the session ended: the user signed out, or it could not be renewed. */
export type SignOutReason = 'signed-out' | 'expired';

/** Functions, not methods: they are passed around unbound (e.g. to `useSyncExternalStore`). */
export interface SessionStore {
  get: () => SessionTokens | null;
  set: (tokens: SessionTokens) => void;
  clear: (reason: SignOutReason) => void;
  /** Why the last session of this tab ended (null while signed in or before any session). */
  lastSignOutReason: () => SignOutReason | null;
  /** Called on every change, including changes made by another tab. Returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
}

export const SESSION_STORAGE_KEY = 'serenaia.crm.session';

/** Renew the access token this long before it expires (clock drift, request time). */
export const REFRESH_MARGIN_MS = 30_000;

export type SessionState = 'valid' | 'refresh' | 'expired';

/**
 * What to do with the stored tokens at `now` (epoch ms): use the access token, refresh it first
 * (it expires within `marginMs`, or its date is unreadable), or give up (the refresh token itself has
 * expired: only signing in again helps).
 */
export function sessionState(
  tokens: Pick<SessionTokens, 'accessTokenExpiresAt' | 'refreshTokenExpiresAt'>,
  now: number,
  marginMs: number = REFRESH_MARGIN_MS,
): SessionState {
  const refreshExpiresAt = Date.parse(tokens.refreshTokenExpiresAt);
  if (Number.isNaN(refreshExpiresAt) || refreshExpiresAt <= now) return 'expired';
  const accessExpiresAt = Date.parse(tokens.accessTokenExpiresAt);
  if (Number.isNaN(accessExpiresAt) || accessExpiresAt - now <= marginMs) return 'refresh';
  return 'valid';
}

function isSessionTokens(value: unknown): value is SessionTokens {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['accessToken', 'accessTokenExpiresAt', 'refreshToken', 'refreshTokenExpiresAt'].every(
    (key) => typeof record[key] === 'string' && record[key] !== '',
  );
}

/** Only the four token fields are kept (a payload may carry more, like `user` or `__typename`). */
export function toSessionTokens(payload: SessionTokens): SessionTokens {
  return {
    accessToken: payload.accessToken,
    accessTokenExpiresAt: payload.accessTokenExpiresAt,
    refreshToken: payload.refreshToken,
    refreshTokenExpiresAt: payload.refreshTokenExpiresAt,
  };
}

type StorageEventTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export function createSessionStore(
  storage: Storage,
  options: { key?: string; events?: StorageEventTarget } = {},
): SessionStore {
  const key = options.key ?? SESSION_STORAGE_KEY;
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cached: SessionTokens | null = null;
  let reason: SignOutReason | null = null;

  const notify = () => listeners.forEach((listener) => listener());

  const read = (): SessionTokens | null => {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      raw = null; // storage disabled (private mode, policy): behave as signed out
    }
    if (raw === cachedRaw) return cached;
    cachedRaw = raw;
    cached = null;
    if (raw !== null) {
      try {
        const parsed: unknown = JSON.parse(raw);
        if (isSessionTokens(parsed)) cached = toSessionTokens(parsed);
      } catch {
        // Corrupt value: treated as no session.
      }
    }
    return cached;
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key !== key && event.key !== null) return;
    if (event.newValue === null && event.oldValue !== null) reason = 'signed-out';
    notify();
  };

  return {
    get: read,
    set(tokens) {
      storage.setItem(key, JSON.stringify(toSessionTokens(tokens)));
      reason = null;
      notify();
    },
    clear(why) {
      const had = read() !== null;
      try {
        storage.removeItem(key);
      } catch {
        // Nothing stored then.
      }
      if (had) reason = why;
      notify();
    },
    lastSignOutReason: () => reason,
    subscribe(listener) {
      if (listeners.size === 0) options.events?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) options.events?.removeEventListener('storage', onStorage);
      };
    },
  };
}
