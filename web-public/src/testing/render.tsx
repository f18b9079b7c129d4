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

/** Renders `ui` inside the app's providers (i18n, urql, theme, router at `route`). */
export function renderWithProviders(
  ui: ReactElement,
  options: { client: Client; route?: string },
): RenderResult {
  return render(
    <I18nextProvider i18n={i18n}>
      <UrqlProvider value={options.client}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
        </ThemeProvider>
      </UrqlProvider>
    </I18nextProvider>,
  );
}
