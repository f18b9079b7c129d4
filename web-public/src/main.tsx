import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createRouter } from './app/router';

// Every page but the server-rendered home page (`home.html`, which runs no script), and the home
// page too when the server could not render it or when reached from another page.
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root = createRoot(container);
const router = createRouter();
// React's first commit replaces what #root holds: for `/reserver`, the page's first look rendered by
// the server (`src/ssr/booking.tsx`). So that this commit is the page itself, not the loading bar
// in its place, the first render waits for the page's code (the router's lazy routes). In a
// transition: React renders in slices of a few milliseconds and yields to the browser between them.
const start = () =>
  startTransition(() =>
    root.render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    ),
  );
if (router.state.initialized) {
  start();
} else {
  const stop = router.subscribe((state) => {
    if (!state.initialized) return;
    stop();
    start();
  });
}
