// 100,000 generated clients: client search p50/p99 end to end over HTTP (names, partial names with typos, phones), paging, and the query plans.
//
// Usage: node bench/run.mjs crm [--clients=100000] [--queries=300] [--seed=11] [--keep=1 keeps the database]
// A/B: CRM_BASELINE=<another checkout, server built> runs that build's app beside this one, on the same
// database, and sends every search to both in alternating order.
// Needs the compiled server (`npm run build -w server`), PostgreSQL (BENCH_PG_URL, default
// postgres://postgres@127.0.0.1:5432/postgres) and Redis (REDIS_URL, default redis://127.0.0.1:6379).
// Creates its own database (dropped at the end), migrates it, inserts the clients with one SQL statement
// (names from French first names and surnames with accents, E.164 phones, e-mails), ANALYZEs, starts the
// real app in this process (createHttpApp), signs in as STAFF over HTTP and sends `clients(filter:)`
// queries one at a time (what one receptionist typing does), timing each request from fetch to parsed JSON.
// The bench fails (exit 1) if a search does not find the client it was built from.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  benchDatabase,
  cleanup,
  cleanups,
  mulberry32,
  parseArgs,
  postgresVersion,
  requireServerBuild,
  serverModule,
  startBenchApp,
  withDatabase,
} from '../support.mjs';

const options = parseArgs(process.argv.slice(2), { clients: 100_000, queries: 300, seed: 11, keep: 0 });

/**
 * Statements the app sends and the time it waits for them, counted in the `pg` driver this process
 * shares with the app (reset before each timed request): what a search costs in round trips and in the
 * database as the app sees it (statement sent → rows parsed), apart from HTTP, GraphQL and Nest.
 */
const driver = { statements: 0, ms: 0, trace: null };
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  driver.statements++;
  driver.trace?.push(
    String(typeof args[0] === 'string' ? args[0] : args[0]?.text)
      .replace(/\s+/g, ' ')
      .slice(0, 160),
  );
  const t0 = performance.now();
  const result = originalQuery.apply(this, args);
  if (result !== undefined && typeof result.then === 'function')
    return result.finally(() => {
      driver.ms += performance.now() - t0;
    });
  return result;
};

requireServerBuild();
const [{ hashPassword }, { ClientListService }] = await Promise.all([
  serverModule('auth/password.js'),
  serverModule('clients/client-list.service.js'),
]);

const FIRST = [
  'Hélène',
  'Éloïse',
  'Chloé',
  'Zoé',
  'Anaïs',
  'Léa',
  'Inès',
  'Maëlle',
  'Noémie',
  'Océane',
  'Camille',
  'Manon',
  'Juliette',
  'Pauline',
  'Sophie',
  'Claire',
  'Amélie',
  'Céline',
  'Gaëlle',
  'Françoise',
  'Agnès',
  'Bérénice',
  'Margaux',
  'Louise',
  'Émilie',
  'Jeanne',
  'Lucie',
  'Mathilde',
  'Romane',
  'Clémence',
  'Héloïse',
  'Joséphine',
  'Adèle',
  'Alice',
  'Laure',
  'Estelle',
  'Sarah',
  'Yasmine',
  'Aurélie',
  'Thomas',
  'Hugo',
  'Mathéo',
  'Raphaël',
  'Noé',
  'Jérôme',
  'Loïc',
];
const LAST = [
  'Dupont',
  'Lefèvre',
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Nicolas',
  'Henry',
  'Rousseau',
  'Mathieu',
  'Gautier',
  'Masson',
  'Marchand',
  'Duval',
  'Denis',
  'Lemaire',
  'Noël',
  'Meyer',
  'Dufour',
  'Brunet',
  'Blanchard',
  'Giraud',
  'Joly',
  'Rivière',
  'Lucas',
  'Brun',
  'Gaillard',
  'Barbier',
  'Arnaud',
  'Gérard',
  'Roche',
  'Roussel',
  'Lœvenbruck',
];
const SUFFIX = [
  '',
  '',
  '',
  'eau',
  'in',
  'ier',
  'et',
  'ot',
  'el',
  'and',
  '-Kerjean',
  'ard',
  'on',
  'y',
  'oux',
  'ez',
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (v) => `${v.toFixed(1)} ms`;
const ascii = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace('œ', 'oe')
    .replace(/[^a-zA-Z -]/g, '')
    .toLowerCase();

/** One typo: swap two inner letters, drop one, or double one (deterministic from `random`). */
function typo(word, random) {
  const i = 1 + Math.floor(random() * Math.max(1, word.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0 && i + 1 < word.length) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}

async function main() {
  const cpus = os.cpus();
  console.log(
    `Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}; ` +
      `${await postgresVersion()}. The app, this load generator and PostgreSQL share these cores.\n`,
  );
  const db = await benchDatabase('crm', { keep: options.keep === 1 });

  const random = mulberry32(options.seed);
  const people = [];
  for (let i = 0; i < options.clients; i++) {
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)] + SUFFIX[Math.floor(random() * SUFFIX.length)];
    const phone = `+336${String(10_000_000 + i * 7 + Math.floor(random() * 7)).padStart(8, '0')}`;
    const email = random() < 0.8 ? `${ascii(first)}.${ascii(last)}${i}@exemple.fr` : null;
    people.push({ first, last, phone, email });
  }
  const started = performance.now();
  await withDatabase(db.url, async (c) => {
    await c.query(
      `INSERT INTO client (first_name, last_name, email, phone, marketing_consent, tags)
       SELECT f, l, e, p, (n % 3 = 0), CASE WHEN n % 10 = 0 THEN ARRAY['VIP'] ELSE '{}' END
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(f, l, e, p, n)`,
      [
        people.map((p) => p.first),
        people.map((p) => p.last),
        people.map((p) => p.email),
        people.map((p) => p.phone),
      ],
    );
    await c.query(
      `INSERT INTO app_user (email, password_hash, role, first_name, last_name)
                   VALUES ('bench@serenaia.test', $1, 'STAFF', 'Bench', 'Staff'),
                          ('bench-admin@serenaia.test', $1, 'ADMIN', 'Bench', 'Admin')`,
      [await hashPassword('bench-password')],
    );
    await c.query('VACUUM ANALYZE client');
    const size = await c.query(
      `SELECT pg_size_pretty(pg_relation_size('client')) AS heap,
              pg_size_pretty(pg_relation_size('ix_client_search_trgm')) AS search,
              pg_size_pretty(pg_relation_size('ix_client_phone_trgm')) AS phone`,
    );
    console.log(
      `Data: ${options.clients.toLocaleString('en')} clients inserted and analysed in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(heap ${size.rows[0].heap}; trigram GIN on search_text ${size.rows[0].search}, on phone ${size.rows[0].phone}).\n`,
    );
  });

  const { app, url } = await startBenchApp(db, 'crm', { RATE_LIMIT_PER_MINUTE: '1000000' });

  const post = async (query, variables, token, to = url) => {
    const res = await fetch(`${to}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = await post('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email: 'bench@serenaia.test', password: 'bench-password' },
  });
  const token = login.login.accessToken;
  const signIn = async (role) =>
    (
      await post('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
        input: {
          email: role === 'ADMIN' ? 'bench-admin@serenaia.test' : 'bench@serenaia.test',
          password: 'bench-password',
        },
      })
    ).login.accessToken;
  const CURSOR_PAGE = `query($filter: ClientsFilter) { clients(filter: $filter) { nextCursor } }`;
  const EXPORT = `query($filter: ClientsFilter) { exportClientsCsv(filter: $filter) { csv count } }`;
  const SEARCH = `query($filter: ClientsFilter) { clients(filter: $filter) {
    total rows { client { id firstName lastName email phone tags } lastVisitAt visits totalSpentCents } } }`;

  const pick = () => people[Math.floor(random() * people.length)];
  const national = (e164) => `0${e164.slice(3, 4)} ${e164.slice(4).match(/../g).join(' ')}`;
  const scenarios = [
    {
      name: 'full name, accents dropped ("helene dupont")',
      make: (p) => ascii(`${p.first} ${p.last}`).replace(/-/g, ' '),
    },
    { name: 'surname with one typo ("lefbvre")', make: (p) => typo(ascii(p.last), random) },
    {
      name: 'first name + partial surname with a typo ("chloe mra")',
      make: (p) => `${ascii(p.first)} ${typo(ascii(p.last).slice(0, 5), random)}`,
    },
    { name: 'phone, national format ("06 12 34 56 78")', make: (p) => national(p.phone) },
    { name: 'phone, +33 format', make: (p) => p.phone },
    { name: 'phone, partial (6 digits)', make: (p) => p.phone.slice(-6) },
    { name: 'first two letters of a surname ("ma")', make: (p) => ascii(p.last).slice(0, 2) },
    { name: 'e-mail prefix', make: (p) => (p.email ?? `${ascii(p.first)}.`).slice(0, 12) },
  ];
  // A/B: with CRM_BASELINE=<another checkout whose server is built>, that build's app runs beside this
  // one on the same database, and every search goes to both, in alternating order (same texts, same
  // moment, same load): one row per build.
  const builds = [{ label: '', url, token }];
  if (process.env.CRM_BASELINE) {
    // In its own process: two Nest GraphQL apps cannot share a process (one global type registry).
    const support = pathToFileURL(
      path.join(path.resolve(process.env.CRM_BASELINE), 'bench/support.mjs'),
    ).href;
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { startBenchApp } = await import(${JSON.stringify(support)});
         const { url } = await startBenchApp({ url: ${JSON.stringify(db.url)} }, 'crm-baseline', { RATE_LIMIT_PER_MINUTE: '1000000' });
         console.log(url);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    cleanups.push(async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    });
    const [line] = await once(child.stdout, 'data');
    const baselineUrl = String(line).trim();
    const signedIn = await post(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'bench@serenaia.test', password: 'bench-password' } },
      undefined,
      baselineUrl,
    );
    builds[0].label = ' (this build)';
    builds.push({
      label: ` (${process.env.CRM_BASELINE}, own process: statements and database time not seen)`,
      url: baselineUrl,
      token: signedIn.login.accessToken,
    });
  }
  console.log(
    `Each scenario: ${options.queries} searches one after the other (after 30 to warm up), page of 50.\n`,
  );
  console.log(
    '| search | p50 | p99 | max | found the person (top 50) | mean matches | statements / request | database p50 | p99 |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const explained = [];
  const traces = [];
  for (const s of scenarios) {
    for (let i = 0; i < 30; i++)
      for (const b of builds) await post(SEARCH, { filter: { search: s.make(pick()) } }, b.token, b.url);
    const runs = builds.map(() => ({ times: [], dbTimes: [], statements: 0, found: 0, matches: 0 }));
    for (let i = 0; i < options.queries; i++) {
      const p = pick();
      const text = s.make(p);
      const order = builds.map((_, k) => k);
      if (i % 2 === 1) order.reverse();
      for (const k of order) {
        const run = runs[k];
        driver.statements = 0;
        driver.ms = 0;
        if (i === 0) driver.trace = [];
        const filter = { search: text, page: { offset: 0, limit: 50 } };
        const t0 = performance.now();
        const data = await post(SEARCH, { filter }, builds[k].token, builds[k].url);
        run.times.push(performance.now() - t0);
        if (i === 0) traces.push([s.name + builds[k].label, driver.trace]);
        driver.trace = null;
        run.dbTimes.push(driver.ms);
        run.statements += driver.statements;
        run.matches += data.clients.total;
        if (data.clients.rows.some((r) => r.client.phone === p.phone)) run.found++;
      }
    }
    for (const [k, run] of runs.entries()) {
      const times = run.times.sort((a, b) => a - b);
      const dbTimes = run.dbTimes.sort((a, b) => a - b);
      console.log(
        `| ${s.name}${builds[k].label} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 99))} | ${ms(times.at(-1))} | ` +
          `${((100 * run.found) / options.queries).toFixed(0)} % | ${(run.matches / options.queries).toFixed(0)} | ` +
          `${(run.statements / options.queries).toFixed(1)} | ${ms(percentile(dbTimes, 50))} | ${ms(percentile(dbTimes, 99))} |`,
      );
      if (s.name.startsWith('phone, national') && run.found !== options.queries)
        throw new Error('A full phone number did not find its client.');
    }
    explained.push([s.name, s.make(pick())]);
  }

  console.log('\nStatements of the first timed search of each scenario (as the driver received them):');
  for (const [name, statements] of traces) {
    console.log(`- ${name}:`);
    for (const text of statements) console.log(`    ${text}`);
  }

  // Paging and filters without a search.
  const pages = [
    ['first page by name', { page: { offset: 0, limit: 50 } }],
    ['page 1,000 by name (offset 49,950)', { page: { offset: 49_950, limit: 50 } }],
    ['tag VIP, by name', { tags: ['VIP'], page: { offset: 0, limit: 50 } }],
  ];
  // Keyset: the cursor of page 1,000, reached by walking 999 pages (the walk is not timed).
  let after = null;
  for (let i = 0; i < 999; i++) {
    const { clients } = await post(CURSOR_PAGE, { filter: { after, page: { limit: 50 } } }, token);
    after = clients.nextCursor;
    if (after === null) throw new Error(`The name order ended after ${i + 1} pages.`);
  }
  pages.splice(2, 0, ['page 1,000 by name (keyset cursor)', { after, page: { limit: 50 } }]);
  console.log('\n| list | p50 | p99 | total |');
  console.log('|---|---|---|---|');
  for (const [name, filter] of pages) {
    for (let i = 0; i < 10; i++) await post(SEARCH, { filter }, token);
    const times = [];
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      total = (await post(SEARCH, { filter }, token)).clients.total;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 99))} | ${total} |`);
  }

  // The CSV export of every client (ADMIN): one server-side cursor, batches of 500.
  const adminToken = await signIn('ADMIN');
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const { exportClientsCsv } = await post(EXPORT, { filter: {} }, adminToken);
    const took = performance.now() - t0;
    if (exportClientsCsv.count !== options.clients)
      throw new Error(`Export of ${exportClientsCsv.count} clients.`);
    console.log(
      `CSV export of ${exportClientsCsv.count.toLocaleString('en')} clients (run ${run + 1}): ${ms(took)}, ` +
        `${(exportClientsCsv.csv.length / 1024 / 1024).toFixed(1)} MiB`,
    );
  }

  // The list's count alone, in the database (a pg client, no HTTP), both ways on the same data and load,
  // interleaved: every match (`count(*)`, what the list ran before) and up to 1,001 (what it runs now,
  // `COUNT_CAP`). The WHERE is the list's for one typed word (substring or close word, trigram index).
  const COUNT_WHERE = `archived_at IS NULL AND (search_text LIKE '%' || client_search_norm($1) || '%'
                       OR client_search_norm($1) <% search_text)`;
  const counts = [
    ['surname with one typo', (p) => typo(ascii(p.last), random), COUNT_WHERE],
    ['e-mail prefix', (p) => (p.email ?? `${ascii(p.first)}.`).slice(0, 12), COUNT_WHERE],
    ['no search', () => null, 'archived_at IS NULL AND $1::text IS NULL'],
  ];
  console.log(
    '\n| count (database only, 50 each) | every match p50 | p99 | up to 1,001 p50 | p99 | mean matches |',
  );
  console.log('|---|---|---|---|---|---|');
  await withDatabase(db.url, async (c) => {
    await c.query('SET pg_trgm.word_similarity_threshold = 0.5');
    for (const [name, make, where] of counts) {
      const full = [];
      const capped = [];
      let matches = 0;
      for (let i = 0; i < 60; i++) {
        const text = make(pick());
        let t0 = performance.now();
        const n = (await c.query(`SELECT count(*)::int AS n FROM client WHERE ${where}`, [text])).rows[0].n;
        const tFull = performance.now() - t0;
        t0 = performance.now();
        await c.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM client WHERE ${where} LIMIT 1001) m`, [
          text,
        ]);
        const tCapped = performance.now() - t0;
        if (i < 10) continue; // warm-up
        full.push(tFull);
        capped.push(tCapped);
        matches += n;
      }
      full.sort((a, b) => a - b);
      capped.sort((a, b) => a - b);
      console.log(
        `| ${name} | ${ms(percentile(full, 50))} | ${ms(percentile(full, 99))} | ` +
          `${ms(percentile(capped, 50))} | ${ms(percentile(capped, 99))} | ${(matches / full.length).toFixed(0)} |`,
      );
    }
  });

  const service = app.get(ClientListService, { strict: false });
  console.log('\nQuery plans (EXPLAIN (ANALYZE, BUFFERS) of the page statement, costs and timing off):');
  for (const [name, text] of explained.slice(0, 2).concat(explained.slice(3, 4), explained.slice(5, 6))) {
    console.log(`\n-- ${name}: "${text}"`);
    for (const line of await service.explain({ search: text, page: { offset: 0, limit: 50 } }))
      console.log(`   ${line}`);
  }
}
