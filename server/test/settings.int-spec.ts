import type { DataSource } from 'typeorm';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gql, gqlOk } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

const SETTINGS = '{ settings { institute { name siret vatNumber city timeZone currency } } }';
const UPDATE = `mutation U($input: UpdateInstituteInput!) {
  updateInstitute(input: $input) { name siret vatNumber postalCode brandColor }
}`;

describe('settings', () => {
  let t: TestApp;
  let db: DataSource;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    adminToken = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
  });

  afterAll(async () => {
    await t.close();
  });

  it('says clearly when the institute is not configured yet', async () => {
    const res = await gql(t.url, SETTINGS);
    expect(res.errors?.[0]).toMatchObject({
      message: "L'institut n'est pas encore configuré.",
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('shows the institute to anonymous visitors', async () => {
    await insertInstitute(db);
    const data = await gqlOk<{ settings: { institute: Record<string, string> } }>(t.url, SETTINGS);
    expect(data.settings.institute).toEqual({
      name: 'Institut Test',
      siret: '91234567500017',
      vatNumber: 'FR65912345675',
      city: 'Paris',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
    });
  });

  it('normalises and saves valid identifiers', async () => {
    const data = await gqlOk<{ updateInstitute: Record<string, string> }>(
      t.url,
      UPDATE,
      { input: { siret: '732 829 320 00074', vatNumber: 'fr 44 732829320', brandColor: '#336699' } },
      adminToken,
    );
    expect(data.updateInstitute).toMatchObject({
      siret: '73282932000074',
      vatNumber: 'FR44732829320',
      brandColor: '#336699',
    });
  });

  it('refuses a bad SIRET or a VAT number of another company, field by field, and saves nothing', async () => {
    const res = await gql(
      t.url,
      UPDATE,
      { input: { name: 'Nouveau nom', siret: '73282932000075', vatNumber: 'FR65912345675' } },
      { token: adminToken },
    );
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.siret', message: 'Le numéro SIRET est invalide (14 chiffres, clé de contrôle).' },
        {
          field: 'input.vatNumber',
          message: 'Le numéro de TVA intracommunautaire est invalide ou ne correspond pas au SIRET.',
        },
      ],
    });
    const [row] = await db.query('SELECT name FROM institute');
    expect(row.name).toBe('Institut Test');
  });

  it('validates formats before touching the database', async () => {
    const res = await gql(
      t.url,
      UPDATE,
      { input: { postalCode: '7500', brandColor: 'red' } },
      { token: adminToken },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual(
      expect.arrayContaining([
        { field: 'input.postalCode', message: 'Le code postal doit contenir 5 chiffres.' },
        { field: 'input.brandColor', message: 'La couleur doit être au format #rrggbb.' },
      ]),
    );
  });
});
