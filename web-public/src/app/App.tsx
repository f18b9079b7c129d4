import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { Provider as UrqlProvider } from 'urql';
import { i18n } from './i18n';
import { createRouter } from './router';
import { theme } from './theme';
import { createUrqlClient } from './urql';

export function App() {
  const [{ client, ws }] = useState(() => createUrqlClient());
  const [router] = useState(createRouter);
  useEffect(() => () => void ws.dispose(), [ws]);
  return (
    <I18nextProvider i18n={i18n}>
      <UrqlProvider value={client}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          <RouterProvider router={router} />
        </ThemeProvider>
      </UrqlProvider>
    </I18nextProvider>
  );
}
