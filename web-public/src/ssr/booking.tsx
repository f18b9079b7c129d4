/**
 * The booking page (`/reserver`) as it first shows, rendered to HTML by the server at request time
 * (built with `vite build --ssr` into `web-public/dist-server/booking.js`, used by
 * `server/src/http/booking-shell.ts`): header, title, steps, the first step's hint and the
 * catalogue's skeleton, before any data. A phone paints it from the HTML; the browser then renders
 * the same page over it (`src/main.tsx` waits for the page's code so that React's first commit is the
 * page, not the loading bar) and loads the data. Not hydrated: what the page shows next depends on
 * the address and the data, which the browser alone reads.
 */
import { Client } from '@urql/core';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { Provider as UrqlProvider } from 'urql';
import { AppProviders } from '../app/AppProviders';
import { BookingPage } from '../features/booking';
import { SiteNavProvider } from '../shared/site/site-nav';
import { BOOKING_PATH } from '../shared/site/paths';

/** A client that never answers: every query stays loading, as in the browser before the answers. */
const unanswered = new Client({ url: '/graphql', exchanges: [] });

export interface RenderedShell {
  html: string;
  title: string;
}

/** `url`: the path and query the browser asked for (`/reserver?prestations=…`). */
export function renderBookingShell(url: string): RenderedShell {
  const html = renderToString(
    <AppProviders>
      <StaticRouter location={url}>
        <SiteNavProvider value={{ pathname: BOOKING_PATH, hash: '', navigate: null }}>
          <UrqlProvider value={unanswered}>
            <BookingPage />
          </UrqlProvider>
        </SiteNavProvider>
      </StaticRouter>
    </AppProviders>,
  );
  // React renders the page's <title> first in the markup: it belongs in <head>.
  const title = /^<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  return { html: html.replace(/^<title>[^<]*<\/title>/, ''), title };
}
