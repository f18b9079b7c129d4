/**
 * A local OVH API for the SMS endpoints Sérénaia uses, faithful to OVH's wire format: HTTPS
 * (the official client speaks nothing else), `GET /1.0/auth/time`, and `POST /1.0/sms/{service}/jobs`
 * which CHECKS the request signature exactly as OVH does —
 * X-Ovh-Signature = "$1$" + sha1(AS + "+" + CK + "+" + METHOD + "+" + URL + "+" + BODY + "+" + TS),
 * URL being `https://<host>/1.0/...` as the client addressed it — and refuses unknown application
 * or consumer keys and timestamps more than 3 minutes off. Accepted messages are recorded.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface OvhFakeCredentials {
  appKey: string;
  appSecret: string;
  consumerKey: string;
  service: string;
}

export interface OvhSmsJob {
  service: string;
  message: string;
  receivers: string[];
  sender: string | null;
  coding: string | null;
  id: number;
}

export interface OvhFake {
  /** host:port for OVH_ENDPOINT. */
  endpoint: string;
  /** The fake's self-signed certificate (PEM), to trust in the client process. */
  certificate: string;
  jobs: OvhSmsJob[];
  /** Requests refused, with OVH's error message. */
  refused: { path: string; message: string }[];
  close(): Promise<void>;
}

function selfSigned(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ovh-fake-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startOvhFake(credentials: OvhFakeCredentials): Promise<OvhFake> {
  const { key, cert } = selfSigned();
  const jobs: OvhSmsJob[] = [];
  const refused: OvhFake['refused'] = [];
  let nextId = 100_000;
  const server = https.createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      const url = req.url ?? '/';
      const refuse = (status: number, errorCode: string, message: string) => {
        refused.push({ path: url, message });
        reply(status, { errorCode, httpCode: `${status}`, message });
      };
      if (req.method === 'GET' && url === '/1.0/auth/time') return reply(200, Math.round(Date.now() / 1000));
      const match = /^\/1\.0\/sms\/([^/]+)\/jobs$/.exec(url);
      if (match === null || req.method !== 'POST')
        return refuse(404, 'NOT_FOUND', 'Got an invalid (or empty) URL');
      const h = (name: string) => {
        const v = req.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      if (h('x-ovh-application') !== credentials.appKey)
        return refuse(403, 'INVALID_KEY', 'Invalid application key');
      if (h('x-ovh-consumer') !== credentials.consumerKey)
        return refuse(403, 'INVALID_CREDENTIAL', 'This credential does not exist');
      const timestamp = Number(h('x-ovh-timestamp'));
      if (!Number.isFinite(timestamp) || Math.abs(timestamp - Date.now() / 1000) > 180)
        return refuse(400, 'QUERY_TIME_OUT', 'Query out of time');
      // The URL the client signed: https, the host it addressed (without the port), the path.
      const host = (h('host') ?? '').replace(/:\d+$/, '');
      const expected =
        '$1$' +
        createHash('sha1')
          .update(
            [
              credentials.appSecret,
              credentials.consumerKey,
              'POST',
              `https://${host}${url}`,
              body,
              h('x-ovh-timestamp'),
            ].join('+'),
          )
          .digest('hex');
      if (h('x-ovh-signature') !== expected) return refuse(400, 'INVALID_SIGNATURE', 'Invalid signature');
      if (decodeURIComponent(match[1]) !== credentials.service)
        return refuse(404, 'NOT_FOUND', `This service does not exist`);
      const params = JSON.parse(body) as {
        message?: string;
        receivers?: string[];
        sender?: string;
        coding?: string;
      };
      if (
        typeof params.message !== 'string' ||
        !Array.isArray(params.receivers) ||
        params.receivers.length === 0
      )
        return refuse(400, 'INVALID_ARGUMENT', 'Invalid parameter: message or receivers');
      const valid = params.receivers.filter((r) => /^(\+|00)[1-9]\d{6,14}$/.test(r));
      const invalid = params.receivers.filter((r) => !valid.includes(r));
      const ids = valid.map(() => (nextId += 1));
      for (const [index, receiver] of valid.entries()) {
        jobs.push({
          service: credentials.service,
          message: params.message,
          receivers: [receiver],
          sender: params.sender ?? null,
          coding: params.coding ?? null,
          id: ids[index],
        });
      }
      reply(200, {
        ids,
        invalidReceivers: invalid,
        validReceivers: valid,
        totalCreditsRemoved: valid.length,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    certificate: cert,
    jobs,
    refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
