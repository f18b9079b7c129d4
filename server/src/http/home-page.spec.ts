import Fastify, { type FastifyInstance } from 'fastify';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HOME_CACHE_MS, HOME_STALE_MS, registerHomePage } from './home-page.js';

// A real Fastify instance with a `/graphql` route answering the institute's name, a renderer module
// written to disk (as `vite build --ssr` writes web-public/dist-server/home.js) and the two shells.
// The clock is a variable: the cache's ages are set, not waited for.
describe('registerHomePage', () => {
  let dir: string;
  let app: FastifyInstance;
  let clock: number;
  let name: string;
  let graphqlCalls: number;
  let graphqlFails: boolean;
  let url: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'home-page-'));
    await writeFile(
      path.join(dir, 'home.mjs'),
      `export const HOME_QUERY = 'query HomePage { name }';
export function renderHome(data) {
  return { html: '<h1>' + data.name + '</h1>', title: data.name, head: '<style>h1{color:$&}</style>' };
}`,
    );
    await writeFile(
      path.join(dir, 'home.html'),
      '<html><head><title>x</title></head><body><noscript>JS</noscript><div id="root"></div></body></html>',
    );
    await writeFile(
      path.join(dir, 'index.html'),
      '<html><body><div id="root"></div>index shell</body></html>',
    );
    clock = 1_000_000;
    name = 'Sérénaia';
    graphqlCalls = 0;
    graphqlFails = false;
    app = Fastify();
    app.post('/graphql', async (_request, reply) => {
      graphqlCalls += 1;
      if (graphqlFails) return reply.code(500).send({ errors: [{ message: 'down' }] });
      return { data: { name } };
    });
    registerHomePage(
      app,
      {
        indexHtml: path.join(dir, 'index.html'),
        homeHtml: path.join(dir, 'home.html'),
        renderer: path.join(dir, 'home.mjs'),
      },
      () => clock,
      // Over HTTP to the same server: Fastify's `inject` cannot be loaded by Jest's ESM runtime.
      async (payload) => {
        const answer = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: payload,
        });
        return { statusCode: answer.status, body: await answer.text() };
      },
    );
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  const home = async () => (await fetch(`${url}/`)).text();
  /** Until `done` (a background rendering has run); fails after 200 tries. */
  const until = async (done: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await done()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await done()).toBe(true);
  };

  it('renders into home.html: the markup in #root, its styles and the title in <head>, no script', async () => {
    expect(await home()).toBe(
      '<html><head><title>Sérénaia</title><style>h1{color:$&}</style></head><body><div id="root"><h1>Sérénaia</h1></div></body></html>',
    );
  });

  it('reuses a fresh rendering, sends a stale one at once and renders again for the next visitor', async () => {
    await home();
    name = 'Nouveau nom';
    clock += HOME_CACHE_MS - 1;
    expect(await home()).toContain('<h1>Sérénaia</h1>');
    expect(graphqlCalls).toBe(1);

    clock += 2; // stale: still sent, renewed behind it
    expect(await home()).toContain('<h1>Sérénaia</h1>');
    await until(async () => (await home()).includes('<h1>Nouveau nom</h1>'));
    expect(graphqlCalls).toBe(2);
  });

  it('makes the visitor wait for a new rendering when the last one is older than HOME_STALE_MS', async () => {
    await home();
    name = 'Nouveau nom';
    clock += HOME_STALE_MS;
    expect(await home()).toContain('<h1>Nouveau nom</h1>');
  });

  it('sends index.html when the page cannot be rendered, and keeps a stale page when renewing fails', async () => {
    graphqlFails = true;
    expect(await home()).toContain('index shell');

    graphqlFails = false;
    await home();
    graphqlFails = true;
    clock += HOME_CACHE_MS;
    expect(await home()).toContain('<h1>Sérénaia</h1>');
    await until(() => graphqlCalls === 3);
    expect(await home()).toContain('<h1>Sérénaia</h1>');
  });
});
