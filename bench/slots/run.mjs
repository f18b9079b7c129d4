// availableSlots over 30 days × 5 practitioners with ~1,000 existing bookings: latency over HTTP and in-process, SQL queries per search, computeSlots alone.
//
// Usage: node bench/run.mjs slots [--runs=300] [--warmup=30] [--pure-runs=1000] [--bookings=1000] [--seed=20261125]
//                                  [--quiet-wait=120]
// Needs the compiled server (`npm run build -w server`), PostgreSQL (BENCH_PG_URL, default
// postgres://postgres@127.0.0.1:5432/postgres) and Redis (REDIS_URL, default redis://127.0.0.1:6379).
// Creates its own database (dropped at the end), fills it with deterministic data, starts the real app
// in this process (createHttpApp) and measures: the availableSlots round trip over HTTP, AvailabilityService
// .findSlots called directly, the SQL statements one findSlots issues, and the pure computeSlots on the same
// inputs. Nothing is asserted on timings; the bench stops if an answer is wrong.
import 'reflect-metadata';
import pg from 'pg';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  REDIS_URL,
  cleanup,
  cleanups,
  createDatabase,
  dropRedisKeys,
  fmt,
  machineTicks,
  mulberry32,
  parseArgs,
  pct,
  postgresVersion,
  ticksBetween,
  ticksOf,
  withDatabase,
} from '../support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const distDir = path.join(repoRoot, 'server/dist');

const options = parseArgs(process.argv.slice(2), {
  runs: 300,
  warmup: 30,
  'pure-runs': 1000,
  bookings: 1000,
  seed: 20261125,
  // Before each scenario, wait (at most this many seconds) for the rest of the machine to go quiet.
  'quiet-wait': 120,
});

const ZONE = 'Europe/Paris';
/** Linux clock ticks per second (USER_HZ) in /proc/<pid>/stat. */
const CLOCK_TICKS = 100;

// ---------------------------------------------------------------------------------------------------------
// SQL statements per call: every query the pg driver sends is recorded in the AsyncLocalStorage store of
// the call that issued it (the outbox relay polling in the same process has no store, so it is not counted).

const sqlLog = new AsyncLocalStorage();
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  const store = sqlLog.getStore();
  const result = originalQuery.apply(this, args);
  if (store !== undefined) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '?');
    const values = Array.isArray(args[1]) ? args[1] : args[0]?.values;
    const entry = { text, values, ms: undefined };
    store.push(entry);
    const started = performance.now();
    if (typeof result?.then === 'function') {
      result.then(
        () => (entry.ms = performance.now() - started),
        () => (entry.ms = performance.now() - started),
      );
    }
  }
  return result;
};

async function recordSql(work) {
  const statements = [];
  const value = await sqlLog.run(statements, work);
  // Let the timing callbacks of the last statements run.
  await new Promise((resolve) => setImmediate(resolve));
  return { value, statements };
}

// ---------------------------------------------------------------------------------------------------------

if (!existsSync(path.join(distDir, 'bootstrap.js'))) {
  console.error('server/dist/bootstrap.js is missing: run `npm run build -w server` first.');
  process.exit(1);
}
const dist = (file) => import(pathToFileURL(path.join(distDir, file)).href);
const [
  { createHttpApp },
  { parseConfig },
  { prepareDatabase },
  { createRootLogger },
  { AvailabilityService, slotItems },
  { computeSlots },
  { ReservationRepository },
  { publicHolidaysBetween },
  { CatalogService },
  { SettingsService },
  { INSTITUTE_TIME_ZONE, addDays, datesBetween, isoWeekday, localDateOf, zonedInstant },
] = await Promise.all([
  dist('bootstrap.js'),
  dist('config/config.js'),
  dist('database/migrate.js'),
  dist('logging/logger.js'),
  dist('availability/availability.service.js'),
  dist('availability/domain/compute-slots.js'),
  dist('availability/reservation.repository.js'),
  dist('availability/domain/holidays.js'),
  dist('catalog/catalog.service.js'),
  dist('settings/settings.service.js'),
  dist('common/time.js'),
]);

/** The catalogue. Weights: how often each service appears among existing bookings. */
const SERVICES = [
  { key: 'mains', name: 'Beauté des mains', minutes: 30, before: 0, after: 0, cabin: false, weight: 6 },
  {
    key: 'visage',
    name: 'Soin visage hydratant',
    minutes: 45,
    before: 0,
    after: 10,
    cabin: false,
    weight: 4,
  },
  { key: 'massage', name: 'Massage relaxant', minutes: 60, before: 0, after: 10, cabin: false, weight: 3 },
  {
    key: 'enveloppement',
    name: 'Enveloppement corps',
    minutes: 60,
    before: 5,
    after: 10,
    cabin: true,
    weight: 2,
  },
  { key: 'signature', name: 'Soin signature', minutes: 75, before: 0, after: 15, cabin: false, weight: 1 },
  { key: 'balneo', name: 'Balnéo et gommage', minutes: 90, before: 10, after: 10, cabin: true, weight: 1 },
];
const ALL = SERVICES.map((s) => s.key);
/** Mon–Sat 09:00–19:00 with a lunch hour (12:00 or 13:00); Sarah does not do the cabin treatments. */
const PRACTITIONERS = [
  { name: 'Camille', lunch: 720, services: ALL },
  { name: 'Inès', lunch: 780, services: ALL },
  { name: 'Léa', lunch: 720, services: ALL },
  { name: 'Manon', lunch: 780, services: ALL },
  { name: 'Sarah', lunch: 720, services: ['mains', 'visage', 'massage', 'signature'] },
];
const DAY_START = 9 * 60;
const DAY_END = 19 * 60;
const CABINS = ['Balnéo 1', 'Balnéo 2'];

const SLOTS_QUERY = `query AvailableSlots($input: AvailableSlotsInput!) {
  availableSlots(input: $input) { start end practitionerId practitionerName }
}`;

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
    `Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ` +
      `${os.platform()} ${os.release()}; ${await postgresVersion()}. App, load and PostgreSQL share these cores.\n`,
  );

  const hex = randomBytes(4).toString('hex');
  const db = await createDatabase(`serenaia_bench_slots_${hex}`);
  cleanups.push(() => db.drop());
  console.log(`Database ${db.name}: migrating…`);
  await prepareDatabase(db.url, { seed: false, log: (m) => console.log(`  ${m}`) });

  const today = localDateOf(Date.now(), INSTITUTE_TIME_ZONE);
  const fixture = await fill(db.url, today);
  console.log(
    `Data: ${fixture.practitioners.length} practitioners, ${SERVICES.length} services, ${CABINS.length} cabins, ` +
      `${fixture.bookings} bookings from ${addDays(today, 1)} to ${addDays(today, 30)} ` +
      `(${fixture.generated} generated by walking each working day, ${fixture.bookings} kept; ` +
      `${fixture.workingDays} working days; practitioners busy ${fixture.occupancy} % of their working time).\n`,
  );

  const prefix = `bench-slots-${hex}`;
  cleanups.push(() => dropRedisKeys(prefix));
  const config = parseConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    JWT_SECRET: randomBytes(20).toString('hex'),
    SEED_DEMO: '0',
    SERVE_SPAS: '0',
    RATE_LIMIT_PER_MINUTE: '1000000',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const { app, url } = await createHttpApp(config, createRootLogger(config));
  cleanups.push(() => app.close());
  const availability = app.get(AvailabilityService, { strict: false });

  const from = new Date(zonedInstant(addDays(today, 1), '00:00', ZONE));
  const to = new Date(zonedInstant(addDays(today, 31), '00:00', ZONE));
  const p2 = fixture.practitioners[1];
  const scenarios = [
    {
      name: '1 service 60 min, any practitioner',
      query: { serviceIds: [fixture.services.massage], practitionerId: null, from, to },
    },
    {
      name: `1 service 60 min, ${p2.name}`,
      query: { serviceIds: [fixture.services.massage], practitionerId: p2.id, from, to },
    },
    {
      name: '2 services 45+60 min (cabin), any',
      query: {
        serviceIds: [fixture.services.visage, fixture.services.enveloppement],
        practitionerId: null,
        from,
        to,
      },
    },
  ];

  console.log(
    `Each scenario: availableSlots from ${addDays(today, 1)} 00:00 to ${addDays(today, 31)} 00:00 (Paris), ` +
      `anonymous (online rules); ${options.warmup} warm-up calls, then ${options.runs} sequential calls over HTTP ` +
      `(fetch keep-alive, same process), the same in-process (AvailabilityService.findSlots), then ` +
      `computeSlots alone ${options['pure-runs']} times on the same inputs.\n`,
  );

  const results = [];
  for (const scenario of scenarios) {
    await waitForQuiet(options['quiet-wait']);
    const variables = {
      input: {
        serviceIds: scenario.query.serviceIds,
        practitionerId: scenario.query.practitionerId,
        from: scenario.query.from.toISOString(),
        to: scenario.query.to.toISOString(),
      },
    };
    const search = () => availability.findSlots(scenario.query, { staff: false, now: Date.now() });

    // Reference answer, and the statements of one call.
    const { value: reference, statements } = await recordSql(search);
    const expected = reference.slots;
    if (expected.length === 0) throw new Error(`${scenario.name}: no slot at all, the data is wrong`);

    // (a) HTTP round trip.
    const checkHttp = (response) => {
      const slots = response.body?.data?.availableSlots;
      if (
        response.status !== 200 ||
        response.body.errors !== undefined ||
        !Array.isArray(slots) ||
        slots.length !== expected.length ||
        Date.parse(slots[0].start) !== expected[0].start ||
        Date.parse(slots.at(-1).start) !== expected.at(-1).start
      ) {
        throw new Error(
          `${scenario.name}: unexpected HTTP answer (${response.status}): ` +
            `${JSON.stringify(response.body).slice(0, 300)}`,
        );
      }
      return response.bytes;
    };
    for (let i = 0; i < options.warmup; i++) checkHttp(await postGraphQL(url, SLOTS_QUERY, variables));
    let cpu = cpuSnapshot();
    const http = [];
    let bytes = 0;
    for (let i = 0; i < options.runs; i++) {
      const started = performance.now();
      const response = await postGraphQL(url, SLOTS_QUERY, variables);
      http.push(performance.now() - started);
      bytes = checkHttp(response);
    }
    const httpCpu = cpuSnapshot(cpu);

    // (a) in-process findSlots.
    for (let i = 0; i < options.warmup; i++) await search();
    cpu = cpuSnapshot();
    const inProcess = [];
    for (let i = 0; i < options.runs; i++) {
      const started = performance.now();
      const { slots } = await search();
      inProcess.push(performance.now() - started);
      if (slots.length !== expected.length) throw new Error(`${scenario.name}: slot count changed`);
    }
    const inProcessCpu = cpuSnapshot(cpu);

    // (b) statements of one call (again, warm): the list, and each one's median round trip over 21 calls.
    const calls = [];
    for (let i = 0; i < 21; i++) calls.push((await recordSql(search)).statements);
    const warm = calls[0].map((s, i) => ({
      text: s.text,
      values: s.values,
      ms: stats(calls.map((c) => c[i]?.ms).filter((v) => v !== undefined)).p50,
    }));
    if (calls.some((c) => c.length !== warm.length))
      throw new Error(`${scenario.name}: statement count varies`);

    // (c) computeSlots alone on the inputs findSlots builds.
    const now = Date.now();
    const input = await slotSearchInput(app, scenario.query, now);
    const direct = computeSlots(input);
    const viaService = (await availability.findSlots(scenario.query, { staff: false, now })).slots;
    if (JSON.stringify(direct) !== JSON.stringify(viaService)) {
      throw new Error(
        `${scenario.name}: computeSlots on the rebuilt inputs differs from findSlots ` +
          `(${direct.length} vs ${viaService.length} slots): update slotSearchInput() to match findSlots`,
      );
    }
    for (let i = 0; i < 100; i++) computeSlots(input);
    const pure = [];
    for (let i = 0; i < options['pure-runs']; i++) {
      const started = performance.now();
      computeSlots(input);
      pure.push(performance.now() - started);
    }

    const result = {
      name: scenario.name,
      slots: expected.length,
      bytes,
      practitioners: input.practitioners.length,
      busyIntervals:
        input.practitioners.reduce((n, p) => n + p.busy.length, 0) +
        input.cabins.reduce((n, c) => n + c.busy.length, 0),
      workingIntervals: input.practitioners.reduce((n, p) => n + p.working.length, 0),
      cabins: input.cabins.length,
      http: stats(http),
      inProcess: stats(inProcess),
      pure: stats(pure),
      statements: warm,
      coldStatements: statements.length,
      httpCpu,
      inProcessCpu,
    };
    results.push(result);
    console.log(
      `${scenario.name.padEnd(36)} ${String(result.slots).padStart(5)} slots  HTTP p50 ${ms(result.http.p50)}  ` +
        `in-process p50 ${ms(result.inProcess.p50)}  computeSlots p50 ${ms(result.pure.p50)}  ` +
        `SQL ${result.statements.length}`,
    );
  }

  // The plan of the busy-time statement (the one that grows with the bookings), as PostgreSQL runs it.
  const busyStatement = results[0].statements.find((s) => /\bFROM\s+reservation\b/i.test(s.text));
  const plan =
    busyStatement === undefined
      ? []
      : await withDatabase(db.url, async (c) =>
          (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${busyStatement.text}`, busyStatement.values)).rows.map(
            (row) => row['QUERY PLAN'],
          ),
        );
  // Where the busy-time statement's round trip goes: the same statement over a plain pg.Client, with node-pg's
  // default parsing (timestamptz → Date) and with timestamps left as text.
  const parsing =
    busyStatement === undefined
      ? undefined
      : await withDatabase(db.url, async (c) => {
          const parsed = { text: busyStatement.text, values: busyStatement.values };
          const asText = { ...parsed, types: { getTypeParser: () => (value) => value } };
          for (let i = 0; i < 10; i++) await c.query(i % 2 === 0 ? parsed : asText);
          // Interleaved, so that a change in the machine's load affects both alike.
          const samples = { parsed: [], text: [] };
          for (let i = 0; i < 100; i++) {
            const [name, config] = i % 2 === 0 ? ['parsed', parsed] : ['text', asText];
            const started = performance.now();
            await c.query(config);
            samples[name].push(performance.now() - started);
          }
          return {
            rows: (await c.query(parsed)).rowCount,
            parsed: stats(samples.parsed).p50,
            text: stats(samples.text).p50,
          };
        });
  report(results, plan, parsing);
}

// ---------------------------------------------------------------------------------------------------------
// Data

async function fill(url, today) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rand = mulberry32(options.seed);
    const one = async (sql, params) => (await client.query(sql, params)).rows[0].id;
    const category = await one('INSERT INTO service_category (name, color) VALUES ($1, $2) RETURNING id', [
      'Soins',
      '#8e5b6e',
    ]);
    const cabinType = await one('INSERT INTO cabin_type (name) VALUES ($1) RETURNING id', ['Espace balnéo']);
    const cabins = [];
    for (const name of CABINS) {
      cabins.push(
        await one('INSERT INTO cabin (name, cabin_type_id) VALUES ($1, $2) RETURNING id', [name, cabinType]),
      );
    }
    const services = {};
    for (const [index, s] of SERVICES.entries()) {
      services[s.key] = await one(
        `INSERT INTO service (category_id, name, duration_minutes, price_cents, buffer_before_minutes,
                              buffer_after_minutes, cabin_type_id, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [category, s.name, s.minutes, s.minutes * 120, s.before, s.after, s.cabin ? cabinType : null, index],
      );
    }
    const practitioners = [];
    for (const [index, p] of PRACTITIONERS.entries()) {
      const id = await one('INSERT INTO practitioner (display_name, position) VALUES ($1, $2) RETURNING id', [
        p.name,
        index + 1,
      ]);
      await client.query(
        'INSERT INTO practitioner_service (practitioner_id, service_id) SELECT $1, unnest($2::uuid[])',
        [id, p.services.map((key) => services[key])],
      );
      const blocks = [
        [DAY_START, p.lunch],
        [p.lunch + 60, DAY_END],
      ];
      for (let weekday = 1; weekday <= 6; weekday++) {
        for (const [start, end] of blocks) {
          await client.query(
            'INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute) VALUES ($1, $2, $3, $4)',
            [id, weekday, start, end],
          );
        }
      }
      practitioners.push({ ...p, id, blocks, catalogue: SERVICES.filter((s) => p.services.includes(s.key)) });
    }
    const clientId = await one(
      'INSERT INTO client (first_name, last_name, email, phone) VALUES ($1, $2, $3, $4) RETURNING id',
      ['Cliente', 'Fidèle', 'cliente.fidele@bench.serenaia.test', '+33612345678'],
    );

    // Existing bookings: walk each practitioner's working days (the next 30 days) placing bookings back to back
    // with random gaps, then keep a random subset of the wanted size (removing bookings never creates overlaps).
    const holidays = publicHolidaysBetween(addDays(today, 1), addDays(today, 30));
    const dates = datesBetween(addDays(today, 1), addDays(today, 30)).filter(
      (date) => isoWeekday(date) <= 6 && !holidays.has(date),
    );
    const placed = [];
    for (const date of dates) {
      const cabinBusy = cabins.map(() => []);
      for (const p of practitioners) {
        let occupiedEnd = -Infinity;
        for (const [blockStart, blockEnd] of p.blocks) {
          let cursor = blockStart;
          while (cursor < blockEnd) {
            const r = rand();
            cursor += r < 0.85 ? 0 : 15;
            const startOf = (s) => Math.max(cursor, ceilTo(occupiedEnd + s.before, 15));
            const cabinFor = (s) => {
              if (!s.cabin) return null;
              const start = startOf(s) - s.before;
              const end = startOf(s) + s.minutes + s.after;
              const free = cabinBusy.findIndex((list) => list.every(([a, b]) => b <= start || a >= end));
              return free === -1 ? undefined : free;
            };
            const fitting = p.catalogue.filter(
              (s) => startOf(s) + s.minutes <= blockEnd && cabinFor(s) !== undefined,
            );
            if (fitting.length === 0) {
              cursor += 15;
              continue;
            }
            const service = weightedPick(rand, fitting);
            const start = startOf(service);
            const cabin = cabinFor(service);
            const occupied = [start - service.before, start + service.minutes + service.after];
            if (cabin !== null) cabinBusy[cabin].push(occupied);
            placed.push({ date, practitioner: p, service, start, cabin });
            occupiedEnd = occupied[1];
            cursor = ceilTo(occupiedEnd, 15);
          }
        }
      }
    }
    const kept = shuffle(rand, placed).slice(0, options.bookings);
    const minute = (date, m) =>
      new Date(zonedInstant(date, `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`, INSTITUTE_TIME_ZONE));
    const rows = kept.map((b, index) => {
      const start = minute(b.date, b.start);
      const end = minute(b.date, b.start + b.service.minutes);
      return {
        booking: randomUUID(),
        item: randomUUID(),
        reference: `BS${String(index).padStart(5, '0')}`,
        start,
        end,
        occupiedStart: new Date(start.getTime() - b.service.before * 60_000),
        occupiedEnd: new Date(end.getTime() + b.service.after * 60_000),
        service: services[b.service.key],
        serviceName: b.service.name,
        minutes: b.service.minutes,
        before: b.service.before,
        after: b.service.after,
        practitioner: b.practitioner.id,
        cabin: b.cabin === null ? null : cabins[b.cabin],
      };
    });
    const column = (key) => rows.map((row) => row[key]);
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO booking (id, reference, client_id, status, source, starts_at, ends_at, confirmed_at)
       SELECT id, reference, $3, 'CONFIRMED'::booking_status, 'STAFF'::booking_source, s, e, now()
         FROM unnest($1::uuid[], $2::text[], $4::timestamptz[], $5::timestamptz[]) AS t(id, reference, s, e)`,
      [column('booking'), column('reference'), clientId, column('start'), column('end')],
    );
    await client.query(
      `INSERT INTO booking_item (id, booking_id, position, service_id, practitioner_id, cabin_id, starts_at, ends_at,
                                 service_name, duration_minutes, price_cents, vat_rate_bp,
                                 buffer_before_minutes, buffer_after_minutes)
       SELECT id, b, 0, s, p, c, st, en, n, m, m * 120, 2000, bb, ba
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::timestamptz[],
                     $7::timestamptz[], $8::text[], $9::int[], $10::int[], $11::int[])
           AS t(id, b, s, p, c, st, en, n, m, bb, ba)`,
      [
        column('item'),
        column('booking'),
        column('service'),
        column('practitioner'),
        column('cabin'),
        column('start'),
        column('end'),
        column('serviceName'),
        column('minutes'),
        column('before'),
        column('after'),
      ],
    );
    // The exclusion constraints check every row: an overlap in the generated data would fail here.
    await client.query(
      `INSERT INTO reservation (practitioner_id, cabin_id, starts_at, ends_at, booking_item_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::uuid[])`,
      [
        column('practitioner'),
        column('cabin'),
        column('occupiedStart'),
        column('occupiedEnd'),
        column('item'),
      ],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');

    const workingMinutes = dates.length * PRACTITIONERS.length * (DAY_END - DAY_START - 60);
    const busyMinutes = kept.reduce(
      (sum, b) => sum + b.service.minutes + b.service.before + b.service.after,
      0,
    );
    return {
      services,
      practitioners: practitioners.map((p) => ({ id: p.id, name: p.name })),
      bookings: kept.length,
      generated: placed.length,
      workingDays: dates.length,
      occupancy: Math.round((busyMinutes / workingMinutes) * 100),
    };
  } finally {
    await client.end();
  }
}

/**
 * What findSlots hands to computeSlots, rebuilt with the same services (the bench checks that computeSlots on
 * it gives exactly findSlots' answer, so a change in findSlots shows up as a bench failure, not a wrong figure).
 */
async function slotSearchInput(app, query, now) {
  const availability = app.get(AvailabilityService, { strict: false });
  const catalog = app.get(CatalogService, { strict: false });
  const settingsService = app.get(SettingsService, { strict: false });
  const reservations = app.get(ReservationRepository, { strict: false });
  const settings = await settingsService.bookingSettings();
  const found = await catalog.services({ staff: false, includeInactive: false }, query.serviceIds);
  const services = query.serviceIds.map((id) => found.find((s) => s.id === id));
  let practitioners = await catalog.practitioners({ staff: false, includeInactive: false }, query.serviceIds);
  if (query.practitionerId)
    practitioners = practitioners.filter((p) => p.practitioner.id === query.practitionerId);
  const items = slotItems(services);
  const spanMs = items.reduce(
    (t, i) => t + (i.durationMinutes + i.bufferBeforeMinutes + i.bufferAfterMinutes) * 60_000,
    0,
  );
  const from = query.from.getTime();
  const to = query.to.getTime();
  const window = { start: from - spanMs, end: to + spanMs };
  const practitionerIds = practitioners.map((p) => p.practitioner.id);
  const cabinTypeIds = [...new Set(services.map((s) => s.cabinTypeId).filter((id) => id !== null))];
  const cabins = cabinTypeIds.length > 0 ? await catalog.cabins(false) : [];
  const neededCabins = cabins.filter((c) => cabinTypeIds.includes(c.cabinTypeId));
  const working = await availability.workingTime(practitionerIds, window, settings.closedOnPublicHolidays);
  // The service's own DataSource manager (a private field at the TypeScript level only).
  const busy = await reservations.busy(
    availability.db.manager,
    window,
    practitionerIds,
    neededCabins.map((c) => c.id),
  );
  return {
    items,
    practitioners: practitioners.map((p) => ({
      id: p.practitioner.id,
      position: p.practitioner.position,
      serviceIds: new Set(p.serviceIds),
      working: working.get(p.practitioner.id) ?? [],
      busy: busy.practitioners.get(p.practitioner.id) ?? [],
    })),
    practitionerId: query.practitionerId ?? null,
    cabins: neededCabins.map((c) => ({
      id: c.id,
      cabinTypeId: c.cabinTypeId,
      busy: busy.cabins.get(c.id) ?? [],
    })),
    from,
    to,
    now,
    granularityMinutes: settings.slotGranularityMinutes,
    leadTimeMinutes: settings.minLeadTimeMinutes,
    horizonDays: settings.bookingHorizonDays,
    zone: INSTITUTE_TIME_ZONE,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Report

function report(results, plan, parsing) {
  const first = results[0];
  console.log(
    `\nLatency of availableSlots, ${options.runs} sequential calls after ${options.warmup} warm-up calls (ms):\n`,
  );
  table(
    [
      'Scenario',
      'slots',
      'HTTP p50',
      'p95',
      'p99',
      'max',
      'in-process p50',
      'p95',
      'p99',
      'max',
      'SQL / call',
      'computeSlots p50',
      'p99',
    ],
    results.map((r) => [
      r.name,
      fmt(r.slots),
      ms(r.http.p50),
      ms(r.http.p95),
      ms(r.http.p99),
      ms(r.http.max),
      ms(r.inProcess.p50),
      ms(r.inProcess.p95),
      ms(r.inProcess.p99),
      ms(r.inProcess.max),
      String(r.statements.length),
      ms(r.pure.p50, 3),
      ms(r.pure.p99, 3),
    ]),
  );

  console.log(
    `\ncomputeSlots alone (${options['pure-runs']} runs after 100 warm-up runs, same inputs as findSlots) and ` +
      'what the call costs besides it:\n',
  );
  table(
    [
      'Scenario',
      'practitioners',
      'cabins',
      'working intervals',
      'busy intervals',
      'computeSlots p50',
      'p99',
      'findSlots p50 − computeSlots p50',
      'HTTP p50 − findSlots p50',
      'response',
    ],
    results.map((r) => [
      r.name,
      String(r.practitioners),
      String(r.cabins),
      fmt(r.workingIntervals),
      fmt(r.busyIntervals),
      ms(r.pure.p50, 3),
      ms(r.pure.p99, 3),
      ms(r.inProcess.p50 - r.pure.p50),
      ms(r.http.p50 - r.inProcess.p50),
      `${fmt(Math.round(r.bytes / 1024))} KiB`,
    ]),
  );

  console.log('\nCPU during the measured calls (% of one core; "others" = the rest of the machine):\n');
  table(
    ['Scenario', 'phase', 'this process', 'PostgreSQL', 'others'],
    results.flatMap((r) => [
      [r.name, 'HTTP', pct(r.httpCpu.node), pct(r.httpCpu.postgres), pct(r.httpCpu.others)],
      ['', 'in-process', pct(r.inProcessCpu.node), pct(r.inProcessCpu.postgres), pct(r.inProcessCpu.others)],
    ]),
    2,
  );

  console.log(
    `\nSQL statements sent by ONE findSlots (${first.name}; the pg driver's Client.query, counted per call ` +
      `through AsyncLocalStorage; the first, cold call sent ${first.coldStatements}):\n`,
  );
  table(
    ['#', 'statement', 'ms'],
    first.statements.map((s, i) => [String(i + 1), describeSql(s.text), s.ms === undefined ? '?' : ms(s.ms)]),
    2,
  );
  const sqlMs = first.statements.reduce((sum, s) => sum + (s.ms ?? 0), 0);
  console.log(
    `\nSum of the statements' round trips: ${ms(sqlMs)} ms (two run in parallel, so wall time is a little less).`,
  );
  if (plan.length > 0) {
    console.log(`\nPlan of the busy-time statement (${first.name}), EXPLAIN (ANALYZE, BUFFERS):\n`);
    for (const line of plan) console.log(`    ${line}`);
    console.log('');
  }
  if (parsing !== undefined) {
    console.log(
      `The same statement over a plain pg.Client (${fmt(parsing.rows)} rows; median of 50): ` +
        `${ms(parsing.parsed)} ms with node-pg's default parsing (timestamptz → Date), ` +
        `${ms(parsing.text)} ms with every column left as text.\n`,
    );
  }
  for (const r of results.slice(1)) {
    const same =
      r.statements.length === first.statements.length &&
      r.statements.every((s, i) => describeSql(s.text) === describeSql(first.statements[i].text));
    console.log(
      `${r.name}: ${r.statements.length} statements${same ? ' (the same list)' : ':'}` +
        (same ? '' : `\n  ${r.statements.map((s) => describeSql(s.text)).join('\n  ')}`),
    );
  }
}

/** "SELECT … FROM booking_settings" — first keyword and the tables read or written. */
function describeSql(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  const verb = flat.split(' ')[0].toUpperCase();
  const tables = [...flat.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_][\w]*)"?/gi)].map((m) => m[1]);
  const unique = [...new Set(tables)];
  if (unique.length === 0) return flat.slice(0, 60);
  return `${verb} … ${unique.join(', ')}`;
}

/** A Markdown table; `left` = how many leading columns are text (left-aligned), the others are figures. */
function table(header, rows, left = 1) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

async function postGraphQL(url, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { unparsable: text.slice(0, 200) };
  }
  return { status: response.status, bytes: Buffer.byteLength(text), body };
}

/** Busy CPU in % of one core since `since`: the whole machine, this process, PostgreSQL's processes, the rest. */
function cpuSnapshot(since) {
  const sample = {
    at: performance.now(),
    machine: machineTicks(),
    node: process.cpuUsage(),
    postgres: ticksOf('postgres'),
  };
  if (since === undefined) return sample;
  const seconds = (sample.at - since.at) / 1000;
  const cores = os.cpus().length;
  const machineTotal = sample.machine.total - since.machine.total;
  const machine =
    machineTotal > 0 ? (1 - (sample.machine.idle - since.machine.idle) / machineTotal) * cores * 100 : NaN;
  const nodeMicros = sample.node.user + sample.node.system - since.node.user - since.node.system;
  const node = nodeMicros / 1e4 / seconds;
  const postgres = (ticksBetween(since.postgres, sample.postgres) / CLOCK_TICKS / seconds) * 100;
  return { node, postgres, others: Math.max(0, machine - node - postgres) };
}

/** Waits until the machine, apart from this process, is below 25 % of a core over a 1 s sample. */
async function waitForQuiet(maxSeconds) {
  const deadline = Date.now() + maxSeconds * 1000;
  let announced = false;
  for (;;) {
    const start = cpuSnapshot();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { others, postgres } = cpuSnapshot(start);
    const busy = others + postgres;
    if (!Number.isFinite(busy) || busy < 25) return;
    if (Date.now() > deadline) {
      console.log(`  machine still busy (others ${Math.round(busy)} % of a core): measuring anyway`);
      return;
    }
    if (!announced)
      console.log(`  waiting for the machine to go quiet (others ${Math.round(busy)} % of a core)…`);
    announced = true;
  }
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted.at(-1),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

function weightedPick(rand, list) {
  const total = list.reduce((sum, s) => sum + s.weight, 0);
  let r = rand() * total;
  for (const item of list) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return list.at(-1);
}

function shuffle(rand, list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function ceilTo(value, step) {
  return Math.ceil(value / step) * step;
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

function ms(value, digits = value < 10 ? 2 : 1) {
  return value.toFixed(digits);
}
