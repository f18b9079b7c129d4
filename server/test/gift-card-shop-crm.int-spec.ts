import type { DataSource } from 'typeorm';
import { gql, gqlOk, type GqlResponse } from '@serenaia/test-support';
import { GiftCardPurchaseService } from '../src/gift-card/gift-card-purchase.service.js';
import { createUser, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';

/** A winter Monday, 10:00 Paris: the clock of the use case called directly. */
const NOW = Date.parse('2030-01-07T09:00:00Z');

const SETTINGS_FIELDS = `onlineSaleEnabled presetAmountsCents minFreeAmountCents maxFreeAmountCents validityMonths
  transferOrderHours forcedCategory transferIban transferBic transferHolder`;
const READ = `{ giftCardShopSettings { ${SETTINGS_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateGiftCardShopInput!) { updateGiftCardShop(input: $input) { ${SETTINGS_FIELDS} } }`;
const SHOP = '{ giftCardShop { presetAmountsCents methods transferOrderHours onlineSaleEnabled } }';
const PURCHASE = `mutation($input: PurchaseGiftCardInput!) {
  purchaseGiftCard(input: $input) { order { id reference } } }`;
const PENDING = `{ pendingGiftCardTransfers {
  id reference status buyerName buyerEmail recipientName priceCents faceValueCents createdAt expiresAt giftCardId } }`;
const MARK = `mutation($input: MarkGiftCardTransferReceivedInput!) {
  markGiftCardTransferReceived(input: $input) { status giftCardId } }`;

interface Pending {
  id: string;
  reference: string;
  status: string;
  buyerName: string;
  buyerEmail: string;
  priceCents: number;
  giftCardId: string | null;
}

const SHOP_INPUT = {
  onlineSaleEnabled: true,
  presetAmountsCents: [10000, 4000, 6000],
  minFreeAmountCents: 1500,
  maxFreeAmountCents: 30000,
  validityMonths: 18,
  transferOrderHours: 72,
  forcedCategory: 'MULTI_PURPOSE',
  transferIban: 'fr76 3000 6000 0112 3456 7890 189',
  transferBic: 'agrifrpp',
  transferHolder: 'Institut Sérénaia',
};

const fields = (res: GqlResponse<unknown>) =>
  (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];

describe('gift cards in the CRM: shop settings and orders waiting for a transfer', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    db = t.dataSource;
    staff = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  const buy = async (n: number, method: string, token?: string) =>
    (
      await gqlOk<{ purchaseGiftCard: { order: { id: string; reference: string } } }>(
        t.url,
        PURCHASE,
        {
          input: {
            amountCents: 4000 + n * 100,
            buyerName: `Inès Acheteuse ${n}`,
            buyerEmail: `ines${n}@exemple.fr`,
            recipientName: 'Marion',
            sendToBuyer: true,
            method,
          },
        },
        token,
      )
    ).purchaseGiftCard.order;

  it('an admin saves the shop: tidied values, read back, and the public shop follows', async () => {
    const saved = await gqlOk<{ updateGiftCardShop: unknown }>(t.url, UPDATE, { input: SHOP_INPUT }, admin);
    const expected = {
      ...SHOP_INPUT,
      presetAmountsCents: [4000, 6000, 10000],
      transferIban: 'FR76 3000 6000 0112 3456 7890 189',
      transferBic: 'AGRIFRPP',
    };
    expect(saved.updateGiftCardShop).toEqual(expected);
    expect(
      (await gqlOk<{ giftCardShopSettings: unknown }>(t.url, READ, {}, admin)).giftCardShopSettings,
    ).toEqual(expected);
    const shop = await gqlOk<{ giftCardShop: unknown }>(t.url, SHOP, {});
    expect(shop.giftCardShop).toEqual({
      presetAmountsCents: [4000, 6000, 10000],
      methods: ['CARD_ONLINE', 'BANK_TRANSFER'],
      transferOrderHours: 72,
      onlineSaleEnabled: true,
    });
    const [row] = await db.query<{ validity_months: number; forced_category: string }[]>(
      'SELECT validity_months, forced_category FROM gift_card_settings WHERE id = 1',
    );
    expect(row).toEqual({ validity_months: 18, forced_category: 'MULTI_PURPOSE' });
  });

  it('refuses a wrong IBAN and bad bounds field by field, in French, and keeps the settings', async () => {
    const res = await gql(
      t.url,
      UPDATE,
      {
        input: {
          ...SHOP_INPUT,
          minFreeAmountCents: 40000,
          transferIban: 'FR76 3000 6000 0112 3456 7890 188',
        },
      },
      { token: admin },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(res)).toEqual([
      {
        field: 'input.maxFreeAmountCents',
        message: 'Le montant libre maximum doit être au moins égal au minimum.',
      },
      {
        field: 'input.transferIban',
        message: 'IBAN invalide : la clé de contrôle ne correspond pas. Vérifiez la saisie.',
      },
    ]);
    const [row] = await db.query<{ min_free_amount_cents: number; transfer_iban: string }[]>(
      'SELECT min_free_amount_cents, transfer_iban FROM gift_card_settings WHERE id = 1',
    );
    expect(row).toEqual({ min_free_amount_cents: 1500, transfer_iban: 'FR76 3000 6000 0112 3456 7890 189' });
  });

  it('staff may not change the shop', async () => {
    const res = await gql(t.url, UPDATE, { input: SHOP_INPUT }, { token: staff });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the transfers waiting (not online orders), then the marked one leaves with its card issued', async () => {
    const first = await buy(1, 'BANK_TRANSFER');
    await buy(2, 'CARD_ONLINE');
    const second = await buy(3, 'BANK_TRANSFER', staff);
    // The expiry follows the saved setting: 72 hours after the order (the use case at a fixed clock).
    const clocked = await t.get(GiftCardPurchaseService).purchase(
      {
        amountCents: 4000,
        buyerName: 'Horloge',
        buyerEmail: 'horloge@exemple.fr',
        recipientName: 'Marion',
        sendToBuyer: true,
        method: 'BANK_TRANSFER',
      },
      null,
      NOW,
    );
    expect(clocked.order.expiresAt.toISOString()).toBe('2030-01-10T09:00:00.000Z');

    const before = (await gqlOk<{ pendingGiftCardTransfers: Pending[] }>(t.url, PENDING, {}, staff))
      .pendingGiftCardTransfers;
    expect(before.map((o) => o.reference)).toEqual([
      first.reference,
      second.reference,
      clocked.order.reference,
    ]);
    expect(before[0]).toMatchObject({
      status: 'PENDING_PAYMENT',
      buyerName: 'Inès Acheteuse 1',
      buyerEmail: 'ines1@exemple.fr',
      priceCents: 4100,
      giftCardId: null,
    });

    const marked = await gqlOk<{ markGiftCardTransferReceived: Pending }>(
      t.url,
      MARK,
      { input: { orderId: first.id } },
      staff,
    );
    expect(marked.markGiftCardTransferReceived.status).toBe('PAID');
    const after = (await gqlOk<{ pendingGiftCardTransfers: Pending[] }>(t.url, PENDING, {}, staff))
      .pendingGiftCardTransfers;
    expect(after.map((o) => o.reference)).toEqual([second.reference, clocked.order.reference]);
    const cards = await db.query<{ id: string; face_value_cents: number; category: string }[]>(
      'SELECT id, face_value_cents, category FROM gift_card WHERE order_id = $1',
      [first.id],
    );
    expect(cards).toEqual([
      {
        id: marked.markGiftCardTransferReceived.giftCardId,
        face_value_cents: 4100,
        category: 'MULTI_PURPOSE',
      },
    ]);
  });

  it('online sale off: the shop says so and refuses an order, naming why', async () => {
    await gqlOk(t.url, UPDATE, { input: { ...SHOP_INPUT, onlineSaleEnabled: false } }, admin);
    const shop = await gqlOk<{ giftCardShop: { onlineSaleEnabled: boolean } }>(t.url, SHOP, {});
    expect(shop.giftCardShop.onlineSaleEnabled).toBe(false);
    const res = await gql(
      t.url,
      PURCHASE,
      {
        input: {
          amountCents: 5000,
          buyerName: 'Paul',
          buyerEmail: 'paul@exemple.fr',
          recipientName: 'Marion',
          sendToBuyer: true,
          method: 'CARD_ONLINE',
        },
      },
      {},
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'L’institut ne vend pas de cartes cadeaux en ligne pour le moment.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const [{ n }] = await db.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM gift_card_order WHERE buyer_email = 'paul@exemple.fr'",
    );
    expect(n).toBe(0);
  });
});
