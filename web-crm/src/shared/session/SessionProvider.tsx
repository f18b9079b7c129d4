import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionStore, SessionTokens } from './session-store';

const SessionContext = createContext<SessionStore | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (store === null) throw new Error('useSessionStore() needs a <SessionProvider>');
  return store;
}

/** The current tokens (null when signed out); re-renders on sign-in, refresh and sign-out, in any tab. */
export function useSession(): SessionTokens | null {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.get);
}
