import type { DataSource } from 'typeorm';
import { createUser, insertInstitute, loginAs, type TestUser } from './support/factories.js';
import { gql, gqlOk } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id email role firstName } }
}`;
const REFRESH = `mutation Refresh($input: RefreshTokenInput!) {
  refreshToken(input: $input) { accessToken refreshToken user { id } }
}`;
const LOGOUT = `mutation Logout($input: RefreshTokenInput!) { logout(input: $input) }`;
type Refreshed = { refreshToken: { accessToken: string; refreshToken: string; user: { id: string } } };
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;
/** `<uuid>.<secret>` */
const REFRESH_TOKEN = /^[0-9a-f-]{36}\.[\w-]{20,}$/;
const ME = `query { me { id email role } }`;
const UPDATE_INSTITUTE = `mutation Update($input: UpdateInstituteInput!) { updateInstitute(input: $input) { name city } }`;

describe('auth', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: TestUser;
  let staff: TestUser;
  let client: TestUser;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_PER_IP_PER_MINUTE: '40',
        LOGIN_LOCKOUT_MINUTES: '15',
      },
    });
    db = t.dataSource;
    await insertInstitute(db);
    admin = await createUser(db, 'ADMIN');
    staff = await createUser(db, 'STAFF');
    client = await createUser(db, 'CLIENT');
  });

  afterAll(async () => {
    await t.close();
  });

  describe('login', () => {
    it('returns tokens and the user for the right password (e-mail case-insensitive)', async () => {
      const res = await gql<{
        login: { accessToken: string; refreshToken: string; user: { id: string; role: string } };
      }>(t.url, LOGIN, { input: { email: staff.email.toUpperCase(), password: staff.password } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.login.user).toEqual(expect.objectContaining({ id: staff.id, role: 'STAFF' }));
      expect(res.data?.login.accessToken.split('.')).toHaveLength(3);
      expect(res.data?.login.refreshToken).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    });

    it('refuses a wrong password with a French UNAUTHENTICATED error, and never logs the password', async () => {
      const res = await gql(t.url, LOGIN, { input: { email: admin.email, password: 'wrong-password-123' } });
      expect(res.status).toBe(200);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]).toMatchObject({
        message: 'E-mail ou mot de passe incorrect.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(t.logs.join('\n')).not.toContain('wrong-password-123');
    });

    it('answers an unknown e-mail exactly like a wrong password', async () => {
      const res = await gql(t.url, LOGIN, {
        input: { email: 'nobody@example.test', password: 'whatever-pass' },
      });
      expect(res.errors?.[0]).toMatchObject({
        message: 'E-mail ou mot de passe incorrect.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('rejects a malformed e-mail as BAD_USER_INPUT naming the field', async () => {
      const res = await gql(t.url, LOGIN, { input: { email: 'not-an-email', password: 'x' } });
      expect(res.status).toBe(200);
      expect(res.errors?.[0]).toMatchObject({
        message: 'Adresse e-mail invalide.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'input.email', message: 'Adresse e-mail invalide.' }],
        },
      });
    });

    it('locks an account after repeated failures, even for the right password, until the window ends', async () => {
      const victim = await createUser(db, 'STAFF');
      for (let i = 0; i < 3; i++) {
        const res = await gql(t.url, LOGIN, { input: { email: victim.email, password: `bad-${i}` } });
        expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const locked = await gql(t.url, LOGIN, { input: { email: victim.email, password: victim.password } });
      expect(locked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(locked.errors?.[0]?.message).toMatch(
        /^Trop de tentatives pour ce compte\. Réessayez dans 15 minutes\.$/,
      );
      // Other accounts are not affected.
      await expect(loginAs(t.url, admin)).resolves.toHaveProperty('accessToken');
    });

    it('throttles one IP across accounts, counting aliased login fields one by one', async () => {
      const limited = await startTestApp({ env: { LOGIN_MAX_PER_IP_PER_MINUTE: '3' }, db: t.db });
      try {
        // Aliases are separate login attempts: the fourth one in the same request is refused.
        const aliased = `mutation {
          a: login(input: {email: "${staff.email}", password: "${staff.password}"}) { accessToken }
          b: login(input: {email: "${admin.email}", password: "${admin.password}"}) { accessToken }
          c: login(input: {email: "${client.email}", password: "${client.password}"}) { accessToken }
          d: login(input: {email: "${staff.email}", password: "${staff.password}"}) { accessToken }
        }`;
        const res = await gql(limited.url, aliased);
        expect(res.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([
          ['d', 'TOO_MANY_REQUESTS'],
        ]);
        const next = await gql(limited.url, LOGIN, {
          input: { email: admin.email, password: admin.password },
        });
        expect(next.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
        expect(next.errors?.[0]?.message).toMatch(/^Trop de tentatives de connexion depuis votre adresse\./);
      } finally {
        await limited.close();
      }
    });
  });

  describe('me', () => {
    it('returns the signed-in user', async () => {
      const { accessToken } = await loginAs(t.url, client);
      const data = await gqlOk<{ me: { id: string; role: string } }>(t.url, ME, {}, accessToken);
      expect(data.me).toMatchObject({ id: client.id, role: 'CLIENT', email: client.email });
    });

    it('answers many concurrent authenticated requests, and several guarded root fields in one', async () => {
      const staffTokens = await loginAs(t.url, staff);
      const clientTokens = await loginAs(t.url, client);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => {
          const token = i % 2 === 0 ? staffTokens.accessToken : clientTokens.accessToken;
          return gqlOk<{ a: { id: string }; b: { id: string } }>(
            t.url,
            '{ a: me { id } b: me { id } }',
            {},
            token,
          );
        }),
      );
      results.forEach((data, i) => {
        const expected = i % 2 === 0 ? staff.id : client.id;
        expect(data).toEqual({ a: { id: expected }, b: { id: expected } });
      });
    });

    it('is refused without a token', async () => {
      const res = await gql(t.url, ME);
      expect(res.errors?.[0]).toMatchObject({
        message: 'Vous devez être connecté pour effectuer cette action.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('is refused with a forged or tampered token, saying the session expired', async () => {
      const { accessToken } = await loginAs(t.url, client);
      const [header, payload, signature] = accessToken.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
      const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url')}.${signature}`;
      const res = await gql(t.url, ME, {}, { token: forged });
      expect(res.errors?.[0]).toMatchObject({
        message: 'Votre session a expiré. Reconnectez-vous.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });
  });

  describe('roles', () => {
    it('refuses a STAFF token on an ADMIN-only mutation and changes nothing', async () => {
      const { accessToken } = await loginAs(t.url, staff);
      const res = await gql(t.url, UPDATE_INSTITUTE, { input: { name: 'Piraté' } }, { token: accessToken });
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(res.errors?.[0]?.message).toBe(
        "Vous n'avez pas les droits nécessaires pour effectuer cette action.",
      );
      const [row] = await db.query('SELECT name FROM institute');
      expect(row.name).toBe('Institut Test');
    });

    it('refuses a CLIENT token on an ADMIN-only mutation', async () => {
      const { accessToken } = await loginAs(t.url, client);
      const res = await gql(t.url, UPDATE_INSTITUTE, { input: { name: 'Piraté' } }, { token: accessToken });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('lets an ADMIN through', async () => {
      const { accessToken } = await loginAs(t.url, admin);
      const data = await gqlOk<{ updateInstitute: { city: string } }>(
        t.url,
        UPDATE_INSTITUTE,
        { input: { city: 'Lyon', postalCode: '69002' } },
        accessToken,
      );
      expect(data.updateInstitute.city).toBe('Lyon');
    });
  });

  describe('refresh tokens', () => {
    it('rotates: the new pair works, the old refresh token is single-use', async () => {
      const first = await loginAs(t.url, staff);
      const second = (
        await gqlOk<{ refreshToken: { accessToken: string; refreshToken: string } }>(t.url, REFRESH, {
          input: { refreshToken: first.refreshToken },
        })
      ).refreshToken;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      const me = await gqlOk<{ me: { id: string } }>(t.url, ME, {}, second.accessToken);
      expect(me.me.id).toBe(staff.id);
      const third = await gqlOk<{ refreshToken: { refreshToken: string } }>(t.url, REFRESH, {
        input: { refreshToken: second.refreshToken },
      });
      expect(third.refreshToken.refreshToken).toMatch(/\./);
    });

    it('detects reuse of a rotated token and revokes the whole family', async () => {
      const first = await loginAs(t.url, staff);
      const second = (
        await gqlOk<{ refreshToken: { refreshToken: string } }>(t.url, REFRESH, {
          input: { refreshToken: first.refreshToken },
        })
      ).refreshToken;
      // An attacker replays the first token: refused…
      const replay = await gql(t.url, REFRESH, { input: { refreshToken: first.refreshToken } });
      expect(replay.errors?.[0]).toMatchObject({
        message: 'Votre session a expiré. Reconnectez-vous.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      // …and the legitimate latest token is revoked too.
      const legit = await gql(t.url, REFRESH, { input: { refreshToken: second.refreshToken } });
      expect(legit.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const family = await db.query(
        `SELECT count(*)::int AS n, count(revoked_at)::int AS revoked FROM refresh_token
          WHERE family_id = (SELECT family_id FROM refresh_token WHERE id = $1)`,
        [first.refreshToken.split('.')[0]],
      );
      expect(family[0]).toEqual({ n: 2, revoked: 2 });
      // Another session of the same user is untouched: it rotates to a new token of its own family.
      const other = await loginAs(t.url, staff);
      const rotated = (
        await gqlOk<Refreshed>(t.url, REFRESH, { input: { refreshToken: other.refreshToken } })
      ).refreshToken;
      expect(rotated).toEqual({
        accessToken: expect.stringMatching(JWT),
        refreshToken: expect.stringMatching(REFRESH_TOKEN),
        user: { id: staff.id },
      });
      expect(rotated.refreshToken).not.toBe(other.refreshToken);
    });

    it('refuses a token with a wrong secret, and garbage, without a 500', async () => {
      const { refreshToken } = await loginAs(t.url, staff);
      const [id] = refreshToken.split('.');
      const expired = {
        message: 'Votre session a expiré. Reconnectez-vous.',
        extensions: { code: 'UNAUTHENTICATED' },
      };
      const cases: [string, Record<string, unknown>][] = [
        // Well formed, the right id, the wrong secret.
        [`${id}.${'A'.repeat(43)}`, expired],
        // Not a refresh token at all.
        ['garbage', expired],
        // Missing: a French input error naming the field.
        [
          '',
          {
            message: 'Le jeton de rafraîchissement est obligatoire.',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.refreshToken' }] },
          },
        ],
      ];
      for (const [bad, error] of cases) {
        const res = await gql(t.url, REFRESH, { input: { refreshToken: bad } });
        expect(res.status).toBe(200);
        expect(res.errors).toHaveLength(1);
        expect(res.errors?.[0]).toMatchObject(error);
      }
      // The wrong-secret attempt did not burn the real token: it still rotates, once.
      const rotated = (await gqlOk<Refreshed>(t.url, REFRESH, { input: { refreshToken } })).refreshToken;
      expect(rotated).toEqual({
        accessToken: expect.stringMatching(JWT),
        refreshToken: expect.stringMatching(REFRESH_TOKEN),
        user: { id: staff.id },
      });
    });

    it('logout revokes the session, with the refresh token alone as proof', async () => {
      const tokens = await loginAs(t.url, client);
      await gqlOk(t.url, LOGOUT, { input: { refreshToken: tokens.refreshToken } });
      const res = await gql(t.url, REFRESH, { input: { refreshToken: tokens.refreshToken } });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // Logging out twice, or with garbage, is harmless.
      await expect(gqlOk(t.url, LOGOUT, { input: { refreshToken: tokens.refreshToken } })).resolves.toEqual({
        logout: true,
      });
      await expect(gqlOk(t.url, LOGOUT, { input: { refreshToken: 'garbage' } })).resolves.toEqual({
        logout: true,
      });
    });
  });
});
