export { crmAuthExchange, isUnauthenticated } from './auth-exchange';
export { RequireAuth, type LoginLocationState } from './RequireAuth';
export {
  AGENDA_PATH,
  DEFAULT_PATH,
  FORGOT_PASSWORD_PATH,
  SET_PASSWORD_PATH,
  LOGIN_PATH,
  loginPathFor,
  RETURN_PARAM,
  safeReturnPath,
} from './return-path';
export { SessionProvider, useSession, useSessionStore } from './SessionProvider';
export {
  createSessionStore,
  SESSION_STORAGE_KEY,
  sessionState,
  toSessionTokens,
  type SessionState,
  type SessionStore,
  type SessionTokens,
  type SignOutReason,
} from './session-store';
export { useCurrentUser, type CurrentUser, type CurrentUserState } from './useCurrentUser';
export { useSignOut } from './useSignOut';
