/**
 * The home page rendered to HTML by the server at request time (built with `vite build --ssr` into
 * `web-public/dist-server/home.js`, imported by `server/src/http/home-page.ts`). The page is sent
 * without JavaScript (see home-page.ts): everything it does is plain HTML, so the markup and its
 * styles are all there is. Emotion writes each rule's `<style>` element next to what it styles; they
 * are gathered here into one `<style>` for `<head>`, so the browser matches styles once, before the
 * body, rather than at every element that brought a rule.
 */
import { renderToString } from 'react-dom/server';
import { AppProviders } from '../app/AppProviders';
import { i18n } from '../app/i18n';
import { HOME_QUERY, InstituteHome, type HomeData } from '../features/home';
import { hoistStyles } from './hoist-styles';

export { HOME_QUERY };

export interface RenderedHome {
  /** The markup for `<div id="root">`, without its style elements. */
  html: string;
  /** The document's title, for <head>: React renders it first in the markup, where it is taken out. */
  title: string;
  /** One `<style>` with every rule the markup uses, for <head>. */
  head: string;
}

export function renderHome(data: HomeData): RenderedHome {
  const { name, city } = data.settings.institute;
  const markup = renderToString(
    <AppProviders>
      <InstituteHome data={data} />
    </AppProviders>,
  );
  const { html, css } = hoistStyles(markup.replace(/^<title>[^<]*<\/title>/, ''));
  return { html, title: i18n.t('meta.title', { name, city }), head: `<style>${css}</style>` };
}
