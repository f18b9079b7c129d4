import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppProviders } from './app/AppProviders';
import { HomePage, InstituteHome, readEmbeddedHomeData } from './features/home';

/**
 * The entry of `home.html`, the shell the server renders the home page into (`GET /`). It hydrates
 * that markup and nothing else: no router, no GraphQL client, no booking code (links to the other
 * pages are plain links: they load `index.html`, whose entry has the router and shares this one's
 * cached chunks). In a transition: React hydrates in slices of a few milliseconds and yields to the
 * browser between them (a tap, a scroll) instead of one long task on a slow phone.
 */
const container = document.getElementById('root');
if (container === null) throw new Error('home.html has no #root element');
const data = readEmbeddedHomeData();
if (data !== null && container.firstElementChild !== null) {
  const app = (
    <StrictMode>
      <AppProviders>
        <InstituteHome data={data} />
      </AppProviders>
    </StrictMode>
  );
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  // Not rendered by the server (it always is when it sends this file): the page loads its data.
  container.replaceChildren();
  const root = createRoot(container);
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppProviders>
          <HomePage />
        </AppProviders>
      </StrictMode>,
    ),
  );
}
