import { jest } from '@jest/globals';
import { gql, gqlOk, subscribe, wsClient, TestSmtpServer, type ReceivedMail } from '@serenaia/test-support';
import { createUser, insertInstitute, loginAs, type TestUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createPractitioner } from './support/catalog-factory.js';
import { waitFor } from './support/wait.js';

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

const REQUEST = `mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const SET = `mutation S($input: SetPasswordWithLinkInput!) { setPasswordWithLink(input: $input) }`;

/** The `jeton` of the link in a mail, read from the text part as a person would follow it. */
function linkToken(mail: ReceivedMail): string {
  const match = /https:\/\/rdv\.institut-test\.fr\/crm\/mot-de-passe\?jeton=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (match === null) throw new Error(`no link in: ${mail.text}`);
  return match[1];
}

function fakeDateOnly(now: number): void {
  jest.useFakeTimers({
    now,
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
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
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.currentPassword' }] },
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

describe('accounts: forgotten password', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://rdv.institut-test.fr' } });
    await insertInstitute(t.dataSource);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function requestLink(user: TestUser): Promise<string> {
    const before = smtp.to(user.email).length;
    expect(await gqlOk(t.url, REQUEST, { input: { email: user.email.toUpperCase() } })).toEqual({
      requestPasswordReset: true,
    });
    const mails = await waitFor(() => {
      const list = smtp.to(user.email);
      return list.length > before ? list : null;
    }, 'the reset e-mail');
    return linkToken(mails[mails.length - 1]);
  }

  it('mails a single-use link that sets the password and ends every session', async () => {
    const user = await createUser(t.dataSource, 'STAFF');
    const session = await loginAs(t.url, user);
    const token = await requestLink(user);
    const mail = smtp.to(user.email).at(-1) as ReceivedMail;
    expect(mail.subject).toBe('Réinitialisation de votre mot de passe');
    expect(mail.html).toContain(`/crm/mot-de-passe?jeton=${token}`);
    // Only the hash is stored.
    const rows: { token_hash: Buffer }[] = await t.dataSource.query(
      'SELECT token_hash FROM password_link WHERE user_id = $1',
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash.toString('utf8')).not.toContain(token);
    expect(t.logs.join('\n')).not.toContain(token);

    await gqlOk(t.url, SET, { input: { token, newPassword: 'brand-new-password' } });
    expect((await gql(t.url, ME, {}, { token: session.accessToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await loginAs(t.url, { ...user, password: 'brand-new-password' });

    const again = await gql(t.url, SET, { input: { token, newPassword: 'another-password-1' } });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Ce lien n’est plus valide : demandez-en un nouveau.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.token' }] },
    });
  });

  it('refuses a link after its 30 minutes', async () => {
    const user = await createUser(t.dataSource, 'ADMIN');
    const token = await requestLink(user);
    fakeDateOnly(Date.now() + 31 * 60_000);
    try {
      const res = await gql(t.url, SET, { input: { token, newPassword: 'too-late-password' } });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.token' }],
      });
    } finally {
      jest.useRealTimers();
    }
    await loginAs(t.url, user);
  });

  it('answers true for an unknown or client address and sends nothing', async () => {
    const client = await createUser(t.dataSource, 'CLIENT');
    const count = smtp.received.length;
    for (const email of ['nobody@example.test', client.email]) {
      expect(await gqlOk(t.url, REQUEST, { input: { email } })).toEqual({ requestPasswordReset: true });
    }
    // A known staff address afterwards: its mail arriving shows the earlier ones had their chance.
    const staff = await createUser(t.dataSource, 'STAFF');
    await requestLink(staff);
    expect(smtp.received.length).toBe(count + 1);
    expect(smtp.received.at(-1)?.to).toEqual([staff.email]);
  });

  it('sends at most 3 links per account and hour, still answering true', async () => {
    const user = await createUser(t.dataSource, 'STAFF');
    for (let i = 0; i < 3; i++) await requestLink(user);
    expect(await gqlOk(t.url, REQUEST, { input: { email: user.email } })).toEqual({
      requestPasswordReset: true,
    });
    const other = await createUser(t.dataSource, 'STAFF');
    await requestLink(other);
    expect(smtp.to(user.email)).toHaveLength(3);
  });

  it('refuses a malformed token or a short password naming the field', async () => {
    const bad = await gql(t.url, SET, { input: { token: 'abc', newPassword: 'long-enough-password' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.token' }],
    });
    const short = await gql(t.url, SET, { input: { token: 'a'.repeat(43), newPassword: 'short' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.newPassword' })],
    });
  });
});

const STAFF_FIELDS =
  'id email firstName lastName role active invitationPending practitionerId practitionerName';
const STAFF_ACCOUNTS = `{ staffAccounts { ${STAFF_FIELDS} } }`;
const INVITE = `mutation I($input: InviteStaffInput!) { inviteStaff(input: $input) { ${STAFF_FIELDS} } }`;
const CHANGE_ROLE = `mutation C($input: ChangeStaffRoleInput!) { changeStaffRole(input: $input) { ${STAFF_FIELDS} } }`;
const SET_ACTIVE = `mutation A($input: SetStaffActiveInput!) { setStaffActive(input: $input) { ${STAFF_FIELDS} } }`;
const RESEND = `mutation R($input: ResendStaffInvitationInput!) { resendStaffInvitation(input: $input) { ${STAFF_FIELDS} } }`;
const LINK = `mutation L($input: LinkStaffPractitionerInput!) { linkStaffPractitioner(input: $input) { ${STAFF_FIELDS} } }`;

type Staff = {
  id: string;
  email: string;
  role: string;
  active: boolean;
  invitationPending: boolean;
  practitionerId: string | null;
  practitionerName: string | null;
};

describe('accounts: team (ADMIN)', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestUser;
  let adminToken: string;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://rdv.institut-test.fr' } });
    await insertInstitute(t.dataSource);
    admin = await createUser(t.dataSource, 'ADMIN');
    adminToken = (await loginAs(t.url, admin)).accessToken;
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('invites by e-mail; the link sets the password and the new member signs in', async () => {
    const practitionerId = await createPractitioner(t.dataSource, [], 'Lou Martin');
    const { inviteStaff } = await gqlOk<{ inviteStaff: Staff }>(
      t.url,
      INVITE,
      {
        input: {
          email: 'Lou.Martin@Example.test',
          firstName: 'Lou',
          lastName: 'Martin',
          role: 'STAFF',
          practitionerId,
        },
      },
      adminToken,
    );
    expect(inviteStaff).toMatchObject({
      email: 'lou.martin@example.test',
      role: 'STAFF',
      active: true,
      invitationPending: true,
      practitionerId,
      practitionerName: 'Lou Martin',
    });
    const mail = await waitFor(() => smtp.to('lou.martin@example.test')[0], 'the invitation');
    expect(mail.subject).toBe('Invitation à rejoindre Institut Test sur Sérénaia');
    expect(mail.text).toContain('72 heures');
    const token = linkToken(mail);
    // No password yet: no way in.
    const before = await gql(t.url, LOGIN, { input: { email: 'lou.martin@example.test', password: 'x' } });
    expect(before.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await gqlOk(t.url, SET, { input: { token, newPassword: 'lou-chose-this' } });
    await loginAs(t.url, {
      id: inviteStaff.id,
      email: 'lou.martin@example.test',
      password: 'lou-chose-this',
      role: 'STAFF',
    });
    const { staffAccounts } = await gqlOk<{ staffAccounts: Staff[] }>(t.url, STAFF_ACCOUNTS, {}, adminToken);
    expect(staffAccounts.find((s) => s.id === inviteStaff.id)?.invitationPending).toBe(false);
  });

  it('an invitation link still works after 71 hours and not after 73', async () => {
    const email = `late-${Date.now()}@example.test`;
    await gqlOk(
      t.url,
      INVITE,
      { input: { email, firstName: 'Léa', lastName: 'Tard', role: 'STAFF' } },
      adminToken,
    );
    const token = linkToken(await waitFor(() => smtp.to(email)[0], 'the invitation'));
    const start = Date.now();
    try {
      fakeDateOnly(start + 73 * 3600_000);
      const late = await gql(t.url, SET, { input: { token, newPassword: 'too-late-password' } });
      expect(late.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.token' }],
      });
      fakeDateOnly(start + 71 * 3600_000);
      await gqlOk(t.url, SET, { input: { token, newPassword: 'just-in-time-pw' } });
    } finally {
      jest.useRealTimers();
    }
  });

  it('sends an invitation again: a new link, the earlier one void, even once expired', async () => {
    const email = `again-${Date.now()}@example.test`;
    const { inviteStaff } = await gqlOk<{ inviteStaff: Staff }>(
      t.url,
      INVITE,
      { input: { email, firstName: 'Nina', lastName: 'Perdu', role: 'STAFF' } },
      adminToken,
    );
    const mailNumber = async (n: number) =>
      linkToken(await waitFor(() => smtp.to(email)[n - 1], `invitation e-mail ${n}`));
    const lost = await mailNumber(1);

    // The link was lost: a new one, and the lost one no longer works though not expired.
    const { resendStaffInvitation } = await gqlOk<{ resendStaffInvitation: Staff }>(
      t.url,
      RESEND,
      { input: { userId: inviteStaff.id } },
      adminToken,
    );
    expect(resendStaffInvitation).toMatchObject({ id: inviteStaff.id, invitationPending: true });
    const second = await mailNumber(2);
    expect(second).not.toBe(lost);
    expect(smtp.to(email)[1].subject).toBe('Invitation à rejoindre Institut Test sur Sérénaia');
    const voided = await gql(t.url, SET, { input: { token: lost, newPassword: 'lost-link-password' } });
    expect(voided.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.token' }],
    });

    // Four days later the second link has expired: sent again, the new one sets the password.
    const start = Date.now();
    try {
      fakeDateOnly(start + 96 * 3600_000);
      const expired = await gql(t.url, SET, { input: { token: second, newPassword: 'expired-password' } });
      expect(expired.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const later = (await loginAs(t.url, admin)).accessToken;
      await gqlOk(t.url, RESEND, { input: { userId: inviteStaff.id } }, later);
      const third = await mailNumber(3);
      await gqlOk(t.url, SET, { input: { token: third, newPassword: 'nina-chose-this' } });
    } finally {
      jest.useRealTimers();
    }
    await loginAs(t.url, { id: inviteStaff.id, email, password: 'nina-chose-this', role: 'STAFF' });

    // Once the password is chosen there is nothing to resend.
    const done = await gql(t.url, RESEND, { input: { userId: inviteStaff.id } }, { token: adminToken });
    expect(done.errors?.[0]).toMatchObject({
      message:
        'Ce compte a déjà choisi son mot de passe : en cas d’oubli, « Mot de passe oublié » lui envoie un lien.',
      extensions: { code: 'CONFLICT' },
    });
    expect(smtp.to(email)).toHaveLength(3);
  });

  it('does not resend the invitation of a deactivated account, nor to an unknown one', async () => {
    const email = `off-${Date.now()}@example.test`;
    const { inviteStaff } = await gqlOk<{ inviteStaff: Staff }>(
      t.url,
      INVITE,
      { input: { email, firstName: 'Léo', lastName: 'Parti', role: 'STAFF' } },
      adminToken,
    );
    await gqlOk(t.url, SET_ACTIVE, { input: { userId: inviteStaff.id, active: false } }, adminToken);
    const off = await gql(t.url, RESEND, { input: { userId: inviteStaff.id } }, { token: adminToken });
    expect(off.errors?.[0]).toMatchObject({
      message: 'Ce compte est désactivé : réactivez-le d’abord.',
      extensions: { code: 'CONFLICT' },
    });
    const client = await createUser(t.dataSource, 'CLIENT');
    const unknown = await gql(t.url, RESEND, { input: { userId: client.id } }, { token: adminToken });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await gql(t.url, RESEND, { input: { userId: 'pas-un-id' } }, { token: adminToken });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.userId' })],
    });
  });

  it('refuses an address already used, and a CLIENT role, naming the field', async () => {
    const taken = await gql(
      t.url,
      INVITE,
      { input: { email: admin.email, firstName: 'A', lastName: 'B', role: 'STAFF' } },
      { token: adminToken },
    );
    expect(taken.errors?.[0]).toMatchObject({
      message: 'Un compte existe déjà avec cette adresse e-mail.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.email' }] },
    });
    const client = await gql(
      t.url,
      INVITE,
      { input: { email: 'c@example.test', firstName: 'A', lastName: 'B', role: 'CLIENT' } },
      { token: adminToken },
    );
    expect(client.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.role' })],
    });
  });

  it('changes a role, and deactivating ends the sessions and refuses the login', async () => {
    const member = await createUser(t.dataSource, 'STAFF');
    const session = await loginAs(t.url, member);
    const promoted = await gqlOk<{ changeStaffRole: Staff }>(
      t.url,
      CHANGE_ROLE,
      { input: { userId: member.id, role: 'ADMIN' } },
      adminToken,
    );
    expect(promoted.changeStaffRole.role).toBe('ADMIN');
    await gqlOk(t.url, CHANGE_ROLE, { input: { userId: member.id, role: 'STAFF' } }, adminToken);

    const off = await gqlOk<{ setStaffActive: Staff }>(
      t.url,
      SET_ACTIVE,
      { input: { userId: member.id, active: false } },
      adminToken,
    );
    expect(off.setStaffActive.active).toBe(false);
    expect((await gql(t.url, ME, {}, { token: session.accessToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const refresh = await gql(t.url, REFRESH, { input: { refreshToken: session.refreshToken } });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const login = await gql(t.url, LOGIN, { input: { email: member.email, password: member.password } });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await gqlOk(t.url, SET_ACTIVE, { input: { userId: member.id, active: true } }, adminToken);
    await loginAs(t.url, member);
  });

  it('an admin can neither deactivate nor demote themself', async () => {
    const off = await gql(
      t.url,
      SET_ACTIVE,
      { input: { userId: admin.id, active: false } },
      { token: adminToken },
    );
    expect(off.errors?.[0]).toMatchObject({
      message: 'Vous ne pouvez pas désactiver votre propre compte.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.active' }] },
    });
    const demote = await gql(
      t.url,
      CHANGE_ROLE,
      { input: { userId: admin.id, role: 'STAFF' } },
      { token: adminToken },
    );
    expect(demote.errors?.[0]).toMatchObject({
      message: 'Vous ne pouvez pas retirer votre propre rôle d’administrateur.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.role' }] },
    });
    expect((await gql(t.url, ME, {}, { token: adminToken })).errors).toBeUndefined();
  });

  it('links and unlinks a practitioner; one already linked elsewhere is a conflict', async () => {
    const a = await createUser(t.dataSource, 'STAFF');
    const b = await createUser(t.dataSource, 'STAFF');
    const practitionerId = await createPractitioner(t.dataSource, [], 'Inès Roy');
    const linked = await gqlOk<{ linkStaffPractitioner: Staff }>(
      t.url,
      LINK,
      { input: { userId: a.id, practitionerId } },
      adminToken,
    );
    expect(linked.linkStaffPractitioner).toMatchObject({ practitionerId, practitionerName: 'Inès Roy' });
    const clash = await gql(t.url, LINK, { input: { userId: b.id, practitionerId } }, { token: adminToken });
    expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unlinked = await gqlOk<{ linkStaffPractitioner: Staff }>(
      t.url,
      LINK,
      { input: { userId: a.id, practitionerId: null } },
      adminToken,
    );
    expect(unlinked.linkStaffPractitioner.practitionerId).toBeNull();
    await gqlOk(t.url, LINK, { input: { userId: b.id, practitionerId } }, adminToken);
  });

  it('lists only team accounts', async () => {
    const client = await createUser(t.dataSource, 'CLIENT');
    const { staffAccounts } = await gqlOk<{ staffAccounts: Staff[] }>(t.url, STAFF_ACCOUNTS, {}, adminToken);
    expect(staffAccounts.map((s) => s.id)).toContain(admin.id);
    expect(staffAccounts.map((s) => s.id)).not.toContain(client.id);
    expect(new Set(staffAccounts.map((s) => s.role))).toEqual(new Set(['ADMIN', 'STAFF']));
  });
});
