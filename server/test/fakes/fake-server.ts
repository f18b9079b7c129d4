/**
 * The plumbing shared by the payment-provider fakes: a plain `node:http` server on 127.0.0.1 (port 0),
 * a journal of every request it received, and small helpers to answer. Each fake decides how to parse
 * bodies and how its provider words its errors; this file knows nothing about providers.
 */
import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';

/** One request as the fake saw it, with the answer it gave. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/payment_intents/pi_123`. */
  path: string;
  /** Raw query string without the `?` (empty when there was none). */
  search: string;
  /** Lower-cased header names, as Node gives them. */
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The body parsed the way the provider parses it (form or JSON); `undefined` when empty. */
  body: unknown;
  /** HTTP status of the answer (0 until answered). */
  status: number;
  /** True when the answer was an idempotent replay of an earlier one (Stripe key, PayPal-Request-Id). */
  replayed: boolean;
}

export interface FakeReply {
  status: number;
  /** Serialised as JSON unless `raw` is set. */
  body?: unknown;
  /** Send this text as-is instead of JSON-encoding `body`. */
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface FakeRequest {
  method: string;
  path: string;
  search: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The journal entry: handlers set `body` (once parsed) and `replayed`. */
  record: RecordedRequest;
}

export interface StartedFakeServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a server that journals every request and answers with `handler`. A handler that throws
 * gets `onCrash`'s answer (the provider's 500 shape) and the error is kept in `crashes`, so a test can
 * tell a fake bug from a provider refusal.
 */
export async function startFakeServer(
  handler: (req: FakeRequest) => Promise<FakeReply> | FakeReply,
  onCrash: (error: unknown) => FakeReply,
  crashes: unknown[],
): Promise<StartedFakeServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const target = new URL(req.url ?? '/', 'http://fake.invalid');
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const record: RecordedRequest = {
        method: req.method ?? 'GET',
        path: target.pathname,
        search: target.search.replace(/^\?/, ''),
        headers: req.headers,
        rawBody,
        body: undefined,
        status: 0,
        replayed: false,
      };
      requests.push(record);
      const request: FakeRequest = {
        method: record.method,
        path: record.path,
        search: record.search,
        headers: req.headers,
        rawBody,
        record,
      };
      Promise.resolve()
        .then(() => handler(request))
        .catch((error: unknown) => {
          crashes.push(error);
          return onCrash(error);
        })
        .then((reply) => {
          record.status = reply.status;
          const payload = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
          res.writeHead(reply.status, {
            'content-type': reply.contentType ?? 'application/json',
            'content-length': String(Buffer.byteLength(payload)),
            ...reply.headers,
          });
          res.end(payload);
        })
        .catch((error: unknown) => {
          crashes.push(error);
          res.destroy();
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The SDKs keep connections alive; do not wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** A header's single value (first one if repeated). */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random identifier of `length` characters drawn from `alphabet`. */
export function randomId(length: number, alphabet = ALPHANUMERIC): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length];
  return out;
}

export const uuid = (): string => randomUUID();

/** JSON with object keys sorted at every level: two values are "the same" iff their canonical forms match. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** Deep copy, so tests never hold (and mutate) the fake's own state. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

/** POSTs a webhook/callback to the app and returns the HTTP status it answered. */
export async function postTo(url: string, body: string, headers: Record<string, string>): Promise<number> {
  const res = await fetch(url, { method: 'POST', body, headers });
  await res.arrayBuffer();
  return res.status;
}
