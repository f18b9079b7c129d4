import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { Provider as UrqlProvider } from 'urql';
// Module paths, not the feature's index (see urql.ts).
import { SessionProvider } from '../shared/session/SessionProvider';
import { createSessionStore, type SessionStore } from '../shared/session/session-store';
import { RealtimeProvider } from '../shared/realtime';
import { i18n } from './i18n';
import { createRouter } from './router';
import { theme } from './theme';
import { createUrqlClient, type UrqlSetup } from './urql';

/**
 * One urql client per session: when the session ends, a fresh client (empty cache, new socket) is
 * made, so nothing loaded for one user is ever shown to the next one on this device.
 */
function SessionUrqlProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const signedIn = useSyncExternalStore(store.subscribe, () => store.get() !== null);
  const [current, setCurrent] = useState<{ signedIn: boolean; setup: UrqlSetup }>(() => ({
    signedIn,
    setup: createUrqlClient(store),
  }));
  if (current.signedIn !== signedIn) {
    setCurrent({ signedIn, setup: signedIn ? current.setup : createUrqlClient(store) });
  }
  const { ws } = current.setup;
  useEffect(() => () => void ws.dispose(), [ws]);
  return (
    <UrqlProvider value={current.setup.client}>
      <RealtimeProvider ws={ws}>{children}</RealtimeProvider>
    </UrqlProvider>
  );
}

export function App() {
  const [store] = useState(() => createSessionStore(window.localStorage, { events: window }));
  const [router] = useState(createRouter);
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider store={store}>
        <SessionUrqlProvider store={store}>
          <ThemeProvider theme={theme}>
            <CssBaseline />
            <RouterProvider router={router} />
          </ThemeProvider>
        </SessionUrqlProvider>
      </SessionProvider>
    </I18nextProvider>
  );
}
