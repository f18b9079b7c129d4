import { startTransition, StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { formatPrice } from '@serenaia/shared/format';
import { dateKeyOf, formatTime } from '@serenaia/shared/paris-time';
import { App } from './App';
import { createRouter } from './router';

/**
 * Makes the Intl objects the first render uses (Paris's UTC offsets, French times and prices; the
 * shared formatters keep them). A page's first Intl object loads the locale data, ~40 ms on
 * Lighthouse's phone CPU: called in a task of its own before `start`, that cost no longer lengthens
 * one of the render's tasks past the 50 ms that count as blocking (bench/public-site).
 */
export function prepareIntl(now: number): void {
  dateKeyOf(now);
  formatTime(now);
  formatPrice(100);
}

/**
 * Renders the site into `root` once the router has its first page's code. React's first commit
 * replaces what #root holds: for `/reserver`, the page's first look rendered by the server
 * (`src/ssr/booking.tsx`). So that this commit is the page itself, not the loading bar in its place,
 * the first render waits for the page's code (the router's lazy routes). In a transition: React
 * renders in slices of a few milliseconds and yields to the browser between them.
 */
export function start(root: Root): void {
  const router = createRouter();
  const render = () =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <App router={router} />
        </StrictMode>,
      ),
    );
  if (router.state.initialized) {
    render();
    return;
  }
  const stop = router.subscribe((state) => {
    if (!state.initialized) return;
    stop();
    render();
  });
}
