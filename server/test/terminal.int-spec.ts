import type { DataSource } from 'typeorm';
import { createUser, loginAs } from './support/factories.js';
import { gql, subscribe, wsClient, type GqlResponse } from '@serenaia/test-support';
import { startTestApp, waitForSubscribers, type TestApp } from './support/app.js';
import { freePort } from '@serenaia/test-support';
import { waitFor } from './support/wait.js';
import { startSumUpFake, type SumUpFake } from './fakes/sumup-fake.js';
import { SumUp } from './fakes/sumup-sdk.js';

const API_KEY = 'sup_sk_terminal_7c41d9e2b8a5';
const MERCHANT = 'MTERM001';

const CHECKOUT = `id status final amountCents reference failureReason readerId readerName provider
  payment { id status kind method provider providerReference amountCents refundedCents bookingId }`;
const START = `mutation Start($input: StartTerminalCheckoutInput!) { startTerminalCheckout(input: $input) { ${CHECKOUT} } }`;
const GET = `query Get($id: ID!) { terminalCheckout(id: $id) { ${CHECKOUT} } }`;
const CANCEL = `mutation Cancel($id: ID!) { cancelTerminalCheckout(id: $id) { ${CHECKOUT} } }`;
const SIMULATE = `mutation Sim($input: SimulateTerminalOutcomeInput!) { simulateTerminalOutcome(input: $input) { ${CHECKOUT} } }`;
const PAIR = `mutation Pair($input: PairReaderInput!) { pairReader(input: $input) { id name provider serial status state busy } }`;
const READERS = '{ readers { id name provider status state busy } }';
const REFUND = `mutation Refund($input: RefundPaymentInput!) { refundPayment(input: $input) { id status refundedCents } }`;

interface Checkout {
  id: string;
  status: string;
  final: boolean;
  amountCents: number;
  reference: string | null;
  failureReason: string | null;
  readerId: string;
  readerName: string;
  provider: string;
  payment: {
    id: string;
    status: string;
    kind: string;
    method: string;
    provider: string;
    providerReference: string;
    amountCents: number;
    refundedCents: number;
    bookingId: string | null;
  };
}
interface Reader {
  id: string;
  name: string;
  provider: string;
  serial?: string | null;
  status: string;
  state: string | null;
  busy: boolean;
}

/** One app under test, with its staff and admin, recording every GraphQL answer it gave. */
interface Till {
  t: TestApp;
  db: DataSource;
  staff: string;
  admin: string;
}

const answers: string[] = [];

async function call<T>(
  till: Till,
  query: string,
  variables: Record<string, unknown> = {},
  as: 'staff' | 'admin' = 'staff',
): Promise<GqlResponse<T>> {
  const res = await gql<T>(till.t.url, query, variables, { token: till[as] });
  answers.push(JSON.stringify({ data: res.data, errors: res.errors }));
  return res;
}

async function ok<T>(
  till: Till,
  query: string,
  variables: Record<string, unknown> = {},
  as: 'staff' | 'admin' = 'staff',
): Promise<T> {
  const res = await call<T>(till, query, variables, as);
  if (res.errors || res.data === undefined) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function startTill(fake: SumUpFake | null, env: Record<string, string>): Promise<Till> {
  const port = await freePort();
  const t = await startTestApp({
    env: {
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...(fake ? { SUMUP_API_URL: fake.url } : {}),
      ...env,
    },
  });
  const till: Till = {
    t,
    db: t.dataSource,
    staff: (await loginAs(t.url, await createUser(t.dataSource, 'STAFF'))).accessToken,
    admin: (await loginAs(t.url, await createUser(t.dataSource, 'ADMIN'))).accessToken,
  };
  if (fake) {
    await ok(
      till,
      'mutation($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { sumupApiKeyHint } }',
      { input: { sumupApiKey: API_KEY, sumupMerchantCode: MERCHANT } },
      'admin',
    );
  }
  return till;
}

let codes = 0;
async function pair(fake: SumUpFake, till: Till, name: string): Promise<Reader> {
  codes += 1;
  const code = `PAIR${String(codes).padStart(4, '0')}`;
  fake.addPairingCode(code, { identifier: `SOLO-${codes}` });
  return (await ok<{ pairReader: Reader }>(till, PAIR, { input: { pairingCode: code, name } }, 'admin'))
    .pairReader;
}

const start = async (till: Till, input: Record<string, unknown>) =>
  (await ok<{ startTerminalCheckout: Checkout }>(till, START, { input })).startTerminalCheckout;
const get = async (till: Till, id: string) =>
  (await ok<{ terminalCheckout: Checkout }>(till, GET, { id })).terminalCheckout;
const waitForStatus = (till: Till, id: string, status: string) =>
  waitFor(async () => {
    const c = await get(till, id);
    return c.status === status ? c : false;
  }, `checkout ${id} to be ${status}`);
const outboxJobs = async (till: Till, paymentId: string) =>
  (
    await till.db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE name = 'payment.succeeded' AND payload->>'paymentId' = $1`,
      [paymentId],
    )
  )[0].n as number;

describe('card terminal (SumUp Solo)', () => {
  let fake: SumUpFake;
  /** Polls SumUp every 150 ms; simulation off. */
  let live: Till;
  /** Polls only once a minute: what changes here changed through the callback. */
  let hinted: Till;
  /** No SumUp keys, simulation on: the demo's virtual terminal. */
  let demo: Till;
  let liveReader: Reader;
  let hintedReader: Reader;

  beforeAll(async () => {
    fake = await startSumUpFake({ apiKey: API_KEY, merchantCode: MERCHANT });
    live = await startTill(fake, { TERMINAL_POLL_INTERVAL_MS: '150', SIMULATED_PAYMENTS: '0' });
    hinted = await startTill(fake, { TERMINAL_POLL_INTERVAL_MS: '60000', SIMULATED_PAYMENTS: '0' });
    demo = await startTill(null, {});
    liveReader = await pair(fake, live, 'Accueil');
    hintedReader = await pair(fake, hinted, 'Cabine 2');
  });

  afterAll(async () => {
    for (const till of [live, hinted, demo]) await till?.t.close();
    expect(fake.crashes).toEqual([]);
    await fake.close();
  });

  it('pairs a reader from the code it shows, and refuses an unknown or malformed code in French', async () => {
    expect(liveReader).toMatchObject({
      name: 'Accueil',
      provider: 'SUMUP',
      serial: expect.stringMatching(/^SOLO-/),
      status: 'ONLINE',
      state: 'IDLE',
      busy: false,
    });
    const sent = fake.requests.find(
      (r) => r.method === 'POST' && r.path === `/v0.1/merchants/${MERCHANT}/readers`,
    );
    expect(sent?.body).toEqual({ pairing_code: 'PAIR0001', name: 'Accueil' });

    const unknown = await call(live, PAIR, { input: { pairingCode: 'nope 0000', name: 'Caisse' } }, 'admin');
    expect(unknown.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Code d’appairage inconnu ou expiré/),
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.pairingCode' }] },
    });
    const malformed = await call(live, PAIR, { input: { pairingCode: 'AB', name: 'Caisse' } }, 'admin');
    expect(malformed.errors?.[0]).toMatchObject({
      message: 'Le code d’appairage compte 8 ou 9 lettres et chiffres, tel qu’affiché sur le terminal.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const { readers } = await ok<{ readers: Reader[] }>(live, READERS);
    expect(readers).toEqual([expect.objectContaining({ id: liveReader.id, name: 'Accueil' })]);
  });

  it('renames and removes a reader at SumUp and here', async () => {
    const spare = await pair(fake, live, 'Réserve');
    const renamed = await ok<{ renameReader: Reader }>(
      live,
      'mutation($input: RenameReaderInput!) { renameReader(input: $input) { id name } }',
      { input: { id: spare.id, name: '  Vitrine ' } },
      'admin',
    );
    expect(renamed.renameReader).toEqual({ id: spare.id, name: 'Vitrine' });
    const [{ provider_reader_id: sumupId }] = await live.db.query(
      'SELECT provider_reader_id FROM terminal_reader WHERE id = $1',
      [spare.id],
    );
    expect(fake.reader(sumupId).name).toBe('Vitrine');
    await ok(live, 'mutation($id: ID!) { removeReader(id: $id) }', { id: spare.id }, 'admin');
    expect(() => fake.reader(sumupId)).toThrow(/no reader/);
    const { readers } = await ok<{ readers: Reader[] }>(live, READERS);
    expect(readers.map((r) => r.id)).toEqual([liveReader.id]);
  });

  it('refuses bad amounts and unknown readers', async () => {
    const zero = await call(live, START, { input: { readerId: liveReader.id, amountCents: 0 } });
    expect(zero.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.amountCents', message: 'Le montant doit être positif.' }],
    });
    const cents = await call(live, START, { input: { readerId: liveReader.id, amountCents: 12.5 } });
    expect(cents.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await call(live, START, {
      input: { readerId: '00000000-0000-4000-8000-000000000000', amountCents: 1000 },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Terminal introuvable : il a peut-être été retiré. Rechargez la liste des terminaux.',
      extensions: { code: 'NOT_FOUND' },
    });
    const [{ n }] = await live.db.query(`SELECT count(*)::int AS n FROM payment`);
    expect(n).toBe(0);
  });

  it('approved through the callback: SumUp is asked again, the ledger moves once', async () => {
    const checkout = await start(hinted, {
      readerId: hintedReader.id,
      amountCents: 4500,
      reference: 'T-0042',
    });
    expect(checkout).toMatchObject({
      status: 'WAITING_FOR_CARD',
      final: false,
      amountCents: 4500,
      reference: 'T-0042',
      readerName: 'Cabine 2',
      provider: 'SUMUP',
      payment: {
        status: 'PENDING',
        kind: 'BALANCE',
        method: 'CARD_TERMINAL',
        provider: 'SUMUP',
        amountCents: 4500,
      },
    });
    const ctid = checkout.payment.providerReference;
    const created = fake.requests.findLast((r) => r.method === 'POST' && r.path.endsWith('/checkout'))!;
    expect(created.body).toEqual({
      total_amount: { currency: 'EUR', minor_unit: 2, value: 4500 },
      description: 'T-0042',
      return_url: `${hinted.t.config.publicUrl}/webhooks/sumup`,
    });
    fake.approve(ctid);
    const [{ provider_checkout_id: sumupCheckoutId }] = await hinted.db.query(
      'SELECT provider_checkout_id FROM terminal_checkout WHERE id = $1',
      [checkout.id],
    );
    const fetches = () =>
      fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/checkout/${sumupCheckoutId}`))
        .length;
    const fetchesBefore = fetches();
    expect(await fake.deliverCallback(ctid)).toBe(200);
    expect(await fake.deliverCallback(ctid)).toBe(200); // SumUp may deliver again
    const after = await get(hinted, checkout.id);
    expect(after).toMatchObject({ status: 'APPROVED', final: true, payment: { status: 'SUCCEEDED' } });
    // The first callback made the app ask SumUp; the second finds it approved, which nothing can change.
    expect(fetches()).toBe(fetchesBefore + 1);
    expect(await outboxJobs(hinted, checkout.payment.id)).toBe(1);
  });

  it('a forged callback claiming success changes nothing; malformed ones are refused', async () => {
    const checkout = await start(hinted, { readerId: hintedReader.id, amountCents: 3000 });
    const ctid = checkout.payment.providerReference;
    expect(await fake.forgeCallback(ctid, { status: 'successful' })).toBe(200);
    expect(fake.callbacks.at(-1)).toMatchObject({ forged: true, status: 200 });
    const after = await get(hinted, checkout.id);
    expect(after).toMatchObject({ status: 'WAITING_FOR_CARD', payment: { status: 'PENDING' } });
    expect(await outboxJobs(hinted, checkout.payment.id)).toBe(0);

    const post = (body: string) =>
      fetch(`${hinted.t.url}/webhooks/sumup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then((r) => r.status);
    expect(await post('{"payload": {"status": "successful"}}')).toBe(400);
    expect(await post('{not json')).toBe(400);
    expect(
      await post(
        JSON.stringify({
          id: 'evt-1',
          event_type: 'solo.transaction.updated',
          payload: { client_transaction_id: 'unknown-ctid', merchant_code: MERCHANT, status: 'successful' },
          timestamp: new Date().toISOString(),
        }),
      ),
    ).toBe(200);
    expect((await get(hinted, checkout.id)).status).toBe('WAITING_FOR_CARD');
    await ok(hinted, CANCEL, { id: checkout.id });
  });

  it('approved by polling when no callback comes', async () => {
    const checkout = await start(live, { readerId: liveReader.id, amountCents: 6000, kind: 'SALE' });
    const ctid = checkout.payment.providerReference;
    fake.approve(ctid);
    const done = await waitForStatus(live, checkout.id, 'APPROVED');
    expect(done.payment).toMatchObject({ status: 'SUCCEEDED', kind: 'SALE' });
    expect(fake.callbacks.filter((c) => c.clientTransactionId === ctid)).toEqual([]);
    expect(await outboxJobs(live, checkout.payment.id)).toBe(1);
    const [{ final_at: finalAt }] = await live.db.query(
      'SELECT final_at FROM terminal_checkout WHERE id = $1',
      [checkout.id],
    );
    expect(finalAt).toBeInstanceOf(Date);
  });

  it('a declined card is DECLINED, the payment FAILED, and the reader free again', async () => {
    const checkout = await start(live, { readerId: liveReader.id, amountCents: 2500 });
    fake.decline(checkout.payment.providerReference, 'insufficient funds');
    const done = await waitForStatus(live, checkout.id, 'DECLINED');
    expect(done).toMatchObject({
      final: true,
      failureReason: 'Carte refusée (insufficient funds).',
      payment: { status: 'FAILED' },
    });
    expect(await outboxJobs(live, checkout.payment.id)).toBe(0);
    const next = await start(live, { readerId: liveReader.id, amountCents: 100 });
    await ok(live, CANCEL, { id: next.id });
  });

  it('a busy reader is a clear CONFLICT, whether busy here or at SumUp', async () => {
    const first = await start(live, { readerId: liveReader.id, amountCents: 1500 });
    const busy = await call(live, START, { input: { readerId: liveReader.id, amountCents: 900 } });
    expect(busy.errors?.[0]).toMatchObject({
      message:
        'Le terminal est déjà occupé par un autre paiement : attendez qu’il se termine ou annulez-le, puis réessayez.',
      extensions: { code: 'CONFLICT' },
    });
    const { readers } = await ok<{ readers: Reader[] }>(live, READERS);
    expect(readers.find((r) => r.id === liveReader.id)).toMatchObject({
      busy: true,
      state: 'WAITING_FOR_CARD',
    });
    await ok(live, CANCEL, { id: first.id });

    // Another application (SumUp's own app, a second till system) holds the reader.
    const [{ provider_reader_id: sumupId }] = await live.db.query(
      'SELECT provider_reader_id FROM terminal_reader WHERE id = $1',
      [liveReader.id],
    );
    const other = new SumUp({ apiKey: API_KEY, host: fake.url });
    const { data } = await other.readers.createCheckout(MERCHANT, sumupId, {
      total_amount: { currency: 'EUR', minor_unit: 2, value: 100 },
    });
    const before = (await live.db.query('SELECT count(*)::int AS n FROM payment'))[0].n as number;
    const atSumUp = await call(live, START, { input: { readerId: liveReader.id, amountCents: 900 } });
    expect(atSumUp.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Le terminal est déjà occupé par un autre paiement/),
      extensions: { code: 'CONFLICT' },
    });
    expect((await live.db.query('SELECT count(*)::int AS n FROM payment'))[0].n).toBe(before);
    fake.timeout(data.client_transaction_id);
  });

  it('an offline reader is a clear CONFLICT and records nothing', async () => {
    const [{ provider_reader_id: sumupId }] = await live.db.query(
      'SELECT provider_reader_id FROM terminal_reader WHERE id = $1',
      [liveReader.id],
    );
    fake.setReaderOffline(sumupId, true);
    try {
      const before = (await live.db.query('SELECT count(*)::int AS n FROM payment'))[0].n as number;
      const offline = await call(live, START, { input: { readerId: liveReader.id, amountCents: 900 } });
      expect(offline.errors?.[0]).toMatchObject({
        message:
          'Le terminal est hors ligne : allumez-le, vérifiez sa connexion (Wi-Fi ou réseau mobile), puis réessayez.',
        extensions: { code: 'CONFLICT' },
      });
      expect((await live.db.query('SELECT count(*)::int AS n FROM payment'))[0].n).toBe(before);
      const { readers } = await ok<{ readers: Reader[] }>(live, READERS);
      expect(readers.find((r) => r.id === liveReader.id)).toMatchObject({ status: 'OFFLINE', busy: false });
    } finally {
      fake.setReaderOffline(sumupId, false);
    }
  });

  it('cancels a checkout on the reader', async () => {
    const checkout = await start(live, { readerId: liveReader.id, amountCents: 4200 });
    const terminations = () =>
      fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/terminate')).length;
    const before = terminations();
    const cancelled = (await ok<{ cancelTerminalCheckout: Checkout }>(live, CANCEL, { id: checkout.id }))
      .cancelTerminalCheckout;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      final: true,
      failureReason: 'Paiement annulé.',
      payment: { status: 'CANCELLED' },
    });
    expect(terminations()).toBe(before + 1);
    expect(fake.checkout(checkout.payment.providerReference).status).toBe('cancelled');
    // Twice is harmless; an approved payment cannot be cancelled (it is refunded).
    expect(
      (await ok<{ cancelTerminalCheckout: Checkout }>(live, CANCEL, { id: checkout.id }))
        .cancelTerminalCheckout,
    ).toMatchObject({ status: 'CANCELLED' });
  });

  it('past its deadline a checkout is stopped on the reader and TIMED_OUT', async () => {
    const checkout = await start(live, { readerId: liveReader.id, amountCents: 3300 });
    // The deadline passes (as it would after TERMINAL_CHECKOUT_TIMEOUT_SECONDS).
    await live.db.query(
      `UPDATE terminal_checkout SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [checkout.id],
    );
    const done = await waitForStatus(live, checkout.id, 'TIMED_OUT');
    expect(done).toMatchObject({
      final: true,
      failureReason: 'Aucune carte présentée à temps : le paiement a été arrêté sur le terminal.',
      payment: { status: 'CANCELLED' },
    });
    expect(fake.checkout(checkout.payment.providerReference).status).toBe('cancelled');
    const cancelAfter = await call(live, CANCEL, { id: checkout.id });
    expect(cancelAfter.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('terminalCheckoutUpdated streams each state change after commit', async () => {
    const checkout = await start(live, { readerId: liveReader.id, amountCents: 5100 });
    const ctid = checkout.payment.providerReference;
    const client = wsClient(live.t.url, live.staff);
    try {
      const sub = subscribe<{ terminalCheckoutUpdated: Checkout }>(
        client,
        `subscription($id: ID!) { terminalCheckoutUpdated(id: $id) { ${CHECKOUT} } }`,
        { id: checkout.id },
      );
      await waitForSubscribers(live.t.config, `terminalCheckoutUpdated:${checkout.id}`);
      fake.progress(ctid, 'WAITING_FOR_PIN');
      const pin = (await sub.next()).terminalCheckoutUpdated;
      expect(pin).toMatchObject({
        id: checkout.id,
        status: 'WAITING_FOR_PIN',
        payment: { status: 'PENDING' },
      });
      fake.approve(ctid);
      const approved = (await sub.next()).terminalCheckoutUpdated;
      expect(approved).toMatchObject({ status: 'APPROVED', final: true, payment: { status: 'SUCCEEDED' } });
      const [{ status }] = await live.db.query('SELECT status FROM payment WHERE id = $1', [
        checkout.payment.id,
      ]);
      expect(status).toBe('SUCCEEDED'); // published after commit: the row already says so
    } finally {
      await client.dispose();
    }
  });

  it('refunds a terminal payment through SumUp, in parts, never more than paid', async () => {
    const checkout = await start(live, { readerId: liveReader.id, amountCents: 4500 });
    fake.approve(checkout.payment.providerReference);
    await waitForStatus(live, checkout.id, 'APPROVED');
    const transaction = fake.transaction(checkout.payment.providerReference);
    const first = await ok<{ refundPayment: { status: string; refundedCents: number } }>(
      live,
      REFUND,
      { input: { id: checkout.payment.id, amountCents: 1050, reason: 'Produit retourné' } },
      'admin',
    );
    expect(first.refundPayment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedCents: 1050 });
    const sent = fake.requests.findLast((r) => r.path.endsWith('/refunds'))!;
    expect(sent).toMatchObject({
      method: 'POST',
      path: `/v1.0/merchants/${MERCHANT}/payments/${transaction.id}/refunds`,
      body: { amount: 10.5 },
      status: 201,
    });
    const rest = await ok<{ refundPayment: { status: string; refundedCents: number } }>(
      live,
      REFUND,
      { input: { id: checkout.payment.id, reason: 'Geste commercial' } },
      'admin',
    );
    expect(rest.refundPayment).toMatchObject({ status: 'REFUNDED', refundedCents: 4500 });
    expect(fake.refunds(transaction.id)).toEqual([1050, 3450]);
    expect(fake.transaction(checkout.payment.providerReference).status).toBe('REFUNDED');
    const more = await call(
      live,
      REFUND,
      { input: { id: checkout.payment.id, amountCents: 1, reason: 'x' } },
      'admin',
    );
    // Fully refunded: the payment's state refuses it (a conflict), whatever the amount.
    expect(more.errors?.[0]).toMatchObject({
      message: 'Ce paiement est déjà entièrement remboursé.',
      extensions: { code: 'CONFLICT' },
    });
    const [{ n }] = await live.db.query(
      `SELECT count(*)::int AS n FROM refund WHERE payment_id = $1 AND status = 'SUCCEEDED'`,
      [checkout.payment.id],
    );
    expect(n).toBe(2);
  });

  it('demo mode: a labelled virtual terminal, driven by simulateTerminalOutcome through the same path', async () => {
    const { readers } = await ok<{ readers: Reader[] }>(demo, READERS);
    expect(readers).toEqual([
      {
        id: expect.any(String),
        name: 'Terminal virtuel (démo)',
        provider: 'SIMULATED',
        status: 'ONLINE',
        state: 'IDLE',
        busy: false,
      },
    ]);
    const virtual = readers[0];
    const checkout = await start(demo, { readerId: virtual.id, amountCents: 7000, kind: 'DEPOSIT' });
    expect(checkout).toMatchObject({
      status: 'WAITING_FOR_CARD',
      provider: 'SIMULATED',
      payment: { provider: 'SIMULATED', method: 'CARD_TERMINAL', kind: 'DEPOSIT', status: 'PENDING' },
    });
    const client = wsClient(demo.t.url, demo.staff);
    try {
      const sub = subscribe<{ terminalCheckoutUpdated: Checkout }>(
        client,
        `subscription($id: ID!) { terminalCheckoutUpdated(id: $id) { id status } }`,
        { id: checkout.id },
      );
      await waitForSubscribers(demo.t.config, `terminalCheckoutUpdated:${checkout.id}`);
      const approved = await ok<{ simulateTerminalOutcome: Checkout }>(demo, SIMULATE, {
        input: { checkoutId: checkout.id, outcome: 'APPROVED' },
      });
      expect(approved.simulateTerminalOutcome).toMatchObject({
        status: 'APPROVED',
        payment: { status: 'SUCCEEDED' },
      });
      expect((await sub.next()).terminalCheckoutUpdated).toEqual({ id: checkout.id, status: 'APPROVED' });
    } finally {
      await client.dispose();
    }
    expect(await outboxJobs(demo, checkout.payment.id)).toBe(1);
    const again = await call(demo, SIMULATE, { input: { checkoutId: checkout.id, outcome: 'DECLINED' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The public online-payment simulator cannot settle a terminal payment behind its checkout.
    const sideDoor = await gql(
      demo.t.url,
      'mutation($input: CompleteSimulatedPaymentInput!) { completeSimulatedPayment(input: $input) { id } }',
      { input: { paymentId: checkout.payment.id, approve: false } },
    );
    expect(sideDoor.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const declined = await start(demo, { readerId: virtual.id, amountCents: 1200 });
    const refused = await ok<{ simulateTerminalOutcome: Checkout }>(demo, SIMULATE, {
      input: { checkoutId: declined.id, outcome: 'DECLINED' },
    });
    expect(refused.simulateTerminalOutcome).toMatchObject({
      status: 'DECLINED',
      payment: { status: 'FAILED' },
    });

    // With simulation off (and SumUp configured), there is no virtual terminal and nothing to simulate.
    const { readers: liveReaders } = await ok<{ readers: Reader[] }>(live, READERS);
    expect(liveReaders.map((r) => r.provider)).toEqual(['SUMUP']);
    const off = await call(live, SIMULATE, { input: { checkoutId: checkout.id, outcome: 'APPROVED' } });
    expect(off.errors?.[0]).toMatchObject({
      message: 'La simulation de paiement est désactivée sur cette installation.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('never shows or logs the SumUp API key', async () => {
    const settings = await ok<{ paymentSettings: Record<string, unknown> }>(
      live,
      '{ paymentSettings { sumupMerchantCode sumupApiKeyHint } }',
      {},
      'admin',
    );
    expect(settings.paymentSettings).toEqual({ sumupMerchantCode: MERCHANT, sumupApiKeyHint: '••••b8a5' });
    expect(answers.length).toBeGreaterThan(20);
    for (const answer of answers) expect(answer).not.toContain(API_KEY);
    for (const till of [live, hinted, demo]) {
      expect(till.t.logs.length).toBeGreaterThan(0);
      expect(till.t.logs.join('\n')).not.toContain(API_KEY);
    }
    // Only SumUp receives it, as a bearer token.
    expect(fake.requests.every((r) => r.headers.authorization === `Bearer ${API_KEY}`)).toBe(true);
  });
});
