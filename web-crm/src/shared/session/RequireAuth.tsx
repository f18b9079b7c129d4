import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { loginPathFor } from './return-path';
import { useSession, useSessionStore } from './SessionProvider';

export interface LoginLocationState {
  /** The session ended because it could not be renewed (not because the user signed out). */
  expired?: boolean;
  /** A password was just set with an e-mailed link. */
  passwordSet?: boolean;
}

/** Renders the child routes for a signed-in user; sends anyone else to the login page and back. */
export function RequireAuth() {
  const session = useSession();
  const store = useSessionStore();
  const location = useLocation();
  if (session !== null) return <Outlet />;
  const reason = store.lastSignOutReason();
  // After an explicit sign-out the next person starts from the home page.
  const here = reason === 'signed-out' ? null : `${location.pathname}${location.search}${location.hash}`;
  const state: LoginLocationState = { expired: reason === 'expired' };
  return <Navigate to={loginPathFor(here)} replace state={state} />;
}
