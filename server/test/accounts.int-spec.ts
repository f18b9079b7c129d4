import { gql, gqlOk, subscribe, wsClient } from '@serenaia/test-support';
import { createUser, insertInstitute, loginAs, type TestUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';

const ME = '{ me { id } }';
const MY_SESSIONS = '{ mySessions { id current userAgent ip createdAt lastSeenAt } }';
const END_SESSION = 'mutation End($id: ID!) { endSession(id: $id) }';
const CHANGE = `mutation Change($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) }`;
const REFRESH = `mutation Refresh($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;

type Session = { id: string; current: boolean; userAgent: string; ip: string };
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';

async function loginWithAgent(t: TestApp, user: TestUser, userAgent: string) {
  const res = await gql<{ login: { accessToken: string; refreshToken: string } }>(
    t.url,
    LOGIN,
    { input: { email: user.email, password: user.password } },
    { headers: { 'user-agent': userAgent } },
  );
  if (res.data === undefined) throw new Error(JSON.stringify(res.errors));
  return res.data.login;
}

describe('accounts: sessions', () => {
  let t: TestApp;
  let staff: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    await insertInstitute(t.dataSource);
    staff = await createUser(t.dataSource, 'STAFF');
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists the session created at login, flagging the current one', async () => {
    const phone = await loginWithAgent(t, staff, ANDROID_CHROME);
    const desk = await loginAs(t.url, staff);
    const { mySessions } = await gqlOk<{ mySessions: Session[] }>(t.url, MY_SESSIONS, {}, desk.accessToken);
    expect(mySessions.length).toBeGreaterThanOrEqual(2);
    expect(mySessions.filter((s) => s.current)).toHaveLength(1);
    const other = mySessions.find((s) => s.userAgent === 'Chrome sur Android');
    expect(other).toMatchObject({ current: false, ip: '127.0.0.1' });
    // The phone sees its own session as the current one.
    const fromPhone = await gqlOk<{ mySessions: Session[] }>(t.url, MY_SESSIONS, {}, phone.accessToken);
    expect(fromPhone.mySessions.find((s) => s.current)?.id).toBe(other?.id);
  });

  it('endSession refuses the ended session’s access token, refresh token and WebSocket', async () => {
    const phone = await loginWithAgent(t, staff, ANDROID_CHROME);
    const desk = await loginAs(t.url, staff);
    const phoneSession = (
      await gqlOk<{ mySessions: Session[] }>(t.url, MY_SESSIONS, {}, phone.accessToken)
    ).mySessions.find((s) => s.current);
    expect((await gql(t.url, ME, {}, { token: phone.accessToken })).errors).toBeUndefined();

    await gqlOk(t.url, END_SESSION, { id: phoneSession?.id }, desk.accessToken);

    const refused = await gql(t.url, ME, {}, { token: phone.accessToken });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refresh = await gql(t.url, REFRESH, { input: { refreshToken: phone.refreshToken } });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const ws = wsClient(t.url, phone.accessToken);
    subscribe(ws, 'subscription { instituteUpdated { name } }');
    await expect(ws.closedWith).resolves.toBe(4403);
    // The desk goes on, and no longer lists the phone.
    const { mySessions } = await gqlOk<{ mySessions: Session[] }>(t.url, MY_SESSIONS, {}, desk.accessToken);
    expect(mySessions.map((s) => s.id)).not.toContain(phoneSession?.id);
  });

  it('endSession cannot end someone else’s session', async () => {
    const other = await createUser(t.dataSource, 'STAFF');
    const theirs = await loginAs(t.url, other);
    const theirSession = (await gqlOk<{ mySessions: Session[] }>(t.url, MY_SESSIONS, {}, theirs.accessToken))
      .mySessions[0];
    const mine = await loginAs(t.url, staff);
    const res = await gql(t.url, END_SESSION, { id: theirSession.id }, { token: mine.accessToken });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(t.url, ME, {}, { token: theirs.accessToken })).errors).toBeUndefined();
  });

  it('logout ends the session: its access token is refused at once', async () => {
    const s = await loginAs(t.url, staff);
    await gqlOk(t.url, 'mutation L($input: RefreshTokenInput!) { logout(input: $input) }', {
      input: { refreshToken: s.refreshToken },
    });
    expect((await gql(t.url, ME, {}, { token: s.accessToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changeMyPassword checks the current password, then ends the other sessions only', async () => {
    const user = await createUser(t.dataSource, 'ADMIN');
    const phone = await loginAs(t.url, user);
    const desk = await loginAs(t.url, user);

    const wrong = await gql(
      t.url,
      CHANGE,
      { input: { currentPassword: 'not-the-password', newPassword: 'a-new-long-password' } },
      { token: desk.accessToken },
    );
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Le mot de passe actuel est incorrect.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword' }] },
    });
    const short = await gql(
      t.url,
      CHANGE,
      { input: { currentPassword: user.password, newPassword: 'short' } },
      { token: desk.accessToken },
    );
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.newPassword' })],
    });

    await gqlOk(
      t.url,
      CHANGE,
      { input: { currentPassword: user.password, newPassword: 'a-new-long-password' } },
      desk.accessToken,
    );
    expect((await gql(t.url, ME, {}, { token: desk.accessToken })).errors).toBeUndefined();
    expect((await gql(t.url, ME, {}, { token: phone.accessToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const old = await gql(t.url, LOGIN, { input: { email: user.email, password: user.password } });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await loginAs(t.url, { ...user, password: 'a-new-long-password' });
  });
});
