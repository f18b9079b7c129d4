import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { LogoutDocument } from './documents';
import { useSessionStore } from './SessionProvider';

/**
 * Signs out: asks the server to revoke this device's session, then forgets the tokens whatever the
 * answer (an unreachable server must not keep anyone signed in on this device).
 */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const store = useSessionStore();
  const [, logout] = useMutation(LogoutDocument);
  const [signingOut, setSigningOut] = useState(false);
  const signOut = useCallback(async () => {
    const tokens = store.get();
    setSigningOut(true);
    try {
      if (tokens !== null) await logout({ input: { refreshToken: tokens.refreshToken } });
    } finally {
      setSigningOut(false);
      store.clear('signed-out');
    }
  }, [logout, store]);
  return { signOut, signingOut };
}
