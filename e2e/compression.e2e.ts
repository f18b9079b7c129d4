/**
 * Compression as the browser receives it: the SPAs' built assets go out as the brotli or gzip twin
 * written at build time (`scripts/precompress.mjs`), decoding to exactly the file on disk, and the
 * server compresses GraphQL answers. Raw HTTP (node:http) is used on purpose: `fetch` would ask for
 * every encoding and decode silently, hiding what was on the wire.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { REPO_ROOT, startServer, type TestServer } from './harness';

jest.setTimeout(120_000);

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(
  url: string,
  headers: Record<string, string>,
  options: { method?: string; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function decode(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(response.body);
  if (encoding === 'gzip') return zlib.gunzipSync(response.body);
  return response.body;
}

/** The entry script the built index.html loads (`/assets/index-<hash>.js` or `/crm/assets/...`). */
async function entryScript(app: 'web-public' | 'web-crm'): Promise<{ url: string; file: string }> {
  const html = await readFile(path.join(REPO_ROOT, app, 'dist', 'index.html'), 'utf8');
  const src = /<script type="module"[^>]*src="([^"]+\.js)"/.exec(html)?.[1];
  if (src === undefined) throw new Error(`no module script in ${app}/dist/index.html`);
  const base = app === 'web-crm' ? '/crm/' : '/';
  return { url: src, file: path.join(REPO_ROOT, app, 'dist', src.slice(base.length)) };
}

describe.each<'web-public' | 'web-crm'>(['web-public', 'web-crm'])('%s assets', (app) => {
  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
  ])('Accept-Encoding "%s" is answered with %s, decoding to the built file', async (accept, expected) => {
    const { url, file } = await entryScript(app);
    const original = await readFile(file);
    const response = await request(`${server.url}${url}`, { 'accept-encoding': accept });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(expected);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.body.length).toBeLessThan(original.length / 2);
    expect(decode(response).equals(original)).toBe(true);
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const { url, file } = await entryScript(app);
    const response = await request(`${server.url}${url}`, {});
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(await readFile(file))).toBe(true);
  });
});

describe('dynamic answers', () => {
  const query = JSON.stringify({
    query: '{ services { id name description priceCents durationMinutes } }',
  });

  it.each(['br', 'gzip'])('compresses a GraphQL answer with %s', async (encoding) => {
    const headers = { 'content-type': 'application/json', 'accept-encoding': encoding };
    const response = await request(`${server.url}/graphql`, headers, { method: 'POST', body: query });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    const plain = await request(
      `${server.url}/graphql`,
      { 'content-type': 'application/json' },
      {
        method: 'POST',
        body: query,
      },
    );
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThanOrEqual(1024);
    expect(response.body.length).toBeLessThan(plain.body.length);
    const decoded = JSON.parse(decode(response).toString('utf8')) as { data: { services: unknown[] } };
    expect(decoded).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(decoded.data.services.length).toBeGreaterThan(3);
  });

  it('leaves a small answer (under 1 KiB) uncompressed', async () => {
    const headers = { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' };
    const response = await request(`${server.url}/graphql`, headers, {
      method: 'POST',
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
