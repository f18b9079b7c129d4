import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { fillShell } from './page-shell.js';

/** What `web-public/dist-server/booking.js` (built from `web-public/src/ssr/booking.tsx`) exports. */
interface BookingShellRenderer {
  renderBookingShell(url: string): { html: string; title: string };
}

/** Renderings kept, by address (the first step's look depends on the query only), and how long. */
const MAX_KEPT = 100;
const KEEP_MS = 10 * 60_000;

/**
 * `GET /reserver`: the booking page's first look (header, title, steps, the first step's hint,
 * the catalogue's skeleton) in the HTML, so a phone paints it before the page's JavaScript has
 * arrived; the browser then renders the page over it and loads its data (not hydrated: see
 * `web-public/src/ssr/booking.tsx`). No data, so no GraphQL request here: ~50 ms of rendering, kept
 * per address. On any failure the plain `index.html` goes out, as for any other page.
 */
export function registerBookingShell(
  fastify: FastifyInstance,
  files: { indexHtml: string; renderer: string },
  now: () => number = Date.now,
): boolean {
  if (!existsSync(files.renderer)) return false;
  let renderer: Promise<BookingShellRenderer> | null = null;
  const kept = new Map<string, { html: string; at: number }>();

  const render = async (url: string): Promise<string> => {
    renderer ??= import(pathToFileURL(files.renderer).href) as Promise<BookingShellRenderer>;
    const [module, shell] = await Promise.all([renderer, readFile(files.indexHtml, 'utf8')]);
    return fillShell(shell, files.indexHtml, module.renderBookingShell(url));
  };

  // Registered before the SPA fallback (`/*`); Fastify prefers the static path anyway.
  fastify.get('/reserver', async (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url;
    let html = kept.get(url);
    if (html === undefined || now() - html.at >= KEEP_MS) {
      try {
        html = { html: await render(url), at: now() };
        kept.delete(url);
        if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
        kept.set(url, html);
      } catch (error) {
        request.log.warn({ err: error }, 'booking page not rendered: the shell is sent');
        html = { html: await readFile(files.indexHtml, 'utf8'), at: 0 };
      }
    }
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(html.html);
  });
  return true;
}
