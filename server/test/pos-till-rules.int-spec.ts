import type { DataSource } from 'typeorm';
import { freePort, gql, subscribe, wsClient, type GqlResponse } from '@serenaia/test-support';
import { CashSessionService } from '../src/pos/index.js';
import { createUser, loginAs, type TestUser } from './support/factories.js';
import { startTestApp, waitForSubscribers, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';
import { startSumUpFake, type SumUpFake } from './fakes/sumup-fake.js';

const API_KEY = 'sup_sk_tillrules_9c2d7e11';
const MERCHANT = 'MRULE001';

const SALE = `id tillId status paidCents pendingCents leftToPayCents
  tenders { id kind status amountCents paymentId terminalCheckoutId failureReason }`;
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { ${SALE} } }`;
const ADD = `mutation($input: AddSaleLineInput!) { addSaleLine(input: $input) { ${SALE} } }`;
const PAY = `mutation($input: PaySaleInput!) { paySale(input: $input) { ${SALE} } }`;
const CANCEL = `mutation($input: CancelSaleTenderInput!) { cancelSaleTender(input: $input) { ${SALE} } }`;
const GET = `query($id: ID!) { sale(id: $id) { ${SALE} } }`;
const DISCOUNT = `mutation($input: ApplyDiscountInput!) { applyDiscount(input: $input) { id discountCents } }`;
const SETTINGS = '{ saleSettings { staffMaxDiscountBp staffMaxCreditNoteCents } }';
const UPDATE_SETTINGS = `mutation($input: UpdateSaleSettingsInput!) {
  updateSaleSettings(input: $input) { staffMaxDiscountBp staffMaxCreditNoteCents } }`;
const CHECKOUT = `query($id: ID!) { terminalCheckout(id: $id) { id status payment { providerReference status } } }`;

interface Tender {
  id: string;
  kind: string;
  status: string;
  amountCents: number;
  paymentId: string | null;
  terminalCheckoutId: string | null;
  failureReason: string | null;
}
interface Sale {
  id: string;
  tillId: string;
  status: string;
  paidCents: number;
  pendingCents: number;
  leftToPayCents: number;
  tenders: Tender[];
}
interface SettingsAnswer {
  staffMaxDiscountBp: number;
  staffMaxCreditNoteCents: number;
}

/** The auth session an access token belongs to (its `sid` claim). */
function sessionOf(accessToken: string): string {
  const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as {
    sid: string;
  };
  return claims.sid;
}

describe('point of sale: the till’s rules, its technical log and cancelled card tenders', () => {
  let fake: SumUpFake;
  let t: TestApp;
  let db: DataSource;
  let staffUser: TestUser;
  let staff: string;
  let admin: string;
  let adminId: string;
  let accountant: string;
  let readerId: string;
  let keys = 0;
  const key = () => `rules-${++keys}-${process.pid}`;

  beforeAll(async () => {
    fake = await startSumUpFake({ apiKey: API_KEY, merchantCode: MERCHANT });
    const port = await freePort();
    t = await startTestApp({
      env: {
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SUMUP_API_URL: fake.url,
        TERMINAL_POLL_INTERVAL_MS: '150',
        SIMULATED_PAYMENTS: '0',
      },
    });
    db = t.dataSource;
    staffUser = await createUser(db, 'STAFF');
    staff = (await loginAs(t.url, staffUser)).accessToken;
    const adminUser = await createUser(db, 'ADMIN');
    adminId = adminUser.id;
    admin = (await loginAs(t.url, adminUser)).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    await ok(
      'mutation($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { sumupApiKeyHint } }',
      { input: { sumupApiKey: API_KEY, sumupMerchantCode: MERCHANT } },
      admin,
    );
    fake.addPairingCode('RULE0001', { identifier: 'SOLO-RULES' });
    readerId = (
      await ok<{ pairReader: { id: string } }>(
        'mutation($input: PairReaderInput!) { pairReader(input: $input) { id } }',
        { input: { pairingCode: 'RULE0001', name: 'Accueil' } },
        admin,
      )
    ).pairReader.id;
  });

  afterAll(async () => {
    await t?.close();
    expect(fake.crashes).toEqual([]);
    await fake.close();
  });

  function gqlAs<T>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ): Promise<GqlResponse<T>> {
    return gql<T>(t.url, query, variables, { token });
  }
  async function ok<T>(query: string, variables: Record<string, unknown>, token = staff): Promise<T> {
    const res = await gqlAs<T>(query, variables, token);
    if (res.errors || res.data === undefined)
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  const get = async (id: string) => (await ok<{ sale: Sale }>(GET, { id })).sale;

  /** A till; with `open`, its cash session opened by the staff member through the API. */
  async function till(name: string, open = true, token = staff): Promise<string> {
    const created = await t.get(CashSessionService).createTill(`${name} ${++keys}`);
    if (open) {
      await ok(
        'mutation($input: OpenCashSessionInput!) { openCashSession(input: $input) { id } }',
        { input: { tillId: created.id, counts: [] } },
        token,
      );
    }
    return created.id;
  }

  /** An open ticket of `cents` on the till. */
  async function ticket(tillId: string, cents: number): Promise<Sale> {
    const opened = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId } })).openSale;
    return (
      await ok<{ addSaleLine: Sale }>(ADD, {
        input: { saleId: opened.id, kind: 'FREE', label: 'Soin', unitPriceCents: cents, vatRateBp: 2000 },
      })
    ).addSaleLine;
  }

  const events = async (tillId: string, event: string) =>
    db.query<{ actor: string | null; payload: Record<string, unknown> }[]>(
      `SELECT actor_user_id AS "actor", payload FROM pos_journal
        WHERE till_id = $1 AND kind = 'EVENT' AND payload->>'event' = $2 ORDER BY seq`,
      [tillId, event],
    );

  describe('sale settings', () => {
    it('are read by staff and the accountant, and refused in French naming the field when out of range', async () => {
      const defaults = { staffMaxDiscountBp: 2000, staffMaxCreditNoteCents: 5000 };
      expect((await ok<{ saleSettings: SettingsAnswer }>(SETTINGS, {})).saleSettings).toEqual(defaults);
      expect((await ok<{ saleSettings: SettingsAnswer }>(SETTINGS, {}, accountant)).saleSettings).toEqual(
        defaults,
      );
      for (const [input, field, message] of [
        [{ staffMaxDiscountBp: 10001, staffMaxCreditNoteCents: 5000 }, 'input.staffMaxDiscountBp', '100 %'],
        [{ staffMaxDiscountBp: -1, staffMaxCreditNoteCents: 5000 }, 'input.staffMaxDiscountBp', 'négative'],
        [
          { staffMaxDiscountBp: 2000, staffMaxCreditNoteCents: -5 },
          'input.staffMaxCreditNoteCents',
          'négatif',
        ],
        [
          { staffMaxDiscountBp: 2000, staffMaxCreditNoteCents: 10_000_001 },
          'input.staffMaxCreditNoteCents',
          '100 000 €',
        ],
      ] as const) {
        const res = await gqlAs(UPDATE_SETTINGS, { input }, admin);
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field, message: expect.stringContaining(message) })],
        });
      }
      const refused = await gqlAs(UPDATE_SETTINGS, { input: defaults }, staff);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await ok<{ saleSettings: SettingsAnswer }>(SETTINGS, {})).saleSettings).toEqual(defaults);
    });

    it('a change is a SETTING_CHANGED event (old → new, who) in every enabled till, and applies at once', async () => {
      const a = await till('Réglages A');
      const b = await till('Réglages B', false);
      const disabled = await till('Réglages éteinte', false);
      await db.query('UPDATE till SET active = false WHERE id = $1', [disabled]);
      const sale = await ticket(a, 10000);

      const changed = await ok<{ updateSaleSettings: SettingsAnswer }>(
        UPDATE_SETTINGS,
        { input: { staffMaxDiscountBp: 1000, staffMaxCreditNoteCents: 8000 } },
        admin,
      );
      expect(changed.updateSaleSettings).toEqual({ staffMaxDiscountBp: 1000, staffMaxCreditNoteCents: 8000 });
      for (const tillId of [a, b]) {
        expect(await events(tillId, 'SETTING_CHANGED')).toEqual([
          {
            actor: adminId,
            payload: {
              event: 'SETTING_CHANGED',
              setting: 'SALE_RULES',
              userId: adminId,
              changes: [
                { field: 'staffMaxDiscountBp', from: 2000, to: 1000 },
                { field: 'staffMaxCreditNoteCents', from: 5000, to: 8000 },
              ],
            },
          },
        ]);
      }
      expect(await events(disabled, 'SETTING_CHANGED')).toEqual([]);

      // The same values again change nothing and journal nothing.
      await ok(
        UPDATE_SETTINGS,
        { input: { staffMaxDiscountBp: 1000, staffMaxCreditNoteCents: 8000 } },
        admin,
      );
      expect(await events(a, 'SETTING_CHANGED')).toHaveLength(1);

      // Staff's limit is now 10 %: 15 % is an admin's.
      const fifteen = { saleId: sale.id, kind: 'PERCENT', value: 1500, reason: 'Fidélité' };
      const refused = await gqlAs(DISCOUNT, { input: fifteen }, staff);
      expect(refused.errors?.[0]).toMatchObject({
        message: 'Une remise de plus de 10 % est réservée à un administrateur.',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(
        (await ok<{ applyDiscount: { discountCents: number } }>(DISCOUNT, { input: fifteen }, admin))
          .applyDiscount,
      ).toMatchObject({ discountCents: 1500 });

      // Back to the defaults for the other tests; the journal still verifies.
      await ok(
        UPDATE_SETTINGS,
        { input: { staffMaxDiscountBp: 2000, staffMaxCreditNoteCents: 5000 } },
        admin,
      );
      expect(await events(a, 'SETTING_CHANGED')).toHaveLength(2);
      const verified = await ok<{ verifyJournal: { ok: boolean } }>(
        'mutation($input: JournalRangeInput!) { verifyJournal(input: $input) { ok } }',
        { input: { tillId: a } },
        accountant,
      );
      expect(verified.verifyJournal.ok).toBe(true);
    });
  });

  describe('TILL_SIGN_IN', () => {
    it('the first writing action of an auth session on a till journals its sign-in, once, per till', async () => {
      const session = await loginAs(t.url, staffUser);
      const sid = sessionOf(session.accessToken);
      const first = await till('Connexion', true, session.accessToken);
      expect(await events(first, 'TILL_SIGN_IN')).toEqual([
        { actor: staffUser.id, payload: { event: 'TILL_SIGN_IN', userId: staffUser.id, sessionId: sid } },
      ]);
      // The sign-in precedes the session's opening in the chain.
      const kinds = await db.query<{ kind: string }[]>(
        'SELECT kind FROM pos_journal WHERE till_id = $1 ORDER BY seq',
        [first],
      );
      expect(kinds.map((k) => k.kind)).toEqual(['EVENT', 'SESSION_OPENED']);
      const opened = (await ok<{ openSale: Sale }>(OPEN, { input: { tillId: first } }, session.accessToken))
        .openSale;
      await ok(
        PAY,
        { input: { saleId: opened.id, kind: 'CASH', amountCents: 100, idempotencyKey: key() } },
        session.accessToken,
      ).catch(() => undefined); // an empty ticket refuses the tender: what matters is the journal
      await ok(
        'mutation($input: RecordCashMovementInput!) { recordCashMovement(input: $input) { id } }',
        { input: { tillId: first, direction: 'IN', amountCents: 500, reason: 'Monnaie' } },
        session.accessToken,
      );
      expect(await events(first, 'TILL_SIGN_IN')).toHaveLength(1);

      // Reading is not signing in.
      const reader = await loginAs(t.url, staffUser);
      await ok('query($id: ID!) { cashSession(tillId: $id) { id } }', { id: first }, reader.accessToken);
      await ok(
        'query($f: ClosuresFilterInput!) { closures(filter: $f) { id } }',
        { f: { tillId: first } },
        reader.accessToken,
      );
      expect(await events(first, 'TILL_SIGN_IN')).toHaveLength(1);

      // Another till: a sign-in of its own for the same session.
      const second = await till('Connexion bis', true, session.accessToken);
      expect((await events(second, 'TILL_SIGN_IN')).map((e) => e.payload.sessionId)).toEqual([sid]);
    });

    it('concurrent first actions of one session journal one sign-in; another session signs in on its own', async () => {
      const tillId = await till('Concurrence');
      const before = await events(tillId, 'TILL_SIGN_IN');
      expect(before).toHaveLength(1); // the session of `staff`, which opened the cash session
      const session = await loginAs(t.url, staffUser);
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          gqlAs<{ openSale: Sale }>(OPEN, { input: { tillId } }, session.accessToken),
        ),
      );
      expect(results.filter((r) => r.data?.openSale.id !== undefined)).toHaveLength(8);
      const after = await events(tillId, 'TILL_SIGN_IN');
      expect(after.map((e) => e.payload.sessionId)).toEqual([
        sessionOf(staff),
        sessionOf(session.accessToken),
      ]);
      const verified = await ok<{ verifyJournal: { ok: boolean; recordsChecked: number } }>(
        'mutation($input: JournalRangeInput!) { verifyJournal(input: $input) { ok recordsChecked } }',
        { input: { tillId } },
        admin,
      );
      expect(verified.verifyJournal.ok).toBe(true);
    });
  });

  describe('card tenders cancelled on the reader', () => {
    const ctidOf = async (tender: Tender) =>
      (
        await ok<{ terminalCheckout: { payment: { providerReference: string } } }>(CHECKOUT, {
          id: tender.terminalCheckoutId,
        })
      ).terminalCheckout.payment.providerReference;

    async function withPendingCard(name: string): Promise<{ sale: Sale; card: Tender }> {
      const tillId = await till(name);
      const sale = await ticket(tillId, 3000);
      await ok(PAY, { input: { saleId: sale.id, kind: 'CASH', amountCents: 1000, idempotencyKey: key() } });
      const paid = (
        await ok<{ paySale: Sale }>(PAY, {
          input: {
            saleId: sale.id,
            kind: 'CARD_TERMINAL',
            amountCents: 2000,
            readerId,
            idempotencyKey: key(),
          },
        })
      ).paySale;
      const card = paid.tenders.find((x) => x.kind === 'CARD_TERMINAL')!;
      expect(card.status).toBe('PENDING');
      return { sale: paid, card };
    }

    it('cancelSaleTender stops the checkout on the reader, declines the tender (published), idempotent', async () => {
      const { sale, card } = await withPendingCard('Annulation');
      const ctid = await ctidOf(card);
      const client = wsClient(t.url, staff);
      try {
        const sub = subscribe<{ saleUpdated: Sale }>(
          client,
          `subscription($id: ID!) { saleUpdated(id: $id) { ${SALE} } }`,
          {
            id: sale.id,
          },
        );
        await waitForSubscribers(t.config, `saleUpdated:${sale.id}`);
        const cancelled = (
          await ok<{ cancelSaleTender: Sale }>(CANCEL, { input: { saleId: sale.id, tenderId: card.id } })
        ).cancelSaleTender;
        expect(fake.checkout(ctid).status).toBe('cancelled');
        expect(fake.requests.some((r) => r.method === 'POST' && r.path.endsWith('/terminate'))).toBe(true);
        expect(cancelled).toMatchObject({
          status: 'OPEN',
          paidCents: 1000,
          pendingCents: 0,
          leftToPayCents: 2000,
        });
        expect(cancelled.tenders.map((x) => [x.kind, x.status])).toEqual([
          ['CASH', 'CONFIRMED'],
          ['CARD_TERMINAL', 'DECLINED'],
        ]);
        expect(cancelled.tenders[1].failureReason).toBe('Paiement annulé.');
        const published = await waitFor(async () => {
          const next = (await sub.next()).saleUpdated;
          return next.tenders.some((x) => x.id === card.id && x.status === 'DECLINED') ? next : false;
        }, 'saleUpdated with the declined tender');
        expect(published.pendingCents).toBe(0);
      } finally {
        await client.dispose();
      }
      // Again: the same answer, nothing more sent to the reader.
      const terminations = fake.requests.filter((r) => r.path.endsWith('/terminate')).length;
      const again = (
        await ok<{ cancelSaleTender: Sale }>(CANCEL, { input: { saleId: sale.id, tenderId: card.id } })
      ).cancelSaleTender;
      expect(again.tenders.map((x) => x.status)).toEqual(['CONFIRMED', 'DECLINED']);
      expect(fake.requests.filter((r) => r.path.endsWith('/terminate')).length).toBe(terminations);
      // The ticket is paid another way.
      const done = (
        await ok<{ paySale: Sale }>(PAY, {
          input: {
            saleId: sale.id,
            kind: 'CHEQUE',
            amountCents: 2000,
            reference: '0012345',
            idempotencyKey: key(),
          },
        })
      ).paySale;
      expect(done.status).toBe('COMPLETED');
    });

    it('a checkout that times out on the reader declines its tender without waiting for the next paySale', async () => {
      const { sale, card } = await withPendingCard('Délai');
      fake.timeout(await ctidOf(card));
      const declined = await waitFor(async () => {
        const s = await get(sale.id);
        return s.tenders.find((x) => x.id === card.id)?.status === 'DECLINED' ? s : false;
      }, 'the poller to decline the tender');
      expect(declined).toMatchObject({
        status: 'OPEN',
        paidCents: 1000,
        pendingCents: 0,
        leftToPayCents: 2000,
      });
    });

    it('a card declined on the reader is declined at once through the callback', async () => {
      const { sale, card } = await withPendingCard('Refus');
      const ctid = await ctidOf(card);
      fake.decline(ctid, 'insufficient_funds');
      expect(await fake.deliverCallback(ctid)).toBe(200);
      const declined = await waitFor(async () => {
        const s = await get(sale.id);
        return s.tenders.find((x) => x.id === card.id)?.status === 'DECLINED' ? s : false;
      }, 'the callback to decline the tender');
      expect(declined.tenders.find((x) => x.id === card.id)?.failureReason).toContain('Carte refusée');
    });

    it('refuses to cancel a confirmed tender, or a tender of another ticket, in French', async () => {
      const { sale, card } = await withPendingCard('Refus annulation');
      const cash = sale.tenders.find((x) => x.kind === 'CASH')!;
      const confirmed = await gqlAs(CANCEL, { input: { saleId: sale.id, tenderId: cash.id } }, staff);
      expect(confirmed.errors?.[0]).toMatchObject({
        message: 'Ce paiement est déjà accepté : il ne s’annule plus (une correction se fait par un avoir).',
        extensions: { code: 'CONFLICT' },
      });
      const other = await ticket(sale.tillId, 500);
      const elsewhere = await gqlAs(CANCEL, { input: { saleId: other.id, tenderId: card.id } }, staff);
      expect(elsewhere.errors?.[0]).toMatchObject({
        message: 'Paiement introuvable sur ce ticket.',
        extensions: { code: 'NOT_FOUND' },
      });
      const refused = await gqlAs(CANCEL, { input: { saleId: sale.id, tenderId: card.id } }, accountant);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await ok(CANCEL, { input: { saleId: sale.id, tenderId: card.id } });
    });
  });

  describe('accountant accounts', () => {
    it('an admin invites an accountant, listed with the team', async () => {
      const invited = await ok<{ inviteStaff: { id: string; role: string } }>(
        'mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { id role } }',
        {
          input: {
            email: `compta-${process.pid}@exemple.fr`,
            firstName: 'Marc',
            lastName: 'Lefèvre',
            role: 'ACCOUNTANT',
          },
        },
        admin,
      );
      expect(invited.inviteStaff.role).toBe('ACCOUNTANT');
      const team = await ok<{ staffAccounts: { id: string; role: string }[] }>(
        '{ staffAccounts { id role } }',
        {},
        admin,
      );
      expect(team.staffAccounts).toContainEqual({ id: invited.inviteStaff.id, role: 'ACCOUNTANT' });
      const bad = await gqlAs(
        'mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { id } }',
        { input: { email: 'client@exemple.fr', firstName: 'A', lastName: 'B', role: 'CLIENT' } },
        admin,
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          expect.objectContaining({
            field: 'input.role',
            message: 'Le rôle doit être Administrateur, Équipe ou Comptable.',
          }),
        ],
      });
    });
  });
});
