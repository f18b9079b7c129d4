import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import type { DataSource } from 'typeorm';
import { gql, gqlOk, type GqlResponse } from '@serenaia/test-support';
import {
  EXPIRE_GIFT_CARD_ORDERS,
  GiftCardCodes,
  GiftCardOrderPaymentService,
  formatCode,
} from '../src/gift-card/index.js';
import { GiftCardPurchaseService } from '../src/gift-card/gift-card-purchase.service.js';
import { QUEUES } from '../src/jobs/queues.js';
import { GIFT_CARD_ORDER_PAID_JOB } from '../src/payment/index.js';
import { startPayPalFake, type PayPalFake } from './fakes/paypal-fake.js';
import { startStripeFake, type StripeFake } from './fakes/stripe-fake.js';
import { createCategory, createService } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { configureStripe } from './support/stripe-settings.js';
import { startTestApp, type TestApp } from './support/app.js';
import { waitFor } from './support/wait.js';

const STRIPE_SECRET = 'sk_test_fake';
const WEBHOOK_SECRET = 'whsec_test_9c1e4b7a2d5f';
const PAYPAL_CLIENT_ID = 'AZ-serenaia-gift-card-client-id';
const PAYPAL_CLIENT_SECRET = 'EK-gift-card-paypal-secret-3b8f';
/** The clock of the use cases called directly (scheduled delivery): a winter Monday, 10:00 Paris. */
const NOW = Date.parse('2030-01-07T09:00:00Z');

const ORDER = `id reference status kind serviceName faceValueCents priceCents method recipientName sendToBuyer
  deliverOn expiresAt paidAt transfer { iban bic holder reference amountCents }`;
const PURCHASE = `mutation($input: PurchaseGiftCardInput!) {
  purchaseGiftCard(input: $input) {
    token paymentId provider stripeClientSecret stripePublishableKey paypalOrderId
    order { ${ORDER} }
  }
}`;
const VIEW = `query($id: ID!, $token: String!) { giftCardOrder(id: $id, token: $token) { ${ORDER} } }`;
const SIMULATE = `mutation($input: CompleteSimulatedPaymentInput!) { completeSimulatedPayment(input: $input) { id status } }`;
const MARK = `mutation($input: MarkGiftCardTransferReceivedInput!) { markGiftCardTransferReceived(input: $input) { ${ORDER} } }`;
const SHOP =
  '{ giftCardShop { presetAmountsCents minFreeAmountCents maxFreeAmountCents methods transferOrderHours } }';

interface Order {
  id: string;
  reference: string;
  status: string;
  kind: string;
  serviceName: string | null;
  faceValueCents: number;
  priceCents: number;
  method: string;
  deliverOn: string | null;
  expiresAt: string;
  paidAt: string | null;
  transfer: {
    iban: string;
    bic: string | null;
    holder: string;
    reference: string;
    amountCents: number;
  } | null;
}
interface Purchase {
  token: string;
  paymentId: string | null;
  provider: string | null;
  stripeClientSecret: string | null;
  stripePublishableKey: string | null;
  paypalOrderId: string | null;
  order: Order;
}
interface CardRow {
  id: string;
  status: string;
  kind: string;
  face_value_cents: number;
  price_paid_cents: number;
  balance_cents: number;
  recipient_email: string;
  buyer_email: string;
  deliver_at: Date | null;
  code_sealed: string;
  code_last4: string;
  order_id: string;
}

let n = 0;
const buyer = () => {
  n += 1;
  return { buyerName: `Camille Acheteuse ${n}`, buyerEmail: `camille${n}@exemple.fr` };
};

describe('gift cards bought online', () => {
  let t: TestApp;
  let db: DataSource;
  let stripe: StripeFake;
  let paypal: PayPalFake;
  let staff: string;
  let staffId: string;
  let admin: string;
  let service: string;
  const codes: string[] = [];

  beforeAll(async () => {
    stripe = await startStripeFake({ apiKey: STRIPE_SECRET });
    paypal = await startPayPalFake({ clientId: PAYPAL_CLIENT_ID, clientSecret: PAYPAL_CLIENT_SECRET });
    t = await startTestApp({
      env: { STRIPE_API_URL: stripe.url, PAYPAL_API_URL: paypal.url, RATE_LIMIT_PER_MINUTE: '100000' },
    });
    db = t.dataSource;
    const staffUser = await createUser(db, 'STAFF');
    staffId = staffUser.id;
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    service = await createService(db, await createCategory(db), { minutes: 60, priceCents: 8500 });
  });

  afterAll(async () => {
    await t?.close();
    await stripe?.close();
    expect(paypal?.crashes).toEqual([]);
    await paypal?.close();
  });

  const purchase = async (input: Record<string, unknown>, token?: string) =>
    (await gqlOk<{ purchaseGiftCard: Purchase }>(t.url, PURCHASE, { input }, token)).purchaseGiftCard;
  const fieldOf = (res: GqlResponse<unknown>) =>
    (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
  const cardsOf = (orderId: string) =>
    db.query<CardRow[]>('SELECT * FROM gift_card WHERE order_id = $1', [orderId]);
  const orderRow = async (id: string) =>
    (
      await db.query<{ status: string; gift_card_id: string | null; expires_at: Date }[]>(
        'SELECT status, gift_card_id, expires_at FROM gift_card_order WHERE id = $1',
        [id],
      )
    )[0];
  const keepCode = (card: CardRow) => {
    const code = t.get(GiftCardCodes).unseal(card.code_sealed);
    expect(code).not.toBeNull();
    expect(code?.slice(-4)).toBe(card.code_last4);
    codes.push(formatCode(code as string));
  };
  const setTransferAccount = () =>
    db.query(
      `INSERT INTO gift_card_settings (id, transfer_iban, transfer_bic, transfer_holder)
       VALUES (1, 'FR76 3000 6000 0112 3456 7890 189', 'AGRIFRPP', 'Institut Sérénaia')
       ON CONFLICT (id) DO UPDATE SET transfer_iban = EXCLUDED.transfer_iban,
         transfer_bic = EXCLUDED.transfer_bic, transfer_holder = EXCLUDED.transfer_holder`,
    );

  it('shows the shop: presets, free bounds and the demo card payment (no transfer without an IBAN)', async () => {
    const { giftCardShop } = await gqlOk<{ giftCardShop: Record<string, unknown> }>(t.url, SHOP, {});
    expect(giftCardShop).toEqual({
      presetAmountsCents: [3000, 5000, 8000, 10000],
      minFreeAmountCents: 2000,
      maxFreeAmountCents: 50000,
      methods: ['CARD_ONLINE'],
      transferOrderHours: 168,
    });
  });

  it('refuses bad input with a French message naming the field', async () => {
    const base = { ...buyer(), recipientName: 'Léa', sendToBuyer: true, method: 'CARD_ONLINE' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...base, amountCents: 1999 }, 'input.amountCents', /entre 20 € et 500 €/],
      [{ ...base, amountCents: 50001 }, 'input.amountCents', /entre 20 € et 500 €/],
      [{ ...base }, 'input.amountCents', /montant ou une prestation/],
      [{ ...base, amountCents: 5000, serviceId: service }, 'input.amountCents', /montant ou une prestation/],
      [{ ...base, amountCents: 5000, sendToBuyer: false }, 'input.recipientEmail', /bénéficiaire/],
      [{ ...base, amountCents: 5000, buyerEmail: 'pas-une-adresse' }, 'input.buyerEmail', /e-mail/],
      [{ ...base, amountCents: 5000, deliverOn: '2999-01-01' }, 'input.deliverOn', /un an/],
      [{ ...base, amountCents: 5000, deliverOn: '2030-02-30' }, 'input.deliverOn', /invalide/],
      [{ ...base, amountCents: 5000, buyerPhone: '12' }, 'input.buyerPhone', /téléphone/],
      [{ ...base, amountCents: 5000, method: 'BANK_TRANSFER' }, 'input.method', /pas proposé/],
      [{ ...base, amountCents: 5000, method: 'PAYPAL' }, 'input.method', /pas proposé/],
    ];
    for (const [input, field, message] of cases) {
      const res = await gql(t.url, PURCHASE, { input });
      expect({ input, code: res.errors?.[0]?.extensions?.code, field: fieldOf(res) }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        field: [field],
      });
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    const unknownService = await gql(t.url, PURCHASE, {
      input: { ...base, serviceId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknownService.errors?.[0]).toMatchObject({
      message: 'Prestation introuvable.',
      extensions: { code: 'NOT_FOUND' },
    });
    const [{ orders }] = await db.query<{ orders: number }[]>(
      'SELECT count(*)::int AS orders FROM gift_card_order',
    );
    expect(orders).toBe(0);
  });

  it('an online purchase with the demo provider issues one card, even when the confirmation is redelivered', async () => {
    const who = buyer();
    const bought = await purchase({
      ...who,
      amountCents: 7500,
      recipientName: 'Léa Destinataire',
      recipientEmail: 'Lea.Destinataire@Exemple.fr',
      message: 'Joyeux anniversaire !',
      deliverOn: '2020-01-01',
      method: 'CARD_ONLINE',
    });
    expect(bought.provider).toBe('SIMULATED');
    expect(bought.order).toMatchObject({
      status: 'PENDING_PAYMENT',
      kind: 'AMOUNT',
      faceValueCents: 7500,
      priceCents: 7500,
      method: 'CARD_ONLINE',
      transfer: null,
    });
    expect(bought.order.reference).toMatch(/^CC-[2-9A-HJ-NP-Z]{6}$/);
    // Online orders wait about an hour for their payment (the setting's default).
    const waits = Date.parse(bought.order.expiresAt) - Date.now();
    expect(waits).toBeGreaterThan(50 * 60_000);
    expect(waits).toBeLessThanOrEqual(60 * 60_000);
    expect(await cardsOf(bought.order.id)).toEqual([]);

    // The demo checkout approves twice (a double click), and the outbox's job is delivered again.
    await gqlOk(t.url, SIMULATE, { input: { paymentId: bought.paymentId, approve: true } });
    await gqlOk(t.url, SIMULATE, { input: { paymentId: bought.paymentId, approve: true } });
    const view = async () =>
      (await gqlOk<{ giftCardOrder: Order }>(t.url, VIEW, { id: bought.order.id, token: bought.token }))
        .giftCardOrder;
    await waitFor(async () => (await view()).status === 'PAID', 'the order to be paid');
    const queue = t.get<Queue>(getQueueToken(QUEUES.payments));
    const again = await queue.add(
      GIFT_CARD_ORDER_PAID_JOB,
      { paymentId: bought.paymentId, giftCardOrderId: bought.order.id },
      { jobId: `redelivery-${bought.paymentId}` },
    );
    expect(await again.finished()).toEqual({ outcome: 'already issued' });
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.get(GiftCardOrderPaymentService).onPaid(bought.order.id, bought.paymentId as string),
      ),
    );
    expect(outcomes).toEqual(Array(5).fill('already issued'));

    const cards = await cardsOf(bought.order.id);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      status: 'ACTIVE',
      kind: 'AMOUNT',
      face_value_cents: 7500,
      price_paid_cents: 7500,
      balance_cents: 7500,
      recipient_email: 'lea.destinataire@exemple.fr',
      buyer_email: who.buyerEmail,
      deliver_at: null,
    });
    keepCode(cards[0]);
    const movements = await db.query(
      'SELECT kind, amount_cents FROM gift_card_movement WHERE gift_card_id = $1',
      [cards[0].id],
    );
    expect(movements).toEqual([{ kind: 'ISSUE', amount_cents: 7500 }]);
    const payments = await db.query(
      'SELECT kind, method, provider, status, amount_cents, booking_id FROM payment WHERE gift_card_order_id = $1',
      [bought.order.id],
    );
    expect(payments).toEqual([
      {
        kind: 'GIFT_CARD_PURCHASE',
        method: 'CARD_ONLINE',
        provider: 'SIMULATED',
        status: 'SUCCEEDED',
        amount_cents: 7500,
        booking_id: null,
      },
    ]);
    const order = await view();
    expect(order).toMatchObject({ status: 'PAID', transfer: null });
    expect(order.paidAt).not.toBeNull();
    // A token for another order opens nothing.
    const wrong = await gql(t.url, VIEW, { id: bought.order.id, token: `${bought.token.slice(0, -2)}xx` });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a double click sends one key twice (even at once): one order, and the same answer after', async () => {
    const input = {
      ...buyer(),
      amountCents: 5000,
      recipientName: 'Lou',
      sendToBuyer: true,
      method: 'CARD_ONLINE',
      idempotencyKey: '6f1c2b7e-4d8a-4c1e-9b3f-2a5d7e9c0b14',
    };
    const [first, second] = await Promise.all([purchase(input), purchase(input)]);
    const third = await purchase(input);
    expect(second.order.id).toBe(first.order.id);
    expect(third.order.id).toBe(first.order.id);
    // The checkout is resumed, not opened again (two requests at the very same time may each open one).
    expect([first.paymentId, second.paymentId]).toContain(third.paymentId);
    expect(third.token).toBe(first.token);
    const [{ orders }] = await db.query<{ orders: number }[]>(
      `SELECT count(*)::int AS orders FROM gift_card_order WHERE idempotency_key = $1`,
      [input.idempotencyKey],
    );
    expect(orders).toBe(1);
    // Another submission (another key) is another order.
    const other = await purchase({ ...input, idempotencyKey: '0b7d5e3a-9c2f-4a6b-8e1d-3f4a5b6c7d8e' });
    expect(other.order.id).not.toBe(first.order.id);
    const bad = await gql(t.url, PURCHASE, { input: { ...input, idempotencyKey: 'x' } });
    expect(fieldOf(bad)).toEqual(['input.idempotencyKey']);
  });

  it('a declined demo payment leaves the order pending and issues nothing', async () => {
    const bought = await purchase({
      ...buyer(),
      serviceId: service,
      recipientName: 'Noé',
      sendToBuyer: true,
      method: 'CARD_ONLINE',
    });
    expect(bought.order).toMatchObject({ kind: 'SERVICE', faceValueCents: 8500, priceCents: 8500 });
    await gqlOk(t.url, SIMULATE, { input: { paymentId: bought.paymentId, approve: false } });
    expect((await orderRow(bought.order.id)).status).toBe('PENDING_PAYMENT');
    expect(await cardsOf(bought.order.id)).toEqual([]);
  });

  it('pending orders expire past their date; a payment arriving late still issues the card', async () => {
    const bought = await purchase({
      ...buyer(),
      amountCents: 3000,
      recipientName: 'Inès',
      sendToBuyer: true,
      method: 'CARD_ONLINE',
    });
    const { expires_at } = await orderRow(bought.order.id);
    const queue = t.get<Queue>(getQueueToken(QUEUES.giftCards));
    const run = async (now: number) =>
      (
        await queue.add(
          EXPIRE_GIFT_CARD_ORDERS,
          { now: new Date(now).toISOString() },
          { jobId: `expire-orders-${bought.order.id}-${now}` },
        )
      ).finished() as Promise<{ expired: number }>;
    await run(expires_at.getTime() - 60_000);
    expect((await orderRow(bought.order.id)).status).toBe('PENDING_PAYMENT');
    await run(expires_at.getTime() + 60_000);
    expect((await orderRow(bought.order.id)).status).toBe('EXPIRED');
    // Paid orders never expire: the first test's order is still PAID.
    const [{ paidExpired }] = await db.query<{ paidExpired: number }[]>(
      `SELECT count(*)::int AS "paidExpired" FROM gift_card_order WHERE status = 'EXPIRED' AND gift_card_id IS NOT NULL`,
    );
    expect(paidExpired).toBe(0);

    await gqlOk(t.url, SIMULATE, { input: { paymentId: bought.paymentId, approve: true } });
    await waitFor(async () => (await orderRow(bought.order.id)).status === 'PAID', 'the late payment');
    const cards = await cardsOf(bought.order.id);
    expect(cards).toHaveLength(1);
    expect(cards[0].recipient_email).toBe(cards[0].buyer_email);
    keepCode(cards[0]);
  });

  it('bank transfer: IBAN and reference, a scheduled card issued when staff mark it; a second mark is refused', async () => {
    await setTransferAccount();
    const shop = await gqlOk<{ giftCardShop: { methods: string[] } }>(t.url, SHOP, {});
    expect(shop.giftCardShop.methods).toEqual(['CARD_ONLINE', 'BANK_TRANSFER']);
    // The use case at a fixed clock: 7 January 2030, a card to send on Valentine's Day.
    const bought = await t.get(GiftCardPurchaseService).purchase(
      {
        ...buyer(),
        amountCents: 4200,
        recipientName: 'Jules',
        recipientEmail: 'jules@exemple.fr',
        deliverOn: '2030-02-14',
        method: 'BANK_TRANSFER',
      },
      null,
      NOW,
    );
    expect(bought.paymentId).toBeNull();
    expect(bought.order.transfer).toEqual({
      iban: 'FR76 3000 6000 0112 3456 7890 189',
      bic: 'AGRIFRPP',
      holder: 'Institut Sérénaia',
      reference: bought.order.reference,
      amountCents: 4200,
    });
    expect(bought.order.expiresAt.toISOString()).toBe('2030-01-14T09:00:00.000Z');
    const viewed = await gqlOk<{ giftCardOrder: Order }>(t.url, VIEW, {
      id: bought.order.id,
      token: bought.token,
    });
    expect(viewed.giftCardOrder).toMatchObject({ status: 'PENDING_PAYMENT', deliverOn: '2030-02-14' });
    expect(viewed.giftCardOrder.transfer?.reference).toBe(bought.order.reference);

    const marked = await t
      .get(GiftCardOrderPaymentService)
      .markTransferReceived(bought.order.id, staffId, NOW);
    expect(marked).toMatchObject({ status: 'PAID', transfer: null });
    const second = await gql(t.url, MARK, { input: { orderId: bought.order.id } }, { token: staff });
    expect(second.errors?.[0]).toMatchObject({
      message: 'Ce virement a déjà été enregistré.',
      extensions: { code: 'CONFLICT' },
    });
    const cards = await cardsOf(bought.order.id);
    expect(cards).toHaveLength(1);
    // 09:00 Paris on 14 February 2030 (winter time).
    expect(cards[0].deliver_at?.toISOString()).toBe('2030-02-14T08:00:00.000Z');
    expect(cards[0].recipient_email).toBe('jules@exemple.fr');
    keepCode(cards[0]);
    const payments = await db.query(
      'SELECT method, provider, status, amount_cents FROM payment WHERE gift_card_order_id = $1',
      [bought.order.id],
    );
    expect(payments).toEqual([
      { method: 'BANK_TRANSFER', provider: 'MANUAL', status: 'SUCCEEDED', amount_cents: 4200 },
    ]);
    // The ledger's job for that payment finds the card already there.
    await waitFor(
      async () =>
        (
          await db.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM outbox WHERE name = $1 AND payload->>'giftCardOrderId' = $2`,
            [GIFT_CARD_ORDER_PAID_JOB, bought.order.id],
          )
        )[0].n === 1,
      'the paid job',
    );
    expect(await cardsOf(bought.order.id)).toHaveLength(1);
  });

  it('staff mark a transfer over GraphQL (a phone order); online orders cannot be marked', async () => {
    const bought = await purchase(
      { ...buyer(), amountCents: 5000, recipientName: 'Maud', sendToBuyer: true, method: 'BANK_TRANSFER' },
      staff,
    );
    const marks = await Promise.all(
      Array.from({ length: 4 }, () =>
        gql<{ markGiftCardTransferReceived: Order }>(
          t.url,
          MARK,
          { input: { orderId: bought.order.id } },
          { token: admin },
        ),
      ),
    );
    expect(marks.filter((m) => m.data?.markGiftCardTransferReceived?.status === 'PAID')).toHaveLength(1);
    expect(marks.filter((m) => m.errors?.[0]?.message === 'Ce virement a déjà été enregistré.')).toHaveLength(
      3,
    );
    const cards = await cardsOf(bought.order.id);
    expect(cards).toHaveLength(1);
    keepCode(cards[0]);
    const [{ created_by }] = await db.query('SELECT created_by FROM gift_card_order WHERE id = $1', [
      bought.order.id,
    ]);
    expect(created_by).toBe(staffId);

    const online = await purchase({
      ...buyer(),
      amountCents: 5000,
      recipientName: 'Maud',
      sendToBuyer: true,
      method: 'CARD_ONLINE',
    });
    const refused = await gql(t.url, MARK, { input: { orderId: online.order.id } }, { token: staff });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Cette commande ne se règle pas par virement.',
      extensions: { code: 'CONFLICT' },
    });
    const client = await gql(t.url, MARK, { input: { orderId: online.order.id } });
    expect(client.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('with PayPal configured: the buyer approves, the server captures (twice is harmless), one card', async () => {
    await gqlOk(
      t.url,
      `mutation($input: UpdatePaymentSettingsInput!) { updatePaymentSettings(input: $input) { paypalClientId } }`,
      { input: { paypalClientId: PAYPAL_CLIENT_ID, paypalClientSecret: PAYPAL_CLIENT_SECRET } },
      admin,
    );
    const bought = await purchase({
      ...buyer(),
      amountCents: 6000,
      recipientName: 'Lou',
      recipientEmail: 'lou@exemple.fr',
      method: 'PAYPAL',
    });
    expect(bought).toMatchObject({ provider: 'PAYPAL', paypalOrderId: expect.any(String) });
    const CAPTURE = `mutation($input: CapturePayPalGiftCardOrderInput!) {
      capturePayPalGiftCardOrder(input: $input) { id status provider amountCents }
    }`;
    const input = { orderId: bought.order.id, token: bought.token, paypalOrderId: bought.paypalOrderId };
    const forged = await gql(t.url, CAPTURE, { input: { ...input, token: 'x'.repeat(43) } });
    expect(forged.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    paypal.approve(bought.paypalOrderId as string);
    const captured = await gqlOk<{ capturePayPalGiftCardOrder: { status: string; amountCents: number } }>(
      t.url,
      CAPTURE,
      { input },
    );
    expect(captured.capturePayPalGiftCardOrder).toMatchObject({ status: 'SUCCEEDED', amountCents: 6000 });
    await waitFor(async () => (await orderRow(bought.order.id)).status === 'PAID', 'the PayPal payment');
    const again = await gql(t.url, CAPTURE, { input });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Cette commande de carte cadeau est déjà réglée.',
      extensions: { code: 'CONFLICT' },
    });
    const cards = await cardsOf(bought.order.id);
    expect(cards).toHaveLength(1);
    keepCode(cards[0]);
  });

  it('with Stripe configured: a PaymentIntent for the order, the webhook delivered 3 times issues one card', async () => {
    await configureStripe(t.url, admin, { secretKey: STRIPE_SECRET, webhookSecret: WEBHOOK_SECRET });
    const bought = await purchase({
      ...buyer(),
      amountCents: 10000,
      recipientName: 'Sacha',
      recipientEmail: 'sacha@exemple.fr',
      method: 'CARD_ONLINE',
    });
    expect(bought).toMatchObject({
      provider: 'STRIPE',
      stripePublishableKey: 'pk_test_public',
      stripeClientSecret: expect.stringMatching(/^pi_\w+_secret_\w+$/),
    });
    const [{ provider_reference: intentId }] = await db.query(
      'SELECT provider_reference FROM payment WHERE id = $1',
      [bought.paymentId],
    );
    const creation = stripe.requests.find(
      (r) => r.method === 'POST' && r.path === '/v1/payment_intents' && r.rawBody.includes(bought.order.id),
    );
    expect(creation?.rawBody).toContain('GIFT_CARD_PURCHASE');
    stripe.succeed(intentId);
    const delivery = stripe.events.forIntent('payment_intent.succeeded', intentId, {
      secret: WEBHOOK_SECRET,
    });
    const statuses = await Promise.all(
      Array.from({ length: 3 }, () => stripe.events.deliver(`${t.url}/webhooks/stripe`, delivery)),
    );
    expect(statuses).toEqual([200, 200, 200]);
    await waitFor(async () => (await orderRow(bought.order.id)).status === 'PAID', 'the Stripe payment');
    const cards = await cardsOf(bought.order.id);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ face_value_cents: 10000, recipient_email: 'sacha@exemple.fr' });
    keepCode(cards[0]);
  });

  it('holds no code in clear anywhere in the database', async () => {
    expect(codes.length).toBeGreaterThanOrEqual(5);
    const tables = await db.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const needles = codes.flatMap((c) => [c, c.replace(/-/g, ''), c.replace(/-/g, '').toLowerCase()]);
    for (const { table_name } of tables) {
      const rows = await db.query<{ row: string }[]>(`SELECT t::text AS row FROM "${table_name}" t`);
      for (const { row } of rows) {
        for (const needle of needles) {
          if (row.includes(needle)) throw new Error(`Code ${needle} found in ${table_name}`);
        }
      }
    }
    expect(t.logs.some((line) => codes.some((c) => line.includes(c.replace(/-/g, ''))))).toBe(false);
  });
});
