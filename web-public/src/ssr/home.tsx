/**
 * The home page rendered to HTML by the server at request time (built with `vite build --ssr` into
 * `web-public/dist-server/home.js`, imported by `server/src/http/home-page.ts`). Same components and
 * providers as the browser (`src/home-main.tsx`, no router), which hydrates the markup. Emotion writes each style element next to
 * what it styles; in the browser, Emotion's cache moves them into <head> before hydration.
 */
import { renderToString } from 'react-dom/server';
import { AppProviders } from '../app/AppProviders';
import { i18n } from '../app/i18n';
import { HOME_DATA_ID, HOME_QUERY, InstituteHome, type HomeData } from '../features/home';

export { HOME_DATA_ID, HOME_QUERY };

export interface RenderedHome {
  /** The markup for `<div id="root">`. */
  html: string;
  /** The document's title, for <head>: React renders it first in the markup, where it is taken out. */
  title: string;
}

export function renderHome(data: HomeData): RenderedHome {
  const { name, city } = data.settings.institute;
  const html = renderToString(
    <AppProviders>
      <InstituteHome data={data} />
    </AppProviders>,
  );
  return { html: html.replace(/^<title>[^<]*<\/title>/, ''), title: i18n.t('meta.title', { name, city }) };
}
