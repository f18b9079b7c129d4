/**
 * The client list and file over real HTTP and PostgreSQL: search quality on a fixed list of names
 * (accents, case, typos, phone formats), filters, CSV export, saved filters, the beauty file's read
 * log, merging (everything moves, nothing is left pointing at the merged record), possible duplicates.
 * Bookings are written with fixed past dates and COMPLETED status: the figures do not depend on today.
 */
import { jest } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { TIME_ZONE, localDateOf } from '@serenaia/shared/paris-time';
import { gql, gqlOk } from '@serenaia/test-support';
import { createCategory, createPractitioner, createService } from './support/catalog-factory.js';
import { createUser, insertInstitute, loginAs, type TestUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { ClientsRepository } from '../src/clients/clients.repository.js';
import { searchTermsOf } from '../src/clients/domain/search-terms.js';

const UPSERT = `mutation($input: UpsertClientInput!) { upsertClient(input: $input) { id firstName lastName email phone tags } }`;
const SEARCH = `query($filter: ClientsFilter) { clients(filter: $filter) {
  total rows { client { id firstName lastName } visits totalSpentCents lastVisitAt } } }`;

type Row = {
  client: { id: string; firstName: string; lastName: string };
  visits: number;
  totalSpentCents: number;
};

/** The fixed list the search is judged on. */
const PEOPLE = [
  { firstName: 'Hélène', lastName: 'Dupont', email: 'helene.dupont@exemple.fr', phone: '06 12 34 56 78' },
  { firstName: 'Héléna', lastName: 'Dupond', email: null, phone: '07 61 22 33 44' },
  { firstName: 'Éloïse', lastName: 'Lefèvre', email: 'eloise@exemple.fr', phone: '+33 6 98 76 54 32' },
  { firstName: 'François', lastName: 'Müller', email: 'fmuller@exemple.fr', phone: null },
  { firstName: 'Chloé', lastName: 'Martin', email: 'chloe.martin@exemple.fr', phone: '0033 6 55 44 33 22' },
  { firstName: 'Jean-Baptiste', lastName: 'Lœvenbruck', email: null, phone: '01 42 80 12 34' },
  { firstName: 'Marie', lastName: 'Durand', email: 'marie.durand@exemple.co.uk', phone: '+44 20 7946 0958' },
  { firstName: 'Marine', lastName: 'Duran', email: null, phone: null },
  { firstName: 'Zoé', lastName: 'N’Guessan', email: 'zoe@exemple.fr', phone: '06 01 02 03 04' },
] as const;

describe('clients: search, filters, file, merge', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: string;
  let admin: string;
  let staffUser: TestUser;
  let adminUser: TestUser;
  const ids: Record<string, string> = {};
  let serviceId: string;
  let practitionerId: string;

  const name = (r: Row) => `${r.client.firstName} ${r.client.lastName}`;
  async function search(
    filter: Record<string, unknown>,
    token = staff,
  ): Promise<{ total: number; rows: Row[] }> {
    return (await gqlOk<{ clients: { total: number; rows: Row[] } }>(t.url, SEARCH, { filter }, token))
      .clients;
  }
  async function names(text: string): Promise<string[]> {
    return (await search({ search: text })).rows.map(name);
  }

  /** A completed booking of one item, paid `paidCents` (0: unpaid). */
  async function visit(
    clientId: string,
    startsAt: string,
    priceCents: number,
    paidCents: number,
    status = 'COMPLETED',
  ) {
    const [booking] = await db.query<{ id: string }[]>(
      `INSERT INTO booking (reference, client_id, status, source, starts_at, ends_at)
       VALUES (substr(md5(random()::text), 1, 6), $1, $2, 'STAFF', $3, $3::timestamptz + interval '1 hour') RETURNING id`,
      [clientId, status, startsAt],
    );
    await db.query(
      `INSERT INTO booking_item (booking_id, position, service_id, practitioner_id, starts_at, ends_at, service_name,
                                 duration_minutes, price_cents, vat_rate_bp, buffer_before_minutes, buffer_after_minutes)
       VALUES ($1, 0, $2, $3, $4, $4::timestamptz + interval '1 hour', 'Soin éclat', 60, $5, 2000, 0, 0)`,
      [booking.id, serviceId, practitionerId, startsAt, priceCents],
    );
    if (paidCents > 0)
      await db.query(
        `INSERT INTO payment (kind, method, provider, amount_cents, status, booking_id, idempotency_key)
         VALUES ('BALANCE', 'CASH', 'MANUAL', $1, 'SUCCEEDED', $2, md5(random()::text))`,
        [paidCents, booking.id],
      );
    return booking.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = t.dataSource;
    await insertInstitute(db);
    staffUser = await createUser(db, 'STAFF');
    adminUser = await createUser(db, 'ADMIN');
    staff = (await loginAs(t.url, staffUser)).accessToken;
    admin = (await loginAs(t.url, adminUser)).accessToken;
    serviceId = await createService(db, await createCategory(db));
    practitionerId = await createPractitioner(db, [serviceId]);
    for (const p of PEOPLE) {
      const data = await gqlOk<{ upsertClient: { id: string } }>(t.url, UPSERT, { input: p }, staff);
      ids[`${p.firstName} ${p.lastName}`] = data.upsertClient.id;
    }
  });

  afterAll(async () => {
    await t.close();
  });

  describe('search quality', () => {
    it.each([
      ['helene', 'Hélène Dupont'],
      ['HÉLÈNE DUPONT', 'Hélène Dupont'],
      ['heleen dupont', 'Hélène Dupont'],
      ['dupont helene', 'Hélène Dupont'],
      ['lefebvre', 'Éloïse Lefèvre'],
      ['eloise', 'Éloïse Lefèvre'],
      ['muller', 'François Müller'],
      ['mueller', 'François Müller'],
      ['loevenbruck', 'Jean-Baptiste Lœvenbruck'],
      ['jean baptiste', 'Jean-Baptiste Lœvenbruck'],
      // A compound typed with a typo in one part: each part is corrected on its own.
      ['jean-batiste', 'Jean-Baptiste Lœvenbruck'],
      ['jean-baptiste loevenbruk', 'Jean-Baptiste Lœvenbruck'],
      ['chloe', 'Chloé Martin'],
      ['marie durand', 'Marie Durand'],
      ['zoe nguessan', 'Zoé N’Guessan'],
      ['fmuller@exemple', 'François Müller'],
    ])('%p finds %s first', async (text, expected) => {
      expect((await names(text))[0]).toBe(expected);
    });

    it('keeps close names after the exact one', async () => {
      expect(await names('helene')).toEqual(['Hélène Dupont', 'Héléna Dupond']);
      expect((await names('marine duran'))[0]).toBe('Marine Duran');
      // A typed word that is a whole word of the name comes before one found inside a longer word.
      expect(await names('duran')).toEqual(['Marine Duran', 'Marie Durand']);
    });

    it.each([
      ['06 12 34 56 78', ['Hélène Dupont']],
      ['+33612345678', ['Hélène Dupont']],
      ['0033 6 12 34 56 78', ['Hélène Dupont']],
      ['06.12.34.56.78', ['Hélène Dupont']],
      ['06 98 76', ['Éloïse Lefèvre']],
      ['0655443322', ['Chloé Martin']],
      ['+44 20 7946 0958', ['Marie Durand']],
      ['01 42 80', ['Jean-Baptiste Lœvenbruck']],
    ])('phone %p finds %p', async (text, expected) => {
      expect(await names(text)).toEqual(expected);
    });

    it('answers a search of words shorter than a trigram in name order, every name holding them', async () => {
      expect(await names('du')).toEqual(['Héléna Dupond', 'Hélène Dupont', 'Marine Duran', 'Marie Durand']);
      expect(await names('MA')).toEqual(['Marine Duran', 'Marie Durand', 'Chloé Martin']);
    });

    it('finds nothing for what matches nobody', async () => {
      expect(await names('xavier quintard')).toEqual([]);
      expect(await names('09 99 99')).toEqual([]);
    });

    it('stores phones as E.164 whatever their spelling', async () => {
      const rows = await db.query<{ phone: string }[]>(
        'SELECT phone FROM client WHERE phone IS NOT NULL ORDER BY phone',
      );
      expect(rows.map((r) => r.phone)).toEqual([
        '+33142801234',
        '+33601020304',
        '+33612345678',
        '+33655443322',
        '+33698765432',
        '+33761223344',
        '+442079460958',
      ]);
    });

    it('corrects typed words against the vocabulary of names, which follows renames and deletions', async () => {
      const words = async () =>
        (
          await db.query<{ word: string }[]>(
            `SELECT word FROM client_search_word WHERE word IN ('zephirine', 'quilleboeuf', 'quillebois') ORDER BY word`,
          )
        ).map((r) => r.word);
      const created = await gqlOk<{ upsertClient: { id: string } }>(
        t.url,
        UPSERT,
        { input: { firstName: 'Zéphirine', lastName: 'Quillebœuf', email: 'zq@exemple.fr', phone: null } },
        staff,
      );
      const id = created.upsertClient.id;
      expect(await words()).toEqual(['quilleboeuf', 'zephirine']);
      // Two typos in the surname: found through its correction, not through a scan of every client.
      expect(await names('quileboeuf')).toEqual(['Zéphirine Quillebœuf']);
      expect(await names('zephirinne quilleboeuf')).toEqual(['Zéphirine Quillebœuf']);
      await gqlOk(
        t.url,
        UPSERT,
        {
          input: { id, firstName: 'Zéphirine', lastName: 'Quillebois', email: 'zq@exemple.fr', phone: null },
        },
        staff,
      );
      // The old surname was hers alone: it leaves the vocabulary with the rename.
      expect(await words()).toEqual(['quillebois', 'zephirine']);
      await db.query('DELETE FROM client WHERE id = $1', [id]);
      expect(await words()).toEqual([]);
      expect(await names('quilebois')).toEqual([]);
    });

    it('uses the trigram indexes', async () => {
      await db.query('ANALYZE client');
      const plan = await db.transaction(async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        const rows: { 'QUERY PLAN': string }[] = await m.query(
          `EXPLAIN SELECT id FROM client c WHERE c.search_text LIKE '%dupont%' OR client_search_norm('dupont') <% c.search_text`,
        );
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('ix_client_search_trgm');
    });
  });

  describe('filters, sort, export', () => {
    beforeAll(async () => {
      await visit(ids['Hélène Dupont'], '2025-03-10T09:00:00Z', 9000, 9000);
      await visit(ids['Hélène Dupont'], '2025-06-02T09:00:00Z', 6000, 6000);
      await visit(ids['Éloïse Lefèvre'], '2024-01-15T09:00:00Z', 4500, 4500);
      await visit(ids['Éloïse Lefèvre'], '2025-05-15T09:00:00Z', 4500, 0, 'NO_SHOW');
      const month = localDateOf(Date.now(), TIME_ZONE).slice(5, 7);
      await gqlOk(
        t.url,
        UPSERT,
        {
          input: {
            ...PEOPLE[2],
            id: ids['Éloïse Lefèvre'],
            tags: ['VIP', 'Peau sensible'],
            birthday: `1990-${month}-01`,
          },
        },
        staff,
      );
      await gqlOk(
        t.url,
        UPSERT,
        { input: { ...PEOPLE[0], id: ids['Hélène Dupont'], tags: ['VIP'], marketingConsent: true } },
        staff,
      );
    });

    it('filters by tags, consent, birthday, spending, last visit', async () => {
      const of = async (filter: Record<string, unknown>) => (await search(filter)).rows.map(name).sort();
      expect(await of({ tags: ['VIP'] })).toEqual(['Hélène Dupont', 'Éloïse Lefèvre']);
      expect(await of({ tags: ['VIP', 'Peau sensible'] })).toEqual(['Éloïse Lefèvre']);
      expect(await of({ marketingConsent: true })).toEqual(['Hélène Dupont']);
      expect(await of({ birthdayThisMonth: true })).toEqual(['Éloïse Lefèvre']);
      expect(await of({ minTotalSpentCents: 10000 })).toEqual(['Hélène Dupont']);
      expect(await of({ minTotalSpentCents: 1, maxTotalSpentCents: 5000 })).toEqual(['Éloïse Lefèvre']);
      expect(await of({ lastVisitFrom: '2025-01-01', lastVisitBefore: '2025-12-31' })).toEqual([
        'Hélène Dupont',
      ]);
      expect(await of({ search: 'dupont', lastVisitBefore: '2025-01-01' })).toEqual(['Héléna Dupond']);
    });

    it('sorts by total spent and pages with a total', async () => {
      const page = await search({ sort: 'TOTAL_SPENT', descending: true, page: { offset: 0, limit: 2 } });
      expect(page.total).toBe(PEOPLE.length);
      expect(page.rows.map((r) => [name(r), r.visits, r.totalSpentCents])).toEqual([
        ['Hélène Dupont', 2, 15000],
        ['Éloïse Lefèvre', 1, 4500],
      ]);
      const next = await search({ sort: 'NAME', page: { offset: 8, limit: 2 } });
      expect(next.rows.map(name)).toEqual(['Zoé N’Guessan']);
      // A ranked search and the name order compute the figures for their page's rows only: the same figures.
      const ranked = await search({ search: 'helene dupont' });
      expect(ranked.total).toBe(ranked.rows.length);
      expect([name(ranked.rows[0]), ranked.rows[0].visits, ranked.rows[0].totalSpentCents]).toEqual([
        'Hélène Dupont',
        2,
        15000,
      ]);
      const byName = await search({ sort: 'NAME', page: { offset: 0, limit: 20 } });
      expect(byName.rows.find((r) => name(r) === 'Éloïse Lefèvre')).toMatchObject({
        visits: 1,
        totalSpentCents: 4500,
      });
    });

    it('pages by keyset in name order: the same rows as by offset, the total on every page', async () => {
      const PAGED = `query($filter: ClientsFilter) { clients(filter: $filter) {
        total nextCursor rows { client { id firstName lastName } } } }`;
      type Paged = { total: number; nextCursor: string | null; rows: Row[] };
      const page = async (filter: Record<string, unknown>) =>
        (await gqlOk<{ clients: Paged }>(t.url, PAGED, { filter }, staff)).clients;
      for (const descending of [false, true]) {
        const byOffset = await page({ sort: 'NAME', descending, page: { limit: 50 } });
        expect(byOffset.nextCursor).toBeNull();
        const walked: string[] = [];
        let after: string | null = null;
        let pages = 0;
        do {
          // With a cursor the offset is ignored (an offset of 4 would skip rows otherwise).
          const offset = after === null ? 0 : 4;
          const p: Paged = await page({ sort: 'NAME', descending, after, page: { limit: 2, offset } });
          expect(p.total).toBe(PEOPLE.length);
          walked.push(...p.rows.map(name));
          after = p.nextCursor;
          pages += 1;
        } while (after !== null);
        expect(pages).toBe(Math.ceil(PEOPLE.length / 2));
        expect(walked).toEqual(byOffset.rows.map(name));
      }
      // Without a search, the default order is by name too; a text search ranks, so it pages by offset.
      expect((await page({ page: { limit: 2 } })).nextCursor).not.toBeNull();
      expect((await page({ search: 'dupont', page: { limit: 1 } })).nextCursor).toBeNull();
    });

    it('refuses a cursor that is not ours or not for this order, naming the field', async () => {
      const first = await gqlOk<{ clients: { nextCursor: string } }>(
        t.url,
        `query($filter: ClientsFilter) { clients(filter: $filter) { nextCursor } }`,
        { filter: { sort: 'NAME', page: { limit: 2 } } },
        staff,
      );
      for (const filter of [
        { sort: 'NAME', after: 'pas-un-curseur' },
        { sort: 'NAME', descending: true, after: first.clients.nextCursor },
        { sort: 'TOTAL_SPENT', after: first.clients.nextCursor },
      ]) {
        const res = await gql(t.url, SEARCH, { filter }, { token: staff });
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.extensions?.fields).toEqual([
          {
            field: 'filter.after',
            message: 'Ce curseur de page ne vaut pas pour cette liste : revenez à la première page.',
          },
        ]);
      }
    });

    it('exports through a server-side cursor in batches, every match once, in order', async () => {
      const repository = t.get(ClientsRepository);
      const query = {
        terms: null,
        tags: [],
        marketingConsent: null,
        archived: false,
        birthdayMonth: null,
        lastVisitFrom: null,
        lastVisitBefore: null,
        minTotalSpentCents: null,
        maxTotalSpentCents: null,
        sort: 'NAME' as const,
        descending: false,
        offset: 0,
        limit: 50,
        after: null,
        now: new Date('2026-01-01T00:00:00Z'),
      };
      const all = (await repository.list(query)).rows.map((r) => r.client.id);
      const exported: string[] = [];
      for await (const row of repository.each(query, 2)) exported.push(row.client.id);
      expect(exported).toEqual(all);
      expect(all).toHaveLength(PEOPLE.length);
      // Stopping early ends the cursor's transaction (no connection is left idle in a transaction).
      for await (const row of repository.each(query, 2)) if (row) break;
      const open: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      );
      expect(open[0]?.n).toBe(0);
    });

    it('answers a search with its corrections, count and figures in one statement, outside any transaction', async () => {
      const repository = t.get(ClientsRepository);
      const query = {
        terms: searchTermsOf('heleen dupont'),
        tags: [],
        marketingConsent: null,
        archived: false,
        birthdayMonth: null,
        lastVisitFrom: null,
        lastVisitBefore: null,
        minTotalSpentCents: null,
        maxTotalSpentCents: null,
        sort: 'RELEVANCE' as const,
        descending: false,
        offset: 0,
        limit: 50,
        after: null,
        now: new Date('2026-01-01T00:00:00Z'),
      };
      const statements = jest.spyOn(db, 'query');
      const transactions = jest.spyOn(db, 'transaction');
      try {
        const page = await repository.list(query);
        // The typo corrected (heleen → hélène), the close name after it (Héléna Dupond), figures joined.
        expect(page.rows.map((r) => `${r.client.firstName} ${r.client.lastName}`)).toEqual([
          'Hélène Dupont',
          'Héléna Dupond',
        ]);
        expect(page.rows[0].visits).toBe(2);
        expect(page.total).toBe(2);
        expect(statements).toHaveBeenCalledTimes(1);
        expect(transactions).not.toHaveBeenCalled();
      } finally {
        statements.mockRestore();
        transactions.mockRestore();
      }
      // The export's cursor runs the same search (its CTE of patterns inside DECLARE … CURSOR).
      const exported: string[] = [];
      for await (const row of repository.each(query, 2)) exported.push(row.client.lastName);
      expect(exported).toEqual(['Dupont', 'Dupond']);
    });

    it('refuses an inverted spending range, naming the field in French', async () => {
      const res = await gql(
        t.url,
        SEARCH,
        { filter: { minTotalSpentCents: 5000, maxTotalSpentCents: 100 } },
        { token: staff },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'filter.minTotalSpentCents', message: 'Le montant minimum dépasse le montant maximum.' },
      ]);
    });

    it('exports the current result as CSV for an admin', async () => {
      const data = await gqlOk<{ exportClientsCsv: { csv: string; count: number } }>(
        t.url,
        `query($filter: ClientsFilter) { exportClientsCsv(filter: $filter) { csv count } }`,
        { filter: { tags: ['VIP'], sort: 'NAME' } },
        admin,
      );
      const lines = data.exportClientsCsv.csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(data.exportClientsCsv.count).toBe(2);
      expect(lines[0]).toBe(
        'Nom;Prénom;E-mail;Téléphone;Anniversaire;Étiquettes;Consentement marketing;Visites;Dernière visite;Total dépensé (€);Client depuis',
      );
      expect(lines[1]).toMatch(
        /^Dupont;Hélène;helene\.dupont@exemple\.fr;'\+33612345678;;VIP;oui;2;2025-06-02;150,00;/,
      );
      expect(lines[2]).toMatch(/^Lefèvre;Éloïse;/);
    });

    it('saves filters per user', async () => {
      const SAVE = `mutation($input: SaveClientFilterInput!) { saveClientFilter(input: $input) { id name filterJson } }`;
      const LIST = `{ savedClientFilters { id name filterJson } }`;
      await gqlOk(t.url, SAVE, { input: { name: 'VIP', filter: { tags: ['VIP'] } } }, staff);
      const saved = await gqlOk<{ saveClientFilter: { id: string; filterJson: string } }>(
        t.url,
        SAVE,
        {
          input: {
            name: 'VIP',
            filter: { tags: ['VIP'], marketingConsent: true, page: { offset: 50, limit: 50 } },
          },
        },
        staff,
      );
      expect(JSON.parse(saved.saveClientFilter.filterJson)).toEqual({
        tags: ['VIP'],
        marketingConsent: true,
      });
      const mine = await gqlOk<{ savedClientFilters: { name: string }[] }>(t.url, LIST, {}, staff);
      expect(mine.savedClientFilters.map((f) => f.name)).toEqual(['VIP']);
      const theirs = await gqlOk<{ savedClientFilters: unknown[] }>(t.url, LIST, {}, admin);
      expect(theirs.savedClientFilters).toEqual([]);
      const refused = await gql(
        t.url,
        `mutation($id: ID!) { deleteSavedClientFilter(id: $id) }`,
        { id: saved.saveClientFilter.id },
        { token: admin },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await gqlOk(
        t.url,
        `mutation($id: ID!) { deleteSavedClientFilter(id: $id) }`,
        { id: saved.saveClientFilter.id },
        staff,
      );
      expect(
        (await gqlOk<{ savedClientFilters: unknown[] }>(t.url, LIST, {}, staff)).savedClientFilters,
      ).toEqual([]);
    });

    it('counts up to 1,000 matches (or to the end of the page asked) and says when the total is a lower bound', async () => {
      const COUNTED = `query($filter: ClientsFilter) { clients(filter: $filter) {
        total totalIsLowerBound rows { client { id } } } }`;
      type Counted = { total: number; totalIsLowerBound: boolean; rows: unknown[] };
      const counted = async (filter: Record<string, unknown>) =>
        (await gqlOk<{ clients: Counted }>(t.url, COUNTED, { filter }, staff)).clients;
      // 1,010 clients sharing one surname, removed afterwards (the other tests count the fixed list).
      await db.query(
        `INSERT INTO client (first_name, last_name) SELECT 'Cliente ' || n, 'Comptebeaucoup' FROM generate_series(1, 1010) n`,
      );
      try {
        const misspelt = { search: 'comptebocoup', page: { limit: 50 } };
        expect(await counted(misspelt)).toMatchObject({ total: 1000, totalIsLowerBound: true });
        expect((await counted(misspelt)).rows).toHaveLength(50);
        // The page asked reaches past the cap: counted to its end, so the last page has an exact total.
        expect(await counted({ ...misspelt, page: { offset: 1000, limit: 50 } })).toMatchObject({
          total: 1010,
          totalIsLowerBound: false,
        });
        // Without a search: 1,019 clients, a lower bound of 1,000; a smaller result is exact.
        expect(await counted({ page: { limit: 25 } })).toMatchObject({
          total: 1000,
          totalIsLowerBound: true,
        });
        const small = await counted({ search: 'dupont' });
        expect(small.totalIsLowerBound).toBe(false);
        expect(small.total).toBe(small.rows.length);
      } finally {
        await db.query(`DELETE FROM client WHERE last_name = 'Comptebeaucoup'`);
      }
      expect(await counted({})).toMatchObject({ total: PEOPLE.length, totalIsLowerBound: false });
    });
  });

  describe('client file', () => {
    it('refuses bad input with French errors by field', async () => {
      const res = await gql(
        t.url,
        UPSERT,
        {
          input: { firstName: 'A', lastName: 'B', postalCode: '750', phone: '06 12', birthday: '1990-02-30' },
        },
        { token: staff },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const fields = (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[]).map(
        (f) => f.field,
      );
      expect(fields).toEqual(expect.arrayContaining(['input.birthday']));
      const again = await gql(
        t.url,
        UPSERT,
        { input: { firstName: 'A', lastName: 'B', postalCode: '750' } },
        { token: staff },
      );
      expect(again.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.postalCode', message: 'Code postal invalide : 5 chiffres (75009).' },
      ]);
    });

    it('logs every read of the beauty file and shows the log to an admin', async () => {
      const clientId = ids['Chloé Martin'];
      await gqlOk(
        t.url,
        `mutation($input: ClientBeautyFileInput!) { updateClientBeautyFile(input: $input) { allergies } }`,
        { input: { clientId, skinType: 'Sensible', allergies: 'Latex' } },
        admin,
      );
      const read = await gqlOk<{ clientBeautyFile: { allergies: string } }>(
        t.url,
        `query($id: ID!) { clientBeautyFile(clientId: $id) { skinType allergies } }`,
        { id: clientId },
        staff,
      );
      expect(read.clientBeautyFile).toEqual({ skinType: 'Sensible', allergies: 'Latex' });
      const file = await gqlOk<{ clientFile: { hasBeautyFile: boolean } }>(
        t.url,
        `query($id: ID!) { clientFile(id: $id) { hasBeautyFile } }`,
        { id: clientId },
        staff,
      );
      expect(file.clientFile.hasBeautyFile).toBe(true);
      const rows = await db.query<{ user_id: string; action: string }[]>(
        'SELECT user_id, action FROM client_health_access WHERE client_id = $1 ORDER BY at, action',
        [clientId],
      );
      expect(rows).toEqual([
        { user_id: adminUser.id, action: 'WRITE' },
        { user_id: staffUser.id, action: 'READ' },
      ]);
      const log = await gqlOk<{ clientHealthAccessLog: { userName: string; action: string }[] }>(
        t.url,
        `query($id: ID!) { clientHealthAccessLog(clientId: $id) { userName action } }`,
        { id: clientId },
        admin,
      );
      expect(log.clientHealthAccessLog.map((a) => a.action).sort()).toEqual(['READ', 'WRITE']);
      expect(log.clientHealthAccessLog.find((a) => a.action === 'READ')?.userName).toBe('Test STAFF');
    });

    it('warns the agenda of allergies or contra-indications without reading (or logging) the health data', async () => {
      const clientId = ids['Zoé N’Guessan'];
      const ALERT = `query($id: ID!) { clientBeautyAlert(clientId: $id) }`;
      const UPDATE = `mutation($input: ClientBeautyFileInput!) { updateClientBeautyFile(input: $input) { clientId } }`;
      const alert = async () =>
        (await gqlOk<{ clientBeautyAlert: boolean }>(t.url, ALERT, { id: clientId }, staff))
          .clientBeautyAlert;
      expect(await alert()).toBe(false);
      await gqlOk(t.url, UPDATE, { input: { clientId, skinType: 'Mixte', productsUsed: 'Huile' } }, staff);
      expect(await alert()).toBe(false);
      await gqlOk(t.url, UPDATE, { input: { clientId, contraindications: 'Grossesse' } }, staff);
      expect(await alert()).toBe(true);
      await gqlOk(t.url, UPDATE, { input: { clientId, contraindications: null, allergies: 'Latex' } }, staff);
      expect(await alert()).toBe(true);
      const reads = await db.query<{ count: string }[]>(
        `SELECT count(*) FROM client_health_access WHERE client_id = $1 AND action = 'READ'`,
        [clientId],
      );
      expect(reads[0].count).toBe('0');
    });

    it('shows figures, history, pinned notes first', async () => {
      const clientId = ids['Hélène Dupont'];
      const ADD = `mutation($input: ClientNoteInput!) { addClientNote(input: $input) { id body pinned authorName } }`;
      const first = await gqlOk<{ addClientNote: { id: string; authorName: string } }>(
        t.url,
        ADD,
        { input: { clientId, body: 'Première note' } },
        staff,
      );
      expect(first.addClientNote.authorName).toBe('Test STAFF');
      await gqlOk(t.url, ADD, { input: { clientId, body: 'Seconde note' } }, staff);
      await gqlOk(
        t.url,
        `mutation($input: PinClientNoteInput!) { pinClientNote(input: $input) { id } }`,
        { input: { noteId: first.addClientNote.id, pinned: true } },
        staff,
      );
      const data = await gqlOk<{
        clientFile: {
          stats: {
            visits: number;
            totalSpentCents: number;
            averageBasketCents: number;
            favouriteServices: string[];
            noShowRate: number;
            lastVisitAt: string;
          };
          notes: { body: string; pinned: boolean }[];
          bookings: { status: string }[];
          payments: { amountCents: number }[];
        };
      }>(
        t.url,
        `query($id: ID!) { clientFile(id: $id) {
          stats { visits totalSpentCents averageBasketCents favouriteServices noShowRate lastVisitAt }
          notes { body pinned } bookings { status } payments { amountCents } } }`,
        { id: clientId },
        staff,
      );
      expect(data.clientFile.stats).toEqual({
        visits: 2,
        totalSpentCents: 15000,
        averageBasketCents: 7500,
        favouriteServices: ['Soin éclat'],
        noShowRate: 0,
        lastVisitAt: '2025-06-02T09:00:00.000Z',
      });
      expect(data.clientFile.notes.map((n) => [n.body, n.pinned])).toEqual([
        ['Première note', true],
        ['Seconde note', false],
      ]);
      expect(data.clientFile.bookings).toHaveLength(2);
      expect(data.clientFile.payments.map((p) => p.amountCents).sort()).toEqual([6000, 9000]);
      const eloise = await gqlOk<{ clientFile: { stats: { noShowRate: number; noShows: number } } }>(
        t.url,
        `query($id: ID!) { clientFile(id: $id) { stats { noShows noShowRate } } }`,
        { id: ids['Éloïse Lefèvre'] },
        staff,
      );
      expect(eloise.clientFile.stats).toEqual({ noShows: 1, noShowRate: 0.5 });
    });

    it('archives a client out of the list and back', async () => {
      const ARCHIVE = `mutation($input: ArchiveClientInput!) { archiveClient(input: $input) { archivedAt } }`;
      await gqlOk(t.url, ARCHIVE, { input: { clientId: ids['Marine Duran'], archived: true } }, staff);
      expect(await names('marine duran')).not.toContain('Marine Duran');
      expect((await search({ archived: true })).rows.map(name)).toEqual(['Marine Duran']);
      await gqlOk(t.url, ARCHIVE, { input: { clientId: ids['Marine Duran'], archived: false } }, staff);
      expect((await names('marine duran'))[0]).toBe('Marine Duran');
      // A typed word that is a whole word of the name comes before one found inside a longer word.
      expect(await names('duran')).toEqual(['Marine Duran', 'Marie Durand']);
    });
  });

  describe('duplicates and merge', () => {
    it('flags two records with the same name and phone until dismissed', async () => {
      const a = await gqlOk<{ upsertClient: { id: string } }>(
        t.url,
        UPSERT,
        { input: { firstName: 'Inès', lastName: 'Roux', phone: '06 44 44 44 44', email: 'ines@a.fr' } },
        staff,
      );
      const b = await gqlOk<{ upsertClient: { id: string } }>(
        t.url,
        UPSERT,
        { input: { firstName: 'ines', lastName: 'ROUX', phone: '+33644444444', email: 'ines@b.fr' } },
        staff,
      );
      const LIST = `{ possibleDuplicateClients { key client { id } other { id } } }`;
      const found = await gqlOk<{
        possibleDuplicateClients: { key: string; client: { id: string }; other: { id: string } }[];
      }>(t.url, LIST, {}, staff);
      const pair = found.possibleDuplicateClients.find(
        (d) =>
          [d.client.id, d.other.id].sort().join() === [a.upsertClient.id, b.upsertClient.id].sort().join(),
      );
      expect(pair).toBeDefined();
      await gqlOk(
        t.url,
        `mutation($key: String!) { dismissPossibleDuplicate(key: $key) }`,
        { key: pair?.key },
        staff,
      );
      const after = await gqlOk<{ possibleDuplicateClients: { key: string }[] }>(t.url, LIST, {}, staff);
      expect(after.possibleDuplicateClients.map((d) => d.key)).not.toContain(pair?.key);
    });

    it('moves bookings, payments, notes, messages and the beauty file, logs the merge, leaves no orphan', async () => {
      const survivor = await gqlOk<{ upsertClient: { id: string } }>(
        t.url,
        UPSERT,
        {
          input: {
            firstName: 'Léa',
            lastName: 'Morel',
            email: 'lea.morel@exemple.fr',
            phone: '06 20 20 20 20',
            tags: ['Fidèle'],
          },
        },
        staff,
      );
      const merged = await gqlOk<{ upsertClient: { id: string } }>(
        t.url,
        UPSERT,
        {
          input: {
            firstName: 'Lea',
            lastName: 'Morel',
            email: 'lea@travail.fr',
            phone: '06 20 20 20 20',
            birthday: '1991-07-14',
            tags: ['VIP'],
          },
        },
        staff,
      );
      const keepId = survivor.upsertClient.id;
      const goneId = merged.upsertClient.id;
      await visit(keepId, '2025-02-01T10:00:00Z', 5000, 5000);
      const moved1 = await visit(goneId, '2025-04-01T10:00:00Z', 7000, 7000);
      await visit(goneId, '2025-05-01T10:00:00Z', 3000, 0, 'NO_SHOW');
      await gqlOk(
        t.url,
        `mutation($input: ClientNoteInput!) { addClientNote(input: $input) { id } }`,
        { input: { clientId: goneId, body: 'Note de la fiche en double' } },
        staff,
      );
      await gqlOk(
        t.url,
        `mutation($input: ClientBeautyFileInput!) { updateClientBeautyFile(input: $input) { allergies } }`,
        { input: { clientId: goneId, allergies: 'Nickel' } },
        staff,
      );
      await db.query(
        `INSERT INTO notification (channel, template, recipient, status, client_id, booking_id)
         VALUES ('EMAIL', 'BOOKING_CONFIRMED', 'lea@travail.fr', 'SENT', $1, $2)`,
        [goneId, moved1],
      );

      const res = await gqlOk<{
        mergeClients: {
          client: { id: string; email: string; birthday: string; tags: string[]; firstName: string };
          movedBookings: number;
          movedNotes: number;
          movedMessages: number;
        };
      }>(
        t.url,
        `mutation($input: MergeClientsInput!) { mergeClients(input: $input) {
          client { id firstName email birthday tags } movedBookings movedNotes movedMessages } }`,
        { input: { survivorId: keepId, mergedId: goneId, keepFromMerged: ['EMAIL'] } },
        admin,
      );
      expect(res.mergeClients).toEqual({
        client: {
          id: keepId,
          firstName: 'Léa',
          email: 'lea@travail.fr',
          birthday: '1991-07-14',
          tags: ['Fidèle', 'VIP'],
        },
        movedBookings: 2,
        movedNotes: 1,
        movedMessages: 1,
      });

      const tables = await db.query<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'client_id' ORDER BY table_name`,
      );
      expect(tables.map((r) => r.table_name)).toEqual(
        expect.arrayContaining([
          'booking',
          'client_beauty_file',
          'client_health_access',
          'client_note',
          'notification',
        ]),
      );
      for (const { table_name } of tables) {
        const [{ n }] = await db.query<[{ n: number }]>(
          `SELECT count(*)::int AS n FROM "${table_name}" WHERE client_id = $1`,
          [goneId],
        );
        expect([table_name, n]).toEqual([table_name, 0]);
      }
      expect(await db.query('SELECT id FROM client WHERE id = $1', [goneId])).toEqual([]);

      const file = await gqlOk<{
        clientFile: {
          bookings: unknown[];
          payments: { amountCents: number }[];
          notes: { body: string }[];
          messages: unknown[];
          hasBeautyFile: boolean;
          stats: { visits: number; noShows: number; totalSpentCents: number };
        };
      }>(
        t.url,
        `query($id: ID!) { clientFile(id: $id) { bookings { id } payments { amountCents } notes { body } messages { id } hasBeautyFile
          stats { visits noShows totalSpentCents } } }`,
        { id: keepId },
        staff,
      );
      expect(file.clientFile.bookings).toHaveLength(3);
      expect(file.clientFile.payments.map((p) => p.amountCents).sort()).toEqual([5000, 7000]);
      expect(file.clientFile.notes.map((n) => n.body)).toEqual(['Note de la fiche en double']);
      expect(file.clientFile.messages).toHaveLength(1);
      expect(file.clientFile.hasBeautyFile).toBe(true);
      expect(file.clientFile.stats).toEqual({ visits: 2, noShows: 1, totalSpentCents: 12000 });

      const [log] = await db.query<
        {
          merged_id: string;
          merged_by: string;
          kept_from_merged: string[];
          moved: Record<string, number>;
          merged_snapshot: { email: string };
        }[]
      >(
        'SELECT merged_id, merged_by, kept_from_merged, moved, merged_snapshot FROM client_merge WHERE survivor_id = $1',
        [keepId],
      );
      expect(log).toMatchObject({
        merged_id: goneId,
        merged_by: adminUser.id,
        kept_from_merged: ['EMAIL'],
        moved: { booking: 2, client_note: 1, notification: 1, client_beauty_file: 1 },
        merged_snapshot: { email: 'lea@travail.fr' },
      });
    });

    it('refuses to merge a record into itself or into a missing one, changing nothing', async () => {
      const id = ids['Zoé N’Guessan'];
      const MERGE = `mutation($input: MergeClientsInput!) { mergeClients(input: $input) { movedBookings } }`;
      const self = await gql(t.url, MERGE, { input: { survivorId: id, mergedId: id } }, { token: admin });
      expect(self.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'input.mergedId', message: 'Choisissez deux fiches différentes.' },
      ]);
      const missing = await gql(
        t.url,
        MERGE,
        { input: { survivorId: '00000000-0000-4000-8000-000000000000', mergedId: id } },
        { token: admin },
      );
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await db.query('SELECT id FROM client WHERE id = $1', [id])).toEqual([{ id }]);
    });
  });
});
