import { gql, gqlOk } from '@serenaia/test-support';
import { SessionRepository } from '../src/auth/index.js';
import { createUser, loginAs, type TestUser } from './support/factories.js';
import { startServerProcess, startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const ME = '{ me { id } }';
const LOGOUT = `mutation Logout($input: RefreshTokenInput!) { logout(input: $input) }`;
/** Far longer than any wait of this suite: only the Redis message can make a process forget. */
const AN_HOUR_MS = '3600000';

/**
 * The session check's cache (`SessionCache`): a process remembers for a while that a session is open,
 * and forgets it as soon as any process commits its ending (a Redis message). Both servers here keep
 * what they saw for an hour, so a refusal within the test can only come from that message.
 */
describe('session cache', () => {
  let t: TestApp;
  let other: Awaited<ReturnType<typeof startServerProcess>>;
  let user: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ env: { SESSION_CACHE_MS: AN_HOUR_MS } });
    other = await startServerProcess({ ...t.env, SESSION_CACHE_MS: AN_HOUR_MS, RUN_WORKER: '0' });
    user = await createUser(t.dataSource, 'STAFF');
  });

  afterAll(async () => {
    await other?.stop();
    await t?.close();
  });

  const sessionOf = (accessToken: string): string => {
    const [claims] = accessToken.split('.').slice(1, 2);
    return (JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { sid: string }).sid;
  };
  const meOn = (url: string, token: string) => gql(url, ME, {}, { token });
  const endInDatabaseOnly = (sid: string, endedAt: Date | null) =>
    t.dataSource.query('UPDATE user_session SET ended_at = $2 WHERE id = $1', [sid, endedAt]);

  it('another process keeps a session it saw open without reading it again, and refuses it once it is ended elsewhere', async () => {
    const tokens = await loginAs(t.url, user);
    const sid = sessionOf(tokens.accessToken);
    // The other process has seen the session open (its subscription made: it remembers only then).
    await waitFor(async () => {
      const res = await meOn(other.url, tokens.accessToken);
      if (res.errors !== undefined) return false;
      await endInDatabaseOnly(sid, new Date());
      const cached = await meOn(other.url, tokens.accessToken);
      await endInDatabaseOnly(sid, null);
      return cached.errors === undefined;
    }, 'the other process to remember the open session');

    // Logged out through this process: the other one is told, and refuses the access token.
    await gqlOk(t.url, LOGOUT, { input: { refreshToken: tokens.refreshToken } });
    expect((await meOn(t.url, tokens.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await waitFor(async () => {
      const res = await meOn(other.url, tokens.accessToken);
      return res.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' ? res : false;
    }, 'the other process to refuse the ended session');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('forgets nothing when the transaction that ended the session rolls back', async () => {
    const tokens = await loginAs(t.url, user);
    const sid = sessionOf(tokens.accessToken);
    await gqlOk(t.url, ME, {}, tokens.accessToken);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await t.get(SessionRepository).end(manager, { userId: user.id, only: sid }, 'test', new Date());
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const [row] = await t.dataSource.query<{ ended_at: Date | null }[]>(
      'SELECT ended_at FROM user_session WHERE id = $1',
      [sid],
    );
    expect(row.ended_at).toBeNull();
    // Still remembered as open: ended in the database alone, the session is still accepted here.
    await endInDatabaseOnly(sid, new Date());
    await expect(gqlOk(t.url, ME, {}, tokens.accessToken)).resolves.toEqual({ me: { id: user.id } });
    await endInDatabaseOnly(sid, null);
  });
});
