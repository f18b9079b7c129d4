import type { RouteObject } from 'react-router-dom';
import { FORGOT_PASSWORD_PATH, LOGIN_PATH, SET_PASSWORD_PATH } from '../../shared/session/return-path';
import { withStrings } from './lazy';

/** Signed out: sign in, forgotten password, set a password from the e-mailed link. */
export const publicRoutes: RouteObject[] = [
  // Lazy like every screen: its form fields (MUI's TextField brings Select, Menu, Popover and
  // Modal) are not in the entry chunk that a signed-in front desk loads first.
  {
    path: LOGIN_PATH,
    lazy: async () => ({ Component: (await import('../../features/auth/LoginPage')).LoginPage }),
  },
  {
    path: FORGOT_PASSWORD_PATH,
    lazy: async () => ({
      Component: (await withStrings(import('../../features/accounts'))).ForgotPasswordPage,
    }),
  },
  {
    path: SET_PASSWORD_PATH,
    lazy: async () => ({
      Component: (await withStrings(import('../../features/accounts'))).SetPasswordPage,
    }),
  },
];
