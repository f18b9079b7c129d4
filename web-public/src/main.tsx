import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { readEmbeddedHomeData } from './features/home';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The server rendered the home page into the HTML (with its data beside it): take it over as it is.
// Anything else (another page, a server without the rendering) starts from an empty #root. Both in a
// transition: React then works in slices of a few milliseconds and yields to the browser between
// them (a tap, a scroll), instead of one long task on a slow phone.
if (
  window.location.pathname === '/' &&
  container.firstElementChild !== null &&
  readEmbeddedHomeData() !== null
) {
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  container.replaceChildren();
  const root = createRoot(container);
  startTransition(() => root.render(app));
}
