/**
 * Catalogue settings the CRM's "Réglages" pages drive: cabins and cabin types (a type still in use
 * cannot be deleted), practitioners with their public profile (bio, photo) and what they perform.
 */
import type { DataSource } from 'typeorm';
import { createCabin, createCabinType, createCategory, createService } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs } from './support/factories.js';
import { gql, gqlOk, type GqlResponse } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

const UPSERT_CABIN_TYPE = `mutation T($input: UpsertCabinTypeInput!) { upsertCabinType(input: $input) { id name } }`;
const UPSERT_CABIN = `mutation C($input: UpsertCabinInput!) {
  upsertCabin(input: $input) { id name active cabinTypeId cabinType { name } } }`;
const DELETE_CABIN_TYPE = `mutation D($id: ID!) { deleteCabinType(id: $id) { id name } }`;
const CABINS = `query Q($all: Boolean!) { cabins(includeInactive: $all) { id name active } cabinTypes { id name } }`;
const UPSERT_PRACTITIONER = `mutation P($input: UpsertPractitionerInput!) {
  upsertPractitioner(input: $input) { id displayName color bio photoUrl active position serviceIds } }`;
const PUBLIC_PRACTITIONERS = `query B($serviceIds: [ID!]!) {
  practitioners(serviceIds: $serviceIds) { id displayName bio photoUrl } }`;

interface Problem {
  code: unknown;
  message: string | undefined;
  fields: { field: string; message: string }[];
}

function problem(res: GqlResponse<unknown>): Problem {
  expect(res.status).toBeLessThan(500);
  const error = res.errors?.[0];
  return {
    code: error?.extensions?.code,
    message: error?.message,
    fields: (error?.extensions?.fields ?? []) as { field: string; message: string }[],
  };
}

describe('team settings: cabins, cabin types, practitioners', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: string;

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await db.query(sql, params))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    db = t.dataSource;
    await insertInstitute(db);
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
  });

  afterAll(async () => {
    await t.close();
  });

  it('creates, renames and deactivates a cabin; refuses a duplicate or blank name in French', async () => {
    const { upsertCabinType: type } = await gqlOk<{ upsertCabinType: { id: string; name: string } }>(
      t.url,
      UPSERT_CABIN_TYPE,
      { input: { name: '  Cabine double ' } },
      admin,
    );
    expect(type.name).toBe('Cabine double');
    const { upsertCabin: cabin } = await gqlOk<{ upsertCabin: { id: string; name: string } }>(
      t.url,
      UPSERT_CABIN,
      { input: { name: 'Orchidée', cabinTypeId: type.id } },
      admin,
    );
    expect(cabin).toMatchObject({ name: 'Orchidée', active: true, cabinType: { name: 'Cabine double' } });

    const renamed = await gqlOk<{ upsertCabin: { name: string } }>(
      t.url,
      UPSERT_CABIN,
      { input: { id: cabin.id, name: 'Pivoine', cabinTypeId: type.id } },
      admin,
    );
    expect(renamed.upsertCabin.name).toBe('Pivoine');
    await gqlOk(
      t.url,
      UPSERT_CABIN,
      { input: { id: cabin.id, name: 'Pivoine', cabinTypeId: type.id, active: false } },
      admin,
    );

    type Listing = { cabins: { id: string; active: boolean }[]; cabinTypes: { id: string }[] };
    const active = await gqlOk<Listing>(t.url, CABINS, { all: false }, admin);
    expect(active.cabins.map((c) => c.id)).not.toContain(cabin.id);
    const all = await gqlOk<Listing>(t.url, CABINS, { all: true }, admin);
    expect(all.cabins.find((c) => c.id === cabin.id)).toMatchObject({ active: false });

    const duplicate = problem(
      await gql(t.url, UPSERT_CABIN, { input: { name: 'Pivoine', cabinTypeId: type.id } }, { token: admin }),
    );
    expect(duplicate).toMatchObject({ code: 'CONFLICT', message: 'Une cabine porte déjà ce nom.' });
    const blank = problem(await gql(t.url, UPSERT_CABIN_TYPE, { input: { name: '   ' } }, { token: admin }));
    expect(blank.code).toBe('BAD_USER_INPUT');
    expect(blank.fields.map((f) => f.field)).toEqual(['input.name']);
    expect(await count('SELECT count(*)::int AS n FROM cabin WHERE name = $1', ['Pivoine'])).toBe(1);
  });

  it('deletes an unused cabin type, and refuses, in French, one a cabin or a service still uses', async () => {
    const usedByCabin = await createCabinType(db);
    await createCabin(db, usedByCabin);
    await createCabin(db, usedByCabin);
    const usedByService = await createCabinType(db);
    await createService(db, await createCategory(db), { cabinTypeId: usedByService, online: false });
    const unused = await createCabinType(db);

    const byCabins = problem(await gql(t.url, DELETE_CABIN_TYPE, { id: usedByCabin }, { token: admin }));
    expect(byCabins.code).toBe('CONFLICT');
    expect(byCabins.message).toMatch(/^Le type « Type \w+ » est encore utilisé par 2 cabines : changez/);
    const byService = problem(await gql(t.url, DELETE_CABIN_TYPE, { id: usedByService }, { token: admin }));
    expect(byService.code).toBe('CONFLICT');
    expect(byService.message).toMatch(/encore utilisé par 1 prestation : /);
    expect(
      await count('SELECT count(*)::int AS n FROM cabin_type WHERE id = ANY($1)', [
        [usedByCabin, usedByService],
      ]),
    ).toBe(2);

    const deleted = await gqlOk<{ deleteCabinType: { id: string } }>(
      t.url,
      DELETE_CABIN_TYPE,
      { id: unused },
      admin,
    );
    expect(deleted.deleteCabinType.id).toBe(unused);
    expect(await count('SELECT count(*)::int AS n FROM cabin_type WHERE id = $1', [unused])).toBe(0);

    const again = problem(await gql(t.url, DELETE_CABIN_TYPE, { id: unused }, { token: admin }));
    expect(again).toMatchObject({ code: 'NOT_FOUND', message: 'Type de cabine introuvable.' });
    const notAnId = problem(await gql(t.url, DELETE_CABIN_TYPE, { id: 'cabine' }, { token: admin }));
    expect(notAnId.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cabin type deletion to staff', async () => {
    const staff = (await loginAs(t.url, await createUser(db, 'STAFF'))).accessToken;
    const type = await createCabinType(db);
    const refused = problem(await gql(t.url, DELETE_CABIN_TYPE, { id: type }, { token: staff }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(await count('SELECT count(*)::int AS n FROM cabin_type WHERE id = $1', [type])).toBe(1);
  });

  it('creates a practitioner with a bio, a photo and services; the public booking flow shows them', async () => {
    const category = await createCategory(db);
    const [facial, massage] = [await createService(db, category), await createService(db, category)];
    const bio = 'Douze ans de soins du visage.\nAime les massages lents.';
    await db.query(`INSERT INTO practitioner (display_name, position) VALUES ('Déjà là', 7)`);
    const { upsertPractitioner: created } = await gqlOk<{
      upsertPractitioner: { id: string; bio: string | null; photoUrl: string | null; serviceIds: string[] };
    }>(
      t.url,
      UPSERT_PRACTITIONER,
      {
        input: {
          displayName: ' Zoé Lambert ',
          color: '#6a7fb0',
          bio: `  ${bio}  `,
          photoUrl: 'https://photos.exemple.fr/zoe.jpg',
          serviceIds: [facial],
        },
      },
      admin,
    );
    expect(created).toMatchObject({
      displayName: 'Zoé Lambert',
      bio,
      photoUrl: 'https://photos.exemple.fr/zoe.jpg',
      active: true,
      // After the others.
      position: 8,
      serviceIds: [facial],
    });

    // Anonymous: the practitioner is offered for the service they perform, with the profile.
    const forFacial = await gqlOk<{
      practitioners: { id: string; bio: string | null; photoUrl: string | null }[];
    }>(t.url, PUBLIC_PRACTITIONERS, { serviceIds: [facial] });
    expect(forFacial.practitioners).toContainEqual({
      id: created.id,
      displayName: 'Zoé Lambert',
      bio,
      photoUrl: 'https://photos.exemple.fr/zoe.jpg',
    });
    const forMassage = await gqlOk<{ practitioners: { id: string }[] }>(t.url, PUBLIC_PRACTITIONERS, {
      serviceIds: [massage],
    });
    expect(forMassage.practitioners.map((p) => p.id)).not.toContain(created.id);

    // Edit: services replaced, the photo cleared with null, the bio kept when not sent.
    const { upsertPractitioner: edited } = await gqlOk<{
      upsertPractitioner: { bio: string | null; photoUrl: string | null; serviceIds: string[] };
    }>(
      t.url,
      UPSERT_PRACTITIONER,
      {
        input: { id: created.id, displayName: 'Zoé Lambert', photoUrl: null, serviceIds: [facial, massage] },
      },
      admin,
    );
    expect(edited.bio).toBe(bio);
    expect(edited.photoUrl).toBeNull();
    expect([...edited.serviceIds].sort()).toEqual([facial, massage].sort());
    // Blank bio clears it.
    const cleared = await gqlOk<{ upsertPractitioner: { bio: string | null } }>(
      t.url,
      UPSERT_PRACTITIONER,
      { input: { id: created.id, displayName: 'Zoé Lambert', bio: '   ' } },
      admin,
    );
    expect(cleared.upsertPractitioner.bio).toBeNull();
  });

  it('refuses a too-long bio and a photo that is not an https address, by field, in French, writing nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM practitioner');
    const send = (input: Record<string, unknown>) =>
      gql(t.url, UPSERT_PRACTITIONER, { input: { displayName: 'Nina Perret', ...input } }, { token: admin });

    const long = problem(await send({ bio: 'é'.repeat(601) }));
    expect(long.code).toBe('BAD_USER_INPUT');
    expect(long.fields).toEqual([
      { field: 'input.bio', message: 'La présentation ne doit pas dépasser 600 caractères.' },
    ]);
    expect((await send({ bio: 'é'.repeat(600), photoUrl: null })).errors).toBeUndefined();

    for (const photoUrl of [
      'http://photos.exemple.fr/nina.jpg',
      'javascript:alert(1)',
      'photos.exemple.fr/nina.jpg',
      'https://',
      `https://photos.exemple.fr/${'a'.repeat(500)}.jpg`,
    ]) {
      const refused = problem(await send({ photoUrl }));
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.fields.map((f) => f.field)).toEqual(['input.photoUrl']);
      expect(refused.fields[0]?.message).toMatch(/^L’adresse de la photo /);
    }
    // Only the 600-character bio was written.
    expect(await count('SELECT count(*)::int AS n FROM practitioner')).toBe(before + 1);
  });
});
