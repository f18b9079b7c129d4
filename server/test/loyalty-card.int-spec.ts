/**
 * The loyalty card: the manage-booking page shows its own client's points, tier, next reward and
 * card (never another client's), the card's QR code reads back as its token (decoded independently),
 * the token is not the client id, and the till finds the client by it (STAFF only).
 */
import type { DataSource } from 'typeorm';
import { decodeQr, gql, gqlOk } from '@serenaia/test-support';
import { createCategory, createPractitioner, createService, inDays } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';

const CREATE = `mutation Create($input: CreateBookingInput!) {
  createBooking(input: $input) { manageToken booking { id } } }`;
const BY_TOKEN = `query($token: String!) { bookingByToken(token: $token) { clientFirstName
  loyalty { balance tier tierName availableRewards { name points } nextReward { name points } cardToken qrSvg } } }`;
const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`;
const CARD_CLIENT = `query($token: String!) { loyaltyCardClient(token: $token) { clientId firstName lastName } }`;

interface Card {
  balance: number;
  tier: string;
  tierName: string;
  availableRewards: { name: string; points: number }[];
  nextReward: { name: string; points: number } | null;
  cardToken: string;
  qrSvg: string;
}

/** The dark modules of a `qrcode` SVG (one path of `M x y.5 h n` / `m dx dy h n` runs), margin removed. */
function svgModules(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const d = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i++) grid[Math.floor(y)][x + i] = true;
      x += Number(a);
    }
  }
  const margin = grid.findIndex((row) => row.some(Boolean));
  return grid.slice(margin, size - margin).map((row) => row.slice(margin, size - margin));
}

describe('loyalty card', () => {
  let t: TestApp;
  let db: DataSource;
  let service: string;
  let practitioner: string;
  let admin: string;
  let staff: string;
  let accountant: string;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    await db.query(
      'UPDATE booking_settings SET closed_on_public_holidays = false, min_lead_time_minutes = 60, cancellation_deadline_hours = 24',
    );
    service = await createService(db, await createCategory(db), { minutes: 30 });
    practitioner = await createPractitioner(db, [service], 'Nina');
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
    staff = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function book(firstName: string, hour: string): Promise<{ token: string; clientId: string }> {
    n += 1;
    const created = await gqlOk<{ createBooking: { manageToken: string; booking: { id: string } } }>(
      t.url,
      CREATE,
      {
        input: {
          serviceIds: [service],
          practitionerId: practitioner,
          start: inDays(6, hour).toISOString(),
          client: {
            firstName,
            lastName: `Carte${n}`,
            email: `${firstName.toLowerCase()}.carte${n}@exemple.fr`,
            phone: `+336${String(30000000 + n)}`,
          },
        },
      },
    );
    const [row]: { client_id: string }[] = await db.query('SELECT client_id FROM booking WHERE id = $1', [
      created.createBooking.booking.id,
    ]);
    return { token: created.createBooking.manageToken, clientId: row.client_id };
  }

  const cardOf = async (token: string): Promise<Card> =>
    (await gqlOk<{ bookingByToken: { loyalty: Card } }>(t.url, BY_TOKEN, { token })).bookingByToken.loyalty;

  it('shows the booking client’s own balance, tier and next reward; another booking shows its own client only', async () => {
    const ines = await book('Inès', '10:00');
    const lou = await book('Lou', '11:00');
    await gqlOk(
      t.url,
      ADJUST,
      { input: { clientId: ines.clientId, points: 420, reason: 'Reprise de l’ancienne carte' } },
      admin,
    );

    const card = await cardOf(ines.token);
    expect(card).toMatchObject({
      balance: 420,
      tier: 'BRONZE',
      tierName: 'Bronze',
      availableRewards: [],
      nextReward: { name: '10 € offerts', points: 500 },
    });
    const other = await cardOf(lou.token);
    expect(other).toMatchObject({ balance: 0, nextReward: { points: 500 } });
    expect(other.cardToken).not.toBe(card.cardToken);
    expect(JSON.stringify(other)).not.toContain(ines.clientId);
    expect(JSON.stringify(other)).not.toContain(card.cardToken);
    // Asked again, the same card (the token is stored, not drawn per request).
    expect((await cardOf(ines.token)).cardToken).toBe(card.cardToken);
  });

  it('a QR code that reads back as the card token, which is random and not the client id', async () => {
    const zoe = await book('Zoé', '14:00');
    const card = await cardOf(zoe.token);
    expect(card.cardToken).toMatch(/^[0-9a-f]{32}$/);
    expect(card.cardToken).not.toBe(zoe.clientId.replace(/-/g, ''));
    expect(decodeQr(svgModules(card.qrSvg))).toBe(card.cardToken);
  });

  it('the till finds the client by the scanned or typed token; bad and unknown tokens are refused in French; staff only', async () => {
    const jade = await book('Jade', '15:00');
    const { cardToken } = await cardOf(jade.token);
    const found = await gqlOk<{ loyaltyCardClient: { clientId: string; firstName: string } }>(
      t.url,
      CARD_CLIENT,
      { token: ` ${cardToken.toUpperCase()} ` },
      staff,
    );
    expect(found.loyaltyCardClient).toMatchObject({ clientId: jade.clientId, firstName: 'Jade' });

    const malformed = await gql(t.url, CARD_CLIENT, { token: 'abc' }, { token: staff });
    expect(malformed.errors?.[0]).toMatchObject({
      message: 'Ce code n’est pas celui d’une carte de fidélité.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await gql(t.url, CARD_CLIENT, { token: 'f'.repeat(32) }, { token: staff });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Carte de fidélité inconnue.',
      extensions: { code: 'NOT_FOUND' },
    });
    const refused = await gql(t.url, CARD_CLIENT, { token: cardToken }, { token: accountant });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(t.url, CARD_CLIENT, { token: cardToken });
    expect(anonymous.data ?? null).toBeNull();
  });
});
