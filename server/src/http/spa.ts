import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { registerBookingShell } from './booking-shell.js';
import { registerHomePage } from './home-page.js';

const API_PREFIXES = ['/graphql', '/health', '/webhooks', '/files'];

/**
 * Serves the two built SPAs: web-public at `/`, web-crm at `/crm/`. Known files are served as they
 * are, or their brotli/gzip twin made at build time (hashed assets cached a year, the rest
 * revalidated); any other GET that is not an API path
 * and has no file extension gets the app's index.html (client-side routes). `/` is the public home
 * page rendered with its content (`home-page.ts`) and `/reserver` the booking page's first look
 * (`booking-shell.ts`) when the SPA's server build is there.
 */
export async function serveSpas(
  fastify: FastifyInstance,
  dirs: { public: string; crm: string; publicRenderer: string; publicBookingRenderer: string },
): Promise<{ public: boolean; crm: boolean; home: boolean }> {
  const available = {
    public: existsSync(path.join(dirs.public, 'index.html')),
    crm: existsSync(path.join(dirs.crm, 'index.html')),
  };
  const setHeaders = (res: { setHeader(name: string, value: string): unknown }, file: string) => {
    res.setHeader(
      'Cache-Control',
      file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  };
  // The first registration adds `reply.sendFile`, which the fallbacks below use with their own root.
  let decorateReply = true;
  for (const [prefix, root, present] of [
    ['/', dirs.public, available.public],
    ['/crm/', dirs.crm, available.crm],
  ] as const) {
    if (!present) continue;
    await fastify.register(fastifyStatic, {
      root,
      prefix,
      wildcard: false,
      index: false,
      cacheControl: false, // setHeaders decides
      // `scripts/precompress.mjs` writes `.br` and `.gz` beside each text file at build time; the
      // one the request accepts is sent with its Content-Encoding (brotli first), else the file;
      // `Vary: Accept-Encoding` is added by the compression hook (compression.ts).
      preCompressed: true,
      setHeaders,
      decorateReply,
    });
    decorateReply = false;
  }
  const fallback = (dir: string) => async (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url.split('?')[0];
    if (API_PREFIXES.some((p) => url.startsWith(p)) || path.extname(url) !== '') {
      return reply.code(404).send({ statusCode: 404, message: 'Introuvable' });
    }
    return reply
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .sendFile('index.html', dir);
  };
  if (available.crm) {
    fastify.get('/crm', async (_request, reply) => reply.redirect('/crm/', 301));
    fastify.get('/crm/*', fallback(dirs.crm));
  }
  let home = false;
  if (available.public) {
    home = registerHomePage(fastify, {
      indexHtml: path.join(dirs.public, 'index.html'),
      homeHtml: path.join(dirs.public, 'home.html'),
      renderer: dirs.publicRenderer,
    });
    registerBookingShell(fastify, {
      indexHtml: path.join(dirs.public, 'index.html'),
      renderer: dirs.publicBookingRenderer,
    });
    fastify.get('/*', fallback(dirs.public));
  }
  return { ...available, home };
}
