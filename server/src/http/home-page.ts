import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { fillShell } from './page-shell.js';

/** What `web-public/dist-server/home.js` (built from `web-public/src/ssr/home.tsx`) exports. */
interface HomeRenderer {
  HOME_QUERY: string;
  /** `head`: the page's styles, gathered into one `<style>` for `<head>`. */
  renderHome(data: unknown): { html: string; title: string; head: string };
}

/**
 * How long a rendered page is reused as it is. Older, up to {@link HOME_STALE_MS}, it is still sent
 * at once and rendered again in the background for the next visitor; older than that, the visitor
 * waits for a new rendering. A settings or catalogue change shows within 30 s to anyone after the
 * first visitor following it, and never later than 10 minutes.
 */
export const HOME_CACHE_MS = 30_000;
export const HOME_STALE_MS = 10 * 60_000;

/** How the page's query reaches the app's GraphQL endpoint: in-process (`inject`) unless told. */
export type GraphqlPost = (payload: string) => Promise<{ statusCode: number; body: string }>;

/**
 * `GET /`: the public home page with its content in the HTML, so a phone shows the institute's name,
 * services and prices before any JavaScript has run (and search engines read them). At request
 * time, not at build time, because the content is the institute's settings and catalogue, which
 * change without a rebuild. The data comes from the app's own GraphQL endpoint (`inject`: same
 * rules and same answer as the browser's request, no second data path) with the query the page
 * itself uses; the markup and its styles from the SPA's server build. The result is kept (see
 * {@link HOME_CACHE_MS}); if anything fails the SPA's plain `index.html` is sent and the page loads
 * its data itself. The rendered page uses `home.html`, the SPA's second page, which loads **no
 * JavaScript**: the home page is text, prices and links (to `/reserver`, `tel:`, `mailto:`, its own
 * anchors), all of which work in plain HTML, so hydrating it would only cost a phone the download and
 * the main-thread time of React and MUI before its first paint settles. Links into the app load
 * `index.html`, whose entry has the router.
 */
export function registerHomePage(
  fastify: FastifyInstance,
  files: { indexHtml: string; homeHtml: string; renderer: string },
  now: () => number = Date.now,
  post: GraphqlPost = async (payload) => {
    const answer = await fastify.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    return { statusCode: answer.statusCode, body: answer.body };
  },
): boolean {
  if (!existsSync(files.renderer)) return false;
  let renderer: Promise<HomeRenderer> | null = null;
  let cached: { html: string; at: number } | null = null;
  let pending: Promise<string> | null = null;

  const render = async (): Promise<string> => {
    renderer ??= import(pathToFileURL(files.renderer).href) as Promise<HomeRenderer>;
    // `home.html` (its entry only hydrates the home page); a build without it: `index.html`.
    const shellFile = existsSync(files.homeHtml) ? files.homeHtml : files.indexHtml;
    const [module, shell] = await Promise.all([renderer, readFile(shellFile, 'utf8')]);
    const answer = await post(JSON.stringify({ operationName: 'HomePage', query: module.HOME_QUERY }));
    const body = JSON.parse(answer.body) as { data?: unknown; errors?: unknown[] };
    if (answer.statusCode !== 200 || !body.data || (body.errors?.length ?? 0) > 0) {
      throw new Error(`HomePage query answered ${answer.statusCode}`);
    }
    return fillShell(shell, shellFile, module.renderHome(body.data));
  };

  // One rendering at a time: requests arriving meanwhile wait for it (or get the stale page).
  const refresh = (): Promise<string> =>
    (pending ??= render()
      .then((html) => {
        cached = { html, at: now() };
        return html;
      })
      .finally(() => (pending = null)));

  fastify.get('/', async (request: FastifyRequest, reply: FastifyReply) => {
    let html: string;
    const age = cached === null ? Infinity : now() - cached.at;
    if (cached !== null && age < HOME_STALE_MS) {
      // Fresh, or a little stale: sent at once; a stale page is rendered again for the next visitor
      // (so a visitor never waits for the rendering unless the page is older than HOME_STALE_MS).
      html = cached.html;
      if (age >= HOME_CACHE_MS) {
        refresh().catch((error: unknown) => request.log.warn({ err: error }, 'home page not rendered again'));
      }
    } else {
      try {
        html = await refresh();
      } catch (error) {
        request.log.warn({ err: error }, 'home page not rendered: the shell is sent');
        html = await readFile(files.indexHtml, 'utf8');
      }
    }
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(html);
  });
  return true;
}
