import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { AppProviders } from './AppProviders';
import { createRouter } from './router';

/** `router`: made by the caller (main.tsx waits for its first page's code); else made here. */
export function App({ router: given }: { router?: ReturnType<typeof createRouter> }) {
  const [router] = useState(() => given ?? createRouter());
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
