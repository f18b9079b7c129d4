import type { DataSource } from 'typeorm';
import { createCategory, createService } from './support/catalog-factory.js';
import { createUser, loginAs } from './support/factories.js';
import { gql, gqlOk } from '@serenaia/test-support';
import { startTestApp, type TestApp } from './support/app.js';

const UPSERT_SERVICE = `mutation S($input: UpsertServiceInput!) { upsertService(input: $input) { id categoryId position } }`;
const UPSERT_CATEGORY = `mutation C($input: UpsertServiceCategoryInput!) { upsertServiceCategory(input: $input) { id position } }`;
const REORDER_SERVICES = `mutation R($input: ReorderServicesInput!) {
  reorderServices(input: $input) { id services { id position } }
}`;
const REORDER_CATEGORIES = `mutation R($ids: [ID!]!) { reorderServiceCategories(ids: $ids) { id position } }`;
const DELETE_CATEGORY = `mutation D($id: ID!) { deleteServiceCategory(id: $id) }`;
const CATEGORIES = `{ serviceCategories(includeInactive: true) { id services { id } } }`;

interface Problem {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

describe('catalogue settings (order, delete)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    admin = (await loginAs(t.url, await createUser(db, 'ADMIN'))).accessToken;
  });

  afterAll(async () => {
    await t.close();
  });

  async function order(categoryId: string): Promise<string[]> {
    const data = await gqlOk<{ serviceCategories: { id: string; services: { id: string }[] }[] }>(
      t.url,
      CATEGORIES,
      {},
      admin,
    );
    return data.serviceCategories.find((c) => c.id === categoryId)!.services.map((s) => s.id);
  }

  it('puts a new service last in its category, and one moved in last in its new category', async () => {
    const category = await createCategory(db);
    const other = await createCategory(db);
    const first = await createService(db, category);
    await db.query('UPDATE service SET position = 7 WHERE id = $1', [first]);
    const created = await gqlOk<{ upsertService: { id: string; position: number } }>(
      t.url,
      UPSERT_SERVICE,
      { input: { categoryId: category, name: 'Soin éclat', durationMinutes: 45, priceCents: 5500 } },
      admin,
    );
    expect(created.upsertService.position).toBe(8);
    expect(await order(category)).toEqual([first, created.upsertService.id]);

    const moved = await gqlOk<{ upsertService: { categoryId: string; position: number } }>(
      t.url,
      UPSERT_SERVICE,
      { input: { id: first, categoryId: other, name: 'Déplacé', durationMinutes: 30, priceCents: 100 } },
      admin,
    );
    expect(moved.upsertService).toMatchObject({ categoryId: other, position: 0 });
  });

  it('puts a new category last', async () => {
    const [{ max }] = await db.query('SELECT MAX(position)::int AS max FROM service_category');
    const created = await gqlOk<{ upsertServiceCategory: { position: number } }>(
      t.url,
      UPSERT_CATEGORY,
      { input: { name: 'Nouvelle catégorie' } },
      admin,
    );
    expect(created.upsertServiceCategory.position).toBe((max as number) + 1);
  });

  it('reorders the services of a category, inactive ones included', async () => {
    const category = await createCategory(db);
    const [a, b, c] = [
      await createService(db, category),
      await createService(db, category),
      await createService(db, category),
    ];
    await db.query('UPDATE service SET active = false WHERE id = $1', [b]);
    const res = await gqlOk<{ reorderServices: { services: { id: string; position: number }[] } }>(
      t.url,
      REORDER_SERVICES,
      { input: { categoryId: category, serviceIds: [c, a, b] } },
      admin,
    );
    expect(res.reorderServices.services).toEqual([
      { id: c, position: 0 },
      { id: a, position: 1 },
      { id: b, position: 2 },
    ]);
    expect(await order(category)).toEqual([c, a, b]);
  });

  it('refuses a service list that is not exactly the category’s, on the field, and changes nothing', async () => {
    const category = await createCategory(db);
    const [a, b] = [await createService(db, category), await createService(db, category)];
    const elsewhere = await createService(db, await createCategory(db));
    // Both start at position 0, so their order is by (random) name: take it as it is, then check it holds.
    const before = await order(category);
    expect([...before].sort()).toEqual([a, b].sort());
    const positions = () =>
      db.query('SELECT id, position FROM service WHERE category_id = $1 ORDER BY id', [category]);
    const positionsBefore = await positions();
    for (const serviceIds of [[a], [a, b, b], [a, elsewhere], [a, b, elsewhere]]) {
      const res = await gql(
        t.url,
        REORDER_SERVICES,
        { input: { categoryId: category, serviceIds } },
        {
          token: admin,
        },
      );
      const [error] = res.errors as Problem[];
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.[0]).toEqual({
        field: 'input.serviceIds',
        message: 'La liste doit contenir chaque prestation de la catégorie une seule fois.',
      });
    }
    expect(await order(category)).toEqual(before);
    expect(await positions()).toEqual(positionsBefore);
  });

  it('reorders the categories; the list must name each exactly once', async () => {
    await createCategory(db);
    const all: { id: string }[] = await db.query('SELECT id FROM service_category ORDER BY position, name');
    const reversed = all.map((c) => c.id).reverse();
    const res = await gqlOk<{ reorderServiceCategories: { id: string; position: number }[] }>(
      t.url,
      REORDER_CATEGORIES,
      { ids: reversed },
      admin,
    );
    expect(res.reorderServiceCategories.map((c) => c.id)).toEqual(reversed);
    expect(res.reorderServiceCategories.map((c) => c.position)).toEqual(reversed.map((_, i) => i));

    const missing = await gql(t.url, REORDER_CATEGORIES, { ids: reversed.slice(1) }, { token: admin });
    expect((missing.errors as Problem[])[0].extensions?.fields?.[0].field).toBe('ids');
    const garbage = await gql(t.url, REORDER_CATEGORIES, { ids: ['nope'] }, { token: admin });
    expect((garbage.errors as Problem[])[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('deletes an empty category, and refuses in French one that still has services', async () => {
    const empty = await createCategory(db);
    expect(await gqlOk(t.url, DELETE_CATEGORY, { id: empty }, admin)).toEqual({
      deleteServiceCategory: true,
    });
    expect(await db.query('SELECT 1 FROM service_category WHERE id = $1', [empty])).toHaveLength(0);

    const full = await createCategory(db);
    await createService(db, full);
    await createService(db, full, { online: false });
    const res = await gql(t.url, DELETE_CATEGORY, { id: full }, { token: admin });
    const [error] = res.errors as Problem[];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([
      {
        field: 'id',
        message:
          'Cette catégorie contient encore 2 prestations : déplacez-les dans une autre catégorie avant de la supprimer.',
      },
    ]);
    expect(await db.query('SELECT 1 FROM service_category WHERE id = $1', [full])).toHaveLength(1);

    const unknown = await gql(
      t.url,
      DELETE_CATEGORY,
      { id: '00000000-0000-4000-8000-000000000000' },
      {
        token: admin,
      },
    );
    expect((unknown.errors as Problem[])[0].extensions?.code).toBe('NOT_FOUND');
  });
});
