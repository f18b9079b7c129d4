import { MemoryStorage } from '../../testing/storage';
import {
  createSessionStore,
  REFRESH_MARGIN_MS,
  SESSION_STORAGE_KEY,
  sessionState,
  type SessionTokens,
} from './session-store';

const NOW = Date.parse('2026-11-25T10:00:00Z');
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

function tokens(accessInMs: number, refreshInMs = 30 * 24 * 3600_000): SessionTokens {
  return {
    accessToken: 'access',
    accessTokenExpiresAt: at(accessInMs),
    refreshToken: 'refresh',
    refreshTokenExpiresAt: at(refreshInMs),
  };
}

describe('sessionState (should we refresh?)', () => {
  it.each([
    ['access token valid for 15 minutes', tokens(15 * 60_000), 'valid'],
    ['just outside the margin', tokens(REFRESH_MARGIN_MS + 1), 'valid'],
    ['inside the margin', tokens(REFRESH_MARGIN_MS), 'refresh'],
    ['access token already expired', tokens(-60_000), 'refresh'],
    ['refresh token expired', tokens(-60_000, -1), 'expired'],
    ['refresh token expiring this very millisecond', tokens(10 * 60_000, 0), 'expired'],
  ] as const)('%s → %s', (_label, value, expected) => {
    expect(sessionState(value, NOW)).toBe(expected);
  });

  it('refreshes when the expiry date cannot be read', () => {
    expect(sessionState({ ...tokens(15 * 60_000), accessTokenExpiresAt: 'bientôt' }, NOW)).toBe('refresh');
  });

  it('takes a custom margin', () => {
    expect(sessionState(tokens(90_000), NOW, 120_000)).toBe('refresh');
    expect(sessionState(tokens(90_000), NOW, 60_000)).toBe('valid');
  });
});

describe('createSessionStore', () => {
  it('keeps the four token fields in localStorage under serenaia.crm.session', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore(storage);
    const payload = { ...tokens(900_000), user: { id: 'u1' }, __typename: 'AuthPayload' };
    store.set(payload);

    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? 'null')).toEqual(tokens(900_000));
    expect(createSessionStore(storage).get()).toEqual(tokens(900_000));
  });

  it('returns the same object until the stored value changes (useSyncExternalStore needs it)', () => {
    const store = createSessionStore(new MemoryStorage());
    store.set(tokens(900_000));
    expect(store.get()).toBe(store.get());
  });

  it('treats a corrupt or partial value as signed out', () => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(createSessionStore(storage).get()).toBeNull();
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'a' }));
    expect(createSessionStore(storage).get()).toBeNull();
  });

  it('notifies subscribers and remembers why the session ended', () => {
    const store = createSessionStore(new MemoryStorage());
    const seen: (string | null)[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get()?.accessToken ?? null));

    store.set(tokens(900_000));
    expect(store.lastSignOutReason()).toBeNull();
    store.clear('expired');
    expect(store.get()).toBeNull();
    expect(store.lastSignOutReason()).toBe('expired');
    unsubscribe();
    store.set(tokens(900_000));

    expect(seen).toEqual(['access', null]);
    expect(store.lastSignOutReason()).toBeNull();
  });

  it('follows a sign-out made in another tab (storage event)', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const store = createSessionStore(storage, { events: events as unknown as Window });
    store.set(tokens(900_000));
    let notified = 0;
    store.subscribe(() => (notified += 1));

    const oldValue = storage.getItem(SESSION_STORAGE_KEY);
    storage.removeItem(SESSION_STORAGE_KEY);
    const event = Object.assign(new Event('storage'), { key: SESSION_STORAGE_KEY, oldValue, newValue: null });
    events.dispatchEvent(event);

    expect(notified).toBe(1);
    expect(store.get()).toBeNull();
    expect(store.lastSignOutReason()).toBe('signed-out');
  });
});
