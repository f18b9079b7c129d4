import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gqlOk, subscribe, wsClient } from '@serenaia/test-support';
import { startServerProcess, startTestApp, waitForSubscribers, type TestApp } from './support/app.js';

const INSTITUTE_UPDATED = 'subscription { instituteUpdated { name city } }';
const UPDATE = 'mutation U($input: UpdateInstituteInput!) { updateInstitute(input: $input) { name } }';

describe('subscriptions over graphql-ws', () => {
  let a: TestApp;
  let adminToken: string;
  let staffToken: string;

  beforeAll(async () => {
    a = await startTestApp();
    const db = a.dataSource;
    await insertInstitute(db);
    adminToken = (await loginAs(a.url, await createUser(db, 'ADMIN'))).accessToken;
    staffToken = (await loginAs(a.url, await createUser(db, 'STAFF'))).accessToken;
  });

  afterAll(async () => {
    await a.close();
  });

  it('refuses a staff subscription on an anonymous connection', async () => {
    const client = wsClient(a.url);
    try {
      const sub = subscribe(client, INSTITUTE_UPDATED);
      await expect(sub.next()).rejects.toEqual([
        expect.objectContaining({
          message: 'Vous devez être connecté pour effectuer cette action.',
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('closes a connection whose connection_init carries an invalid token (4403)', async () => {
    const client = wsClient(a.url, `${staffToken}x`);
    subscribe(client, INSTITUTE_UPDATED);
    await expect(client.closedWith).resolves.toBe(4403);
    await client.dispose();
  });

  it('accepts a staff token and delivers the event after the commit', async () => {
    const client = wsClient(a.url, staffToken);
    try {
      const sub = subscribe<{ instituteUpdated: { name: string; city: string } }>(client, INSTITUTE_UPDATED);
      await waitForSubscribers(a.config, 'instituteUpdated');
      await gqlOk(a.url, UPDATE, { input: { name: 'Institut Lumière' } }, adminToken);
      await expect(sub.next()).resolves.toEqual({
        instituteUpdated: { name: 'Institut Lumière', city: 'Paris' },
      });
    } finally {
      await client.dispose();
    }
  });

  it('delivers an event published by server process A to a subscriber on server process B', async () => {
    // B is a separate OS process (the compiled server) on the same database and Redis prefix.
    const b = await startServerProcess({ ...a.env, RUN_WORKER: '0' });
    const client = wsClient(b.url, staffToken);
    try {
      const sub = subscribe<{ instituteUpdated: { name: string } }>(client, INSTITUTE_UPDATED);
      await waitForSubscribers(a.config, 'instituteUpdated');
      await gqlOk(a.url, UPDATE, { input: { name: 'Institut Aurore' } }, adminToken);
      await expect(sub.next()).resolves.toEqual({
        instituteUpdated: { name: 'Institut Aurore', city: 'Paris' },
      });
    } finally {
      await client.dispose();
      await b.stop();
    }
  });
});
