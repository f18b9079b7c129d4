import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { render, type RenderResult } from '@testing-library/react';
import type { Client } from '@urql/core';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { Provider as UrqlProvider } from 'urql';
import { i18n } from '../app/i18n';
import { theme } from '../app/theme';
import {
  createSessionStore,
  SessionProvider,
  type SessionStore,
  type SessionTokens,
} from '../shared/session';
import { MemoryStorage } from './storage';

/** Tokens valid for the next quarter of an hour. */
export function validTokens(now = Date.now()): SessionTokens {
  return {
    accessToken: 'access-1',
    accessTokenExpiresAt: new Date(now + 15 * 60_000).toISOString(),
    refreshToken: 'refresh-1',
    refreshTokenExpiresAt: new Date(now + 30 * 24 * 3600_000).toISOString(),
  };
}

export function memorySessionStore(tokens: SessionTokens | null = null): SessionStore {
  const store = createSessionStore(new MemoryStorage());
  if (tokens !== null) store.set(tokens);
  return store;
}

/**
 * Renders `ui` inside the app's providers (i18n, session, urql, theme, router at `route`). `ui` is
 * rendered as is: pass `<Routes>` for tests that navigate.
 */
export function renderWithProviders(
  ui: ReactElement,
  options: { client: Client; store?: SessionStore; route?: string },
): RenderResult & { store: SessionStore } {
  const store = options.store ?? memorySessionStore();
  const result = render(
    <I18nextProvider i18n={i18n}>
      <SessionProvider store={store}>
        <UrqlProvider value={options.client}>
          <ThemeProvider theme={theme}>
            <CssBaseline />
            <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
          </ThemeProvider>
        </UrqlProvider>
      </SessionProvider>
    </I18nextProvider>,
  );
  return { ...result, store };
}
