import type { DataSource } from 'typeorm';
import { gql, type GqlResponse } from '@serenaia/test-support';
import { CashSessionService } from '../src/pos/index.js';
import { createUser, loginAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';

const SET = `mutation($input: SetSaleClientInput!) { setSaleClient(input: $input) { id clientId status } }`;
const OPEN = `mutation($input: OpenSaleInput!) { openSale(input: $input) { id clientId } }`;
const PARK = `mutation($input: ParkSaleInput!) { parkSale(input: $input) { id status } }`;

describe('point of sale: the ticket’s client (setSaleClient)', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let accountant: string;
  let tillId: string;
  let clientId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    const staffUser = await createUser(db, 'STAFF');
    staff = (await loginAs(t.url, staffUser)).accessToken;
    accountant = (await loginAs(t.url, await createUser(db, 'ACCOUNTANT'))).accessToken;
    const tills = t.get(CashSessionService);
    const till = await tills.createTill(`Client ${Date.now()}`);
    await tills.open({ tillId: till.id, counts: [], by: staffUser.id, now: new Date() });
    tillId = till.id;
    const rows: { id: string }[] = await db.query(
      `INSERT INTO client (first_name, last_name, email) VALUES ('Maëlle', 'Ticket', 'maelle.t@exemple.fr') RETURNING id`,
    );
    clientId = rows[0].id;
  });

  afterAll(async () => {
    await t?.close();
  });

  const as = <T>(query: string, variables: Record<string, unknown>, token = staff): Promise<GqlResponse<T>> =>
    gql<T>(t.url, query, variables, { token });

  async function openSale(): Promise<string> {
    const res = await as<{ openSale: { id: string } }>(OPEN, { input: { tillId } });
    if (res.data === undefined) throw new Error(JSON.stringify(res.errors));
    return res.data.openSale.id;
  }

  it('attaches and detaches a client; a parked ticket is resumed by it', async () => {
    const saleId = await openSale();
    await as(PARK, { input: { saleId } });
    const set = await as<{ setSaleClient: { clientId: string | null; status: string } }>(SET, {
      input: { saleId, clientId },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data?.setSaleClient).toMatchObject({ clientId, status: 'OPEN' });
    const stored: { client_id: string | null }[] = await db.query(
      'SELECT client_id FROM sale WHERE id = $1',
      [saleId],
    );
    expect(stored[0].client_id).toBe(clientId);
    const cleared = await as<{ setSaleClient: { clientId: string | null } }>(SET, {
      input: { saleId, clientId: null },
    });
    expect(cleared.data?.setSaleClient.clientId).toBeNull();
  });

  it('refuses an unknown client in French naming the field, and leaves the ticket as it was', async () => {
    const saleId = await openSale();
    await as(SET, { input: { saleId, clientId } });
    const res = await as(SET, { input: { saleId, clientId: '00000000-0000-4000-8000-000000000000' } });
    expect(res.errors?.[0]?.message).toBe('Cliente introuvable.');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.clientId' })],
    });
    const stored: { client_id: string | null }[] = await db.query(
      'SELECT client_id FROM sale WHERE id = $1',
      [saleId],
    );
    expect(stored[0].client_id).toBe(clientId);
  });

  it('is refused to an accountant (who does not sell) and to an anonymous caller', async () => {
    const saleId = await openSale();
    const byAccountant = await as(SET, { input: { saleId, clientId } }, accountant);
    expect(byAccountant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(t.url, SET, { input: { saleId, clientId } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stored: { client_id: string | null }[] = await db.query(
      'SELECT client_id FROM sale WHERE id = $1',
      [saleId],
    );
    expect(stored[0].client_id).toBeNull();
  });
});
