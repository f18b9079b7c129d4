// 100 concurrent clients booking one hot day for 30 s over HTTP (createBooking): successes, CONFLICTs, latency, no overlap; vs raw pg inserts.
//
// Usage: node bench/run.mjs booking-storm [--duration=30] [--concurrency=100] [--raw-connections=100] [--seed=7]
//                                          [--quiet-wait=120]
// Needs the compiled server (`npm run build -w server`), PostgreSQL (BENCH_PG_URL, default
// postgres://postgres@127.0.0.1:5432/postgres) and Redis (REDIS_URL, default redis://127.0.0.1:6379).
// Creates its own database (dropped at the end), starts the real app in this process (createHttpApp), and:
//  1. counts the SQL statements of one successful booking and of each kind of CONFLICT (in-process);
//  2. storms createBooking for tomorrow from a worker thread (clients.mjs): --concurrency clients, each request a
//     new client contact, a random service, start (15-min aligned) and practitioner (or any);
//  3. checks the result: no two reservations of one practitioner or cabin overlap, every open booking item has
//     exactly one matching reservation, what the clients were told matches the database;
//  4. closes the app and, for a baseline, inserts random reservations through the same exclusion constraints with
//     plain pg (a pool of --raw-connections, as many loops as clients), each time on a fresh day: blind single-row
//     INSERTs (refusals: 23P01), then SELECT-then-INSERT (the app's pre-check idea without the app).
// Nothing is asserted on timings; the bench fails (exit 1) if an answer or the data is wrong.
import 'reflect-metadata';
import pg from 'pg';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ADMIN_URL,
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
  withAdmin,
  withDatabase,
} from '../support.mjs';
import { Worker } from 'node:worker_threads';
import { phoneNumber } from './clients.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const distDir = path.join(repoRoot, 'server/dist');

const options = parseArgs(process.argv.slice(2), {
  duration: 30,
  concurrency: 100,
  'raw-connections': 100,
  seed: 7,
  // Before each phase, wait (at most this many seconds) for the rest of the machine to go quiet.
  'quiet-wait': 120,
  // Only count the statements of one createBooking of each kind (no storm, no raw baselines).
  'probe-only': 0,
});

/** Linux clock ticks per second (USER_HZ) in /proc/<pid>/stat. */
const CLOCK_TICKS = 100;
const APP_POOL = 20;

// ---------------------------------------------------------------------------------------------------------
// Every statement the pg driver sends is counted; those issued inside `recordSql` are also listed per call
// (AsyncLocalStorage: the outbox relay polling in the same process is not attributed to a call).

const sqlLog = new AsyncLocalStorage();
const sqlCount = { total: 0 };
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  sqlCount.total++;
  const store = sqlLog.getStore();
  if (store !== undefined) store.push(typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '?'));
  return originalQuery.apply(this, args);
};

async function recordSql(work) {
  const statements = [];
  try {
    return { value: await sqlLog.run(statements, work), statements };
  } catch (error) {
    return { error, statements };
  }
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
  { CreateBookingService },
  { normalizePhone },
  { INSTITUTE_TIME_ZONE, addDays, localDateOf, zonedInstant },
] = await Promise.all([
  dist('bootstrap.js'),
  dist('config/config.js'),
  dist('database/migrate.js'),
  dist('logging/logger.js'),
  dist('booking/create-booking.service.js'),
  dist('clients/domain/contact.js'),
  dist('common/time.js'),
]);

const SERVICES = [
  { key: 'mains', name: 'Beauté des mains', minutes: 30, before: 0, after: 0, cabin: false, deposit: false },
  { key: 'visage', name: 'Soin visage', minutes: 45, before: 0, after: 10, cabin: false, deposit: false },
  {
    key: 'massage',
    name: 'Massage relaxant',
    minutes: 60,
    before: 0,
    after: 0,
    cabin: false,
    deposit: false,
  },
  // The only cabin, shared by everyone; a 30 % deposit online, so these bookings wait PENDING.
  {
    key: 'cabine',
    name: 'Enveloppement en cabine',
    minutes: 60,
    before: 5,
    after: 10,
    cabin: true,
    deposit: true,
  },
];
const PRACTITIONERS = ['Camille', 'Inès', 'Léa'];
const OPEN = 8 * 60;
const CLOSE = 20 * 60;

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
      `${os.platform()} ${os.release()}; ${await postgresVersion()}. The app (main thread), the load generator ` +
      `(a worker thread of the same process) and PostgreSQL share these ${cpus.length} cores.\n`,
  );

  const hex = randomBytes(4).toString('hex');
  const db = await createDatabase(`serenaia_bench_booking_storm_${hex}`);
  cleanups.push(() => db.drop());
  console.log(`Database ${db.name}: migrating…`);
  await prepareDatabase(db.url, { seed: false, log: (m) => console.log(`  ${m}`) });

  const today = localDateOf(Date.now(), INSTITUTE_TIME_ZONE);
  const hotDay = addDays(today, 1);
  const rawDay = addDays(today, 2);
  const checkedDay = addDays(today, 3);
  const probeDay = addDays(today, 4);
  const fixture = await fill(db.url);
  console.log(
    `Data: ${PRACTITIONERS.length} practitioners working ${hhmm(OPEN)}–${hhmm(CLOSE)} every day, ` +
      `${SERVICES.length} services (${SERVICES.map((s) => `${s.minutes} min${s.cabin ? ' + the one cabin' : ''}`).join(', ')}), ` +
      'lead time 0, no holiday closure.\n',
  );

  const prefix = `bench-storm-${hex}`;
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
  let appOpen = true;
  const closeApp = async () => {
    if (!appOpen) return;
    appOpen = false;
    await app.close();
  };
  cleanups.push(closeApp);

  // 1. SQL statements per createBooking, in-process (on another day).
  const bookingService = app.get(CreateBookingService, { strict: false });
  const probes = await probeStatements(bookingService, fixture, probeDay);
  if (options['probe-only']) {
    reportProbes(probes);
    for (const kind of ['success', 'gone', 'taken'])
      console.log(
        `\n${kind}:\n  ${(probes[kind]?.statements ?? []).map((s) => s.replace(/\s+/g, ' ').slice(0, 220)).join('\n  ')}`,
      );
    return;
  }

  // 2. The storm.
  const instruments = instrument(bookingService);
  const services = fixture.services.map((s) => ({
    id: s.id,
    cabin: s.cabin,
    deposit: s.deposit,
    starts: startsOf(hotDay, s.minutes),
  }));
  for (const n of [0, 9_999_999, options.concurrency * 100_000 - 1]) {
    if (normalizePhone(phoneNumber(n)) === null)
      throw new Error(`the generated phone ${phoneNumber(n)} is not valid`);
  }
  await waitForQuiet(options['quiet-wait']);
  console.log(
    `Storm: ${options.concurrency} clients, ${options.duration} s, createBooking on ${hotDay} (Paris) over HTTP…`,
  );
  const storm = await runStorm(url, db.name, services, fixture.practitioners, instruments);
  console.log(`  done: ${fmt(storm.records.length)} requests in ${(storm.elapsedMs / 1000).toFixed(1)} s.`);

  // 3. Checks, with the app still up (nothing is writing any more).
  const stormChecks = await checks(db.url, hotDay, storm);
  await closeApp();

  // 4. Raw baselines (app closed): single-row INSERTs, then SELECT-then-INSERT, each on a fresh day.
  const raws = [];
  for (const [checkFirst, day] of [
    [false, rawDay],
    [true, checkedDay],
  ]) {
    await waitForQuiet(options['quiet-wait']);
    console.log(
      `Raw baseline: plain pg ${checkFirst ? 'SELECT-then-INSERT' : 'INSERT'} of reservations on ${day}, ` +
        `${options.duration} s…`,
    );
    const raw = await runRaw(db, fixture, day, { checkFirst });
    console.log(`  done: ${fmt(raw.attempts)} attempts in ${(raw.elapsedMs / 1000).toFixed(1)} s.`);
    raws.push(raw);
  }
  const finalChecks = await overlapCounts(db.url);

  report({ probes, storm, stormChecks, raws, finalChecks, hotDay });
  const failures = [
    ...(storm.counts.other > 0 ? [`${storm.counts.other} unexpected errors`] : []),
    ...(storm.counts.wrong > 0 ? [`${storm.counts.wrong} wrong answers`] : []),
    ...stormChecks.problems,
    ...(finalChecks.practitionerPairs + finalChecks.cabinPairs > 0 ? ['overlapping reservations'] : []),
    ...raws.filter((r) => r.other > 0).map((r) => `${r.other} unexpected errors in a raw baseline`),
  ];
  if (failures.length > 0) {
    console.error(`\nFAILED: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Data

async function fill(url) {
  return withDatabase(url, async (client) => {
    const one = async (sql, params) => (await client.query(sql, params)).rows[0].id;
    await client.query(
      'UPDATE booking_settings SET min_lead_time_minutes = 0, closed_on_public_holidays = false',
    );
    const category = await one('INSERT INTO service_category (name) VALUES ($1) RETURNING id', ['Soins']);
    const cabinType = await one('INSERT INTO cabin_type (name) VALUES ($1) RETURNING id', ['Cabine humide']);
    const cabin = await one('INSERT INTO cabin (name, cabin_type_id) VALUES ($1, $2) RETURNING id', [
      'Cabine 1',
      cabinType,
    ]);
    const services = [];
    for (const [index, s] of SERVICES.entries()) {
      const id = await one(
        `INSERT INTO service (category_id, name, duration_minutes, price_cents, buffer_before_minutes,
                              buffer_after_minutes, cabin_type_id, deposit_kind, deposit_value, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          category,
          s.name,
          s.minutes,
          s.minutes * 120,
          s.before,
          s.after,
          s.cabin ? cabinType : null,
          s.deposit ? 'PERCENT' : 'NONE',
          s.deposit ? 3000 : 0,
          index,
        ],
      );
      services.push({ ...s, id });
    }
    const practitioners = [];
    for (const [index, name] of PRACTITIONERS.entries()) {
      const id = await one('INSERT INTO practitioner (display_name, position) VALUES ($1, $2) RETURNING id', [
        name,
        index + 1,
      ]);
      await client.query(
        'INSERT INTO practitioner_service (practitioner_id, service_id) SELECT $1, unnest($2::uuid[])',
        [id, services.map((s) => s.id)],
      );
      await client.query(
        `INSERT INTO working_hours (practitioner_id, weekday, start_minute, end_minute)
         SELECT $1, weekday, $2, $3 FROM generate_series(1, 7) AS weekday`,
        [id, OPEN, CLOSE],
      );
      practitioners.push(id);
    }
    return { services, practitioners, cabin };
  });
}

/** Every 15-min aligned start on `date` whose service time fits in opening hours. */
function startsOf(date, minutes) {
  const starts = [];
  for (let m = OPEN; m + minutes <= CLOSE; m += 15) {
    starts.push(new Date(zonedInstant(date, hhmm(m), INSTITUTE_TIME_ZONE)).toISOString());
  }
  return starts;
}

// ---------------------------------------------------------------------------------------------------------
// 1. Statements per booking

async function probeStatements(service, fixture, day) {
  const online = { userId: null, staff: false };
  const massage = fixture.services.find((s) => s.key === 'massage').id;
  let n = 0;
  const input = (time, practitionerId) => ({
    serviceIds: [massage],
    practitionerId,
    start: new Date(zonedInstant(day, time, INSTITUTE_TIME_ZONE)),
    client: {
      firstName: 'Sonde',
      lastName: `Numéro${++n}`,
      email: `probe.${n}@bench.serenaia.test`,
      phone: `0678${String(n).padStart(6, '0')}`,
    },
  });
  const describe = (outcome) =>
    outcome.error === undefined
      ? 'booked'
      : `${outcome.error.code ?? outcome.error.name}: ${outcome.error.message.slice(0, 40)}…`;

  // Warm up the code paths once (first calls compile and cache metadata).
  await service.create(input('08:00', null), online);

  const success = await recordSql(() => service.create(input('10:00', fixture.practitioners[0]), online));
  const gone = await recordSql(() => service.create(input('10:00', fixture.practitioners[0]), online));
  // Two at once on a free slot: both pass the pre-check, the exclusion constraint refuses the second insert.
  let taken;
  for (let hour = 12; hour < 20 && taken === undefined; hour++) {
    const both = await Promise.all([
      recordSql(() => service.create(input(`${hour}:00`, fixture.practitioners[1]), online)),
      recordSql(() => service.create(input(`${hour}:00`, fixture.practitioners[1]), online)),
    ]);
    taken = both.find((o) => o.error?.message?.startsWith('Ce créneau vient d’être réservé'));
  }
  for (const [name, outcome] of [
    ['success', success],
    ['gone', gone],
  ]) {
    if ((name === 'success') !== (outcome.error === undefined)) {
      throw new Error(`probe ${name}: unexpected outcome ${describe(outcome)}`);
    }
  }
  return { success, gone, taken };
}

// ---------------------------------------------------------------------------------------------------------
// 2. The storm

/** Wall time spent in the parts of CreateBookingService.create, recorded while `on` (bench-side wrappers). */
function instrument(bookingService) {
  const timers = { create: [], precheck: [], message: [], alternatives: [], transaction: [], view: [] };
  const state = { on: false, timers };
  const wrap = (target, name, pick) => {
    const original = target?.[name];
    if (typeof original !== 'function')
      throw new Error(`cannot instrument ${name}: CreateBookingService changed`);
    target[name] = async function timed(...args) {
      const started = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        if (state.on) pick(args).push(performance.now() - started);
      }
    };
  };
  wrap(bookingService, 'create', () => timers.create);
  // CreateBookingService's own collaborators (private at the TypeScript level only).
  wrap(bookingService.queries, 'view', () => timers.view);
  // checkStart (when the app has it): one search serving the pre-check, "taken or never offered" and the
  // alternatives of a refusal. Older code: findSlots for one instant (the pre-check, or with ignoreBusy the
  // search that tells "taken" from "never offered"), and over days for the alternatives.
  const availability = bookingService.refusals?.availability;
  if (typeof availability?.checkStart === 'function') wrap(availability, 'checkStart', () => timers.precheck);
  wrap(availability, 'findSlots', ([query, slotOptions]) =>
    query.to.getTime() - query.from.getTime() > 1
      ? timers.alternatives
      : slotOptions?.ignoreBusy
        ? timers.message
        : timers.precheck,
  );
  wrap(bookingService.tx, 'run', () => timers.transaction);
  const pool = bookingService.queries?.db?.driver?.master;
  if (typeof pool?.waitingCount !== 'number') throw new Error('cannot find the pg pool of the app');
  return { state, pool };
}

async function runStorm(url, databaseName, services, practitionerIds, { state, pool }) {
  const worker = new Worker(new URL('./clients.mjs', import.meta.url), {
    workerData: {
      url,
      concurrency: options.concurrency,
      durationSeconds: options.duration,
      seed: options.seed,
      services,
      practitionerIds,
    },
  });
  const [ready] = await once(worker, 'message');
  if (ready !== 'ready') throw new Error('the client worker did not start');

  const pool_ = { samples: 0, waiting: 0, waitingMax: 0, busy: 0 };
  const sampler = setInterval(() => {
    pool_.samples++;
    pool_.waiting += pool.waitingCount;
    pool_.waitingMax = Math.max(pool_.waitingMax, pool.waitingCount);
    pool_.busy += pool.totalCount - pool.idleCount;
  }, 20);
  const stopWatching = await watchPostgres(databaseName, 'serenaia');
  const cpu = cpuSnapshot();
  const elu = performance.eventLoopUtilization();
  const queriesBefore = sqlCount.total;
  state.on = true;
  worker.postMessage('go');
  const [result] = await once(worker, 'message');
  state.on = false;
  const queries = sqlCount.total - queriesBefore;
  const appElu = performance.eventLoopUtilization(elu).utilization;
  const usage = cpuSnapshot(cpu);
  clearInterval(sampler);
  const postgres = await stopWatching();
  await worker.terminate().catch(() => undefined);

  const counts = { ok: 0, gone: 0, taken: 0, other: 0, wrong: 0 };
  const statuses = {};
  for (const r of result.records) {
    counts[r.kind]++;
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  const latencies = (kinds) =>
    stats(result.records.filter((r) => kinds.includes(r.kind)).map((r) => r.latency));
  const seconds = result.elapsedMs / 1000;
  const okTimes = result.records.filter((r) => r.kind === 'ok').map((r) => (r.at + r.latency) / 1000);
  return {
    ...result,
    seconds,
    counts,
    statuses,
    throughput: result.records.length / seconds,
    ok: latencies(['ok']),
    conflicts: latencies(['gone', 'taken']),
    gone: latencies(['gone']),
    taken: latencies(['taken']),
    lastOk: okTimes.length > 0 ? Math.max(...okTimes) : undefined,
    timeline: timeline(result.records),
    queries,
    usage,
    postgres,
    appElu,
    workerElu: result.eventLoopUtilization,
    pool: {
      waiting: pool_.waiting / pool_.samples,
      waitingMax: pool_.waitingMax,
      busy: pool_.busy / pool_.samples,
    },
    timers: Object.fromEntries(
      Object.entries(state.timers).map(([name, list]) => [name, { n: list.length, ...stats(list) }]),
    ),
  };
}

/**
 * What PostgreSQL's backends of one database and application were doing (sampled from pg_stat_activity every
 * 100 ms), and how many deadlocks PostgreSQL detected in that database meanwhile.
 */
async function watchPostgres(databaseName, applicationName) {
  const client = new pg.Client({ connectionString: ADMIN_URL, application_name: 'bench-watch' });
  await client.connect();
  const deadlocks = async () =>
    Number(
      (await client.query('SELECT deadlocks FROM pg_stat_database WHERE datname = $1', [databaseName]))
        .rows[0].deadlocks,
    );
  const before = await deadlocks();
  const totals = new Map();
  let samples = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    client
      .query(
        `SELECT CASE WHEN state = 'active' AND wait_event IS NULL THEN 'running'
                     WHEN state = 'active' THEN wait_event_type || ':' || wait_event
                     ELSE coalesce(state, 'starting') END AS what, count(*)::int AS n
           FROM pg_stat_activity WHERE datname = $1 AND application_name = $2 GROUP BY 1`,
        [databaseName, applicationName],
      )
      .then(({ rows }) => {
        samples++;
        for (const row of rows) totals.set(row.what, (totals.get(row.what) ?? 0) + row.n);
      })
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, 100);
  return async () => {
    clearInterval(timer);
    while (busy) await new Promise((resolve) => setTimeout(resolve, 10));
    const detected = (await deadlocks()) - before;
    await client.end();
    const states = [...totals]
      .map(([what, n]) => ({ what, mean: n / Math.max(1, samples) }))
      .sort((a, b) => b.mean - a.mean);
    return { deadlocks: detected, states };
  };
}

function describeStates(states) {
  return states
    .filter((s) => s.mean >= 0.05)
    .map((s) => `${s.what} ${s.mean.toFixed(1)}`)
    .join(', ');
}

// ---------------------------------------------------------------------------------------------------------
// 3. Checks

async function overlapCounts(url) {
  return withDatabase(url, async (c) => {
    const { rows } = await c.query(`
      SELECT
        (SELECT count(*) FROM reservation a JOIN reservation b
            ON a.id < b.id AND a.practitioner_id = b.practitioner_id
           AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at))::int AS practitioner_pairs,
        (SELECT count(*) FROM reservation a JOIN reservation b
            ON a.id < b.id AND a.cabin_id = b.cabin_id
           AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at))::int AS cabin_pairs,
        (SELECT count(*) FROM reservation)::int AS reservations`);
    return {
      practitionerPairs: rows[0].practitioner_pairs,
      cabinPairs: rows[0].cabin_pairs,
      reservations: rows[0].reservations,
    };
  });
}

async function checks(url, hotDay, storm) {
  const overlaps = await overlapCounts(url);
  const dayStart = new Date(zonedInstant(hotDay, '00:00', INSTITUTE_TIME_ZONE));
  const dayEnd = new Date(zonedInstant(addDays(hotDay, 1), '00:00', INSTITUTE_TIME_ZONE));
  const data = await withDatabase(url, async (c) => {
    const q = async (sql, params = []) => (await c.query(sql, params)).rows[0];
    const items = await q(`
      SELECT count(*)::int AS open_items,
             count(*) FILTER (WHERE n <> 1)::int AS not_exactly_one
        FROM (SELECT bi.id, (SELECT count(*) FROM reservation r WHERE r.booking_item_id = bi.id) AS n
                FROM booking_item bi JOIN booking b ON b.id = bi.booking_id
               WHERE b.status IN ('CONFIRMED', 'PENDING')) t`);
    const mismatched = await q(`
      SELECT count(*)::int AS n FROM booking_item bi JOIN reservation r ON r.booking_item_id = bi.id
       WHERE r.practitioner_id IS DISTINCT FROM bi.practitioner_id OR r.cabin_id IS DISTINCT FROM bi.cabin_id
          OR r.starts_at <> bi.starts_at - make_interval(mins => bi.buffer_before_minutes)
          OR r.ends_at <> bi.ends_at + make_interval(mins => bi.buffer_after_minutes)`);
    const closed = await q(`
      SELECT count(*)::int AS n FROM reservation r JOIN booking_item bi ON bi.id = r.booking_item_id
        JOIN booking b ON b.id = bi.booking_id WHERE b.status NOT IN ('CONFIRMED', 'PENDING')`);
    const day = await q(
      `SELECT count(*)::int AS bookings,
              count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
              count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
              (SELECT count(*)::int FROM client WHERE email LIKE 'storm.%') AS clients
         FROM booking WHERE starts_at >= $1 AND starts_at < $2`,
      [dayStart, dayEnd],
    );
    const occupancy = await q(
      `SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at)) FILTER (WHERE practitioner_id IS NOT NULL), 0)::float
                AS practitioner_seconds,
              coalesce(sum(extract(epoch FROM ends_at - starts_at)) FILTER (WHERE cabin_id IS NOT NULL), 0)::float
                AS cabin_seconds
         FROM reservation WHERE starts_at >= $1 AND starts_at < $2`,
      [dayStart, dayEnd],
    );
    return { items, mismatched: mismatched.n, closed: closed.n, day, occupancy };
  });
  const problems = [];
  if (overlaps.practitionerPairs > 0)
    problems.push(`${overlaps.practitionerPairs} overlapping practitioner pairs`);
  if (overlaps.cabinPairs > 0) problems.push(`${overlaps.cabinPairs} overlapping cabin pairs`);
  if (data.items.not_exactly_one > 0)
    problems.push(`${data.items.not_exactly_one} open items without exactly one reservation`);
  if (data.mismatched > 0)
    problems.push(`${data.mismatched} reservations that do not match their booking item`);
  if (data.closed > 0) problems.push(`${data.closed} reservations of cancelled or closed bookings`);
  if (data.day.bookings !== storm.counts.ok) {
    problems.push(
      `${data.day.bookings} bookings on the hot day but ${storm.counts.ok} successes told to clients`,
    );
  }
  if (data.day.clients !== storm.counts.ok) {
    problems.push(`${data.day.clients} storm clients in the database for ${storm.counts.ok} successes`);
  }
  const openSeconds = ((CLOSE - OPEN) * 60) | 0;
  return {
    ...overlaps,
    ...data,
    practitionerOccupancy: data.occupancy.practitioner_seconds / (PRACTITIONERS.length * openSeconds),
    cabinOccupancy: data.occupancy.cabin_seconds / openSeconds,
    problems,
  };
}

// ---------------------------------------------------------------------------------------------------------
// 4. Raw baseline

/**
 * Random reservations on `day` from plain pg, `options.concurrency` loops on one pool. `checkFirst`: each attempt
 * first looks for an overlapping reservation (what the app's pre-check does, in one SELECT) and inserts only if
 * there is none; otherwise a single-row INSERT that the exclusion constraint accepts or refuses.
 */
async function runRaw({ url, name }, fixture, day, { checkFirst }) {
  // max_connections is shared with whoever else uses this PostgreSQL: take what is free, up to the option.
  const free = await withAdmin(async (c) => {
    const { rows } = await c.query(`
      SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int
             - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS free`);
    return rows[0].free;
  });
  const size = Math.max(1, Math.min(options['raw-connections'], free - 10));
  const sources = await withDatabase(url, async (c) => {
    // A reservation needs a source (a booking item or a blocked slot); unused blocked slots serve as sources.
    const { rows } = await c.query(
      `INSERT INTO blocked_slot (practitioner_id, starts_at, ends_at, reason)
       SELECT $1, timestamptz '2000-01-01' + n * interval '1 hour',
              timestamptz '2000-01-01' + (n + 1) * interval '1 hour', 'bench'
         FROM generate_series(1, 5000) AS n RETURNING id`,
      [fixture.practitioners[0]],
    );
    return rows.map((r) => r.id);
  });
  const applicationName = checkFirst ? 'bench-raw-checked' : 'bench-raw';
  // idleTimeoutMillis 0: keep every connection (another process could take a freed slot meanwhile).
  const pool = new pg.Pool({
    connectionString: url,
    max: size,
    idleTimeoutMillis: 0,
    application_name: applicationName,
  });
  try {
    const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
    for (const client of clients) client.release();
    const services = fixture.services.map((s) => ({
      ...s,
      starts: startsOf(day, s.minutes).map((iso) => Date.parse(iso)),
    }));
    const records = [];
    const errors = [];
    const result = { attempts: 0, ok: 0, checked: 0, rejected: 0, deadlocked: 0, other: 0 };
    const stopWatching = await watchPostgres(name, applicationName);
    const cpu = cpuSnapshot();
    const started = performance.now();
    const deadline = started + options.duration * 1000;
    await Promise.all(
      Array.from({ length: options.concurrency }, async (_, loop) => {
        const rand = mulberry32(options.seed * 7919 + loop);
        while (performance.now() < deadline) {
          const service = services[Math.floor(rand() * services.length)];
          const start = service.starts[Math.floor(rand() * service.starts.length)];
          const practitioner = fixture.practitioners[Math.floor(rand() * fixture.practitioners.length)];
          const cabin = service.cabin ? fixture.cabin : null;
          const from = new Date(start - service.before * 60_000);
          const to = new Date(start + (service.minutes + service.after) * 60_000);
          const sent = performance.now();
          let kind = 'ok';
          let source;
          try {
            const taken =
              checkFirst &&
              (
                await pool.query(
                  `SELECT 1 FROM reservation
                    WHERE (practitioner_id = $1 OR cabin_id = $2)
                      AND tstzrange(starts_at, ends_at) && tstzrange($3, $4) LIMIT 1`,
                  [practitioner, cabin, from, to],
                )
              ).rowCount > 0;
            if (taken) kind = 'checked';
            else {
              source = sources.pop();
              if (source === undefined) throw new Error('out of blocked-slot sources: raise their number');
              await pool.query(
                `INSERT INTO reservation (practitioner_id, cabin_id, starts_at, ends_at, blocked_slot_id)
                 VALUES ($1, $2, $3, $4, $5)`,
                [practitioner, cabin, from, to, source],
              );
            }
          } catch (error) {
            if (source !== undefined) sources.push(source);
            // 23P01: the exclusion constraint refused the row. 40P01: two inserts each waited for the other
            // (an exclusion check waits for in-progress conflicting rows); PostgreSQL aborted one of them.
            kind = error.code === '23P01' ? 'rejected' : error.code === '40P01' ? 'deadlocked' : 'other';
            if (kind === 'other' && errors.length < 10) errors.push(`${error.code}: ${error.message}`);
          }
          result[kind]++;
          records.push({ kind, at: sent - started, latency: performance.now() - sent });
          result.attempts++;
        }
      }),
    );
    const elapsedMs = performance.now() - started;
    const usage = cpuSnapshot(cpu);
    const postgres = await stopWatching();
    return {
      ...result,
      checkFirst,
      day,
      postgres,
      timeline: timeline(records),
      size,
      free,
      elapsedMs,
      perSecond: result.attempts / (elapsedMs / 1000),
      latency: stats(records.map((r) => r.latency)),
      usage,
      errors,
    };
  } finally {
    await pool.end();
  }
}

/** Requests by the window (of the measured duration) in which they were SENT, and their outcomes. */
function timeline(records) {
  const windows = [];
  const seconds = options.duration;
  const step = Math.max(1, Math.round(seconds / 6));
  for (let from = 0; from < seconds; from += step) {
    const inWindow = records.filter((r) => r.at / 1000 >= from && r.at / 1000 < from + step);
    const count = (kind) => inWindow.filter((r) => r.kind === kind).length;
    windows.push({
      from,
      to: Math.min(from + step, seconds),
      attempts: inWindow.length,
      ok: count('ok'),
      gone: count('gone'),
      taken: count('taken'),
      rejected: count('rejected'),
      checked: count('checked'),
      deadlocked: count('deadlocked'),
      p50: stats(inWindow.map((r) => r.latency)).p50,
    });
  }
  return windows;
}

// ---------------------------------------------------------------------------------------------------------
// Report

function report({ probes, storm, stormChecks, raws, finalChecks, hotDay }) {
  reportProbes(probes);
  reportStorm({ storm, stormChecks, raws, finalChecks, hotDay });
}

function reportProbes(probes) {
  console.log(
    '\nSQL statements per createBooking (in-process CreateBookingService.create, one call each, warm):\n',
  );
  const kinds = [
    ['success (booked)', probes.success],
    ['CONFLICT by the pre-check', probes.gone],
    ['CONFLICT by the constraint', probes.taken],
  ];
  table(
    ['Outcome', 'statements', 'of which'],
    kinds.map(([name, outcome]) => [
      name,
      outcome === undefined ? 'not provoked' : String(outcome.statements.length),
      outcome === undefined ? '' : summarizeSql(outcome.statements),
    ]),
    1,
    [2],
  );
  console.log(`\nThe ${probes.success.statements.length} statements of a successful booking, in order:`);
  console.log(`  ${probes.success.statements.map(describeSql).join('\n  ')}`);
}

function reportStorm({ storm, stormChecks, raws, finalChecks, hotDay }) {
  const c = storm.counts;
  const attempts = storm.records.length;
  console.log(
    `\nStorm: ${options.concurrency} concurrent clients × ${options.duration} s of createBooking on ${hotDay} ` +
      `(each request a new client contact; random service, 15-min start, practitioner or any):\n`,
  );
  table(
    ['Outcome', 'requests', 'share', 'p50 ms', 'p99 ms', 'max ms'],
    [
      ['success', fmt(c.ok), share(c.ok, attempts), ms(storm.ok.p50), ms(storm.ok.p99), ms(storm.ok.max)],
      [
        'CONFLICT (all)',
        fmt(c.gone + c.taken),
        share(c.gone + c.taken, attempts),
        ms(storm.conflicts.p50),
        ms(storm.conflicts.p99),
        ms(storm.conflicts.max),
      ],
      [
        '  by the pre-check',
        fmt(c.gone),
        share(c.gone, attempts),
        ms(storm.gone.p50),
        ms(storm.gone.p99),
        ms(storm.gone.max),
      ],
      [
        '  by the constraint',
        fmt(c.taken),
        share(c.taken, attempts),
        ms(storm.taken.p50),
        ms(storm.taken.p99),
        ms(storm.taken.max),
      ],
      ['other errors', fmt(c.other), share(c.other, attempts), '', '', ''],
      ['wrong answers', fmt(c.wrong), share(c.wrong, attempts), '', '', ''],
      ['all', fmt(attempts), '100 %', '', '', ''],
    ],
  );
  console.log(
    `\nThroughput: ${storm.throughput.toFixed(1)} requests/s over ${storm.seconds.toFixed(1)} s; HTTP status codes: ` +
      `${Object.entries(storm.statuses)
        .map(([s, n]) => `${s} × ${fmt(n)}`)
        .join(', ')}; last success at ` +
      `${storm.lastOk === undefined ? '–' : `${storm.lastOk.toFixed(1)} s`}.`,
  );
  for (const other of storm.others) console.log(`  ${other.kind}: ${JSON.stringify(other).slice(0, 400)}`);

  console.log('\nOver time:\n');
  table(
    ['Window', 'requests/s', 'successes', 'CONFLICT pre-check', 'CONFLICT constraint', 'p50 ms'],
    storm.timeline.map((w) => [
      `${w.from.toFixed(0)}–${w.to.toFixed(0)} s`,
      (w.attempts / (w.to - w.from)).toFixed(1),
      fmt(w.ok),
      fmt(w.gone),
      fmt(w.taken),
      ms(w.p50),
    ]),
  );

  const t = storm.timers;
  const all = stats(storm.records.map((r) => r.latency));
  console.log(
    '\nWhere a request spends its time (wall time, bench-side wrappers around the app’s services):\n',
  );
  table(
    ['Part', 'calls', 'mean ms', 'p50 ms', 'p99 ms'],
    [
      ['HTTP round trip (client side)', fmt(attempts), ms(all.mean), ms(all.p50), ms(all.p99)],
      ['CreateBookingService.create', fmt(t.create.n), ms(t.create.mean), ms(t.create.p50), ms(t.create.p99)],
      [
        '  slot pre-check (checkStart, or findSlots over 1 instant)',
        fmt(t.precheck.n),
        ms(t.precheck.mean),
        ms(t.precheck.p50),
        ms(t.precheck.p99),
      ],
      [
        '  transaction + after-commit',
        fmt(t.transaction.n),
        ms(t.transaction.mean),
        ms(t.transaction.p50),
        ms(t.transaction.p99),
      ],
      ['  reload of the booking (view)', fmt(t.view.n), ms(t.view.mean), ms(t.view.p50), ms(t.view.p99)],
      [
        '  "taken or never offered?" for a CONFLICT (findSlots ignoring busy time)',
        fmt(t.message.n),
        ms(t.message.mean),
        ms(t.message.p50),
        ms(t.message.p99),
      ],
      [
        '  alternatives for a CONFLICT (findSlots, 4–7 days)',
        fmt(t.alternatives.n),
        ms(t.alternatives.mean),
        ms(t.alternatives.p50),
        ms(t.alternatives.p99),
      ],
    ],
  );
  const u = storm.usage;
  console.log(
    `\nResources during the storm (% of one core): this process ${pct(u.node)}, of which the app's main ` +
      `thread ${pct(u.main)} (its event loop busy ${pct(storm.appElu * 100)} of the time) and the rest ` +
      `(client worker, GC and I/O threads) ${pct(u.node - u.main)} (client worker's event loop busy ` +
      `${pct(storm.workerElu * 100)}); PostgreSQL ` +
      `${pct(u.postgres)}, Redis ${pct(u.redis)}, others ${pct(u.others)} (machine: ${pct(u.machine)} of ` +
      `${os.cpus().length * 100} %). App pool (${APP_POOL} connections): ${storm.pool.busy.toFixed(1)} in use on ` +
      `average, ${storm.pool.waiting.toFixed(1)} requests waiting for one (max ${storm.pool.waitingMax}). ` +
      `${fmt(storm.queries)} SQL statements (${(storm.queries / attempts).toFixed(1)} per request). ` +
      `The app's PostgreSQL backends, on average: ${describeStates(storm.postgres.states)}; deadlocks detected: ` +
      `${storm.postgres.deadlocks}.`,
  );

  const ck = stormChecks;
  console.log(`\nChecks after the storm:\n`);
  table(
    ['Check', 'result'],
    [
      ['reservation pairs of one practitioner that overlap', String(ck.practitionerPairs)],
      ['reservation pairs of one cabin that overlap', String(ck.cabinPairs)],
      ['open (CONFIRMED/PENDING) booking items', String(ck.items.open_items)],
      ['  … without exactly one reservation', String(ck.items.not_exactly_one)],
      ['reservations not matching their item (who, cabin, time + buffers)', String(ck.mismatched)],
      ['reservations of closed bookings', String(ck.closed)],
      [
        `bookings on ${hotDay} (confirmed / pending)`,
        `${ck.day.bookings} (${ck.day.confirmed} / ${ck.day.pending}); successes told: ${c.ok}`,
      ],
      ['clients created by the storm', `${ck.day.clients}`],
      [
        'hot day occupied (practitioners / cabin)',
        `${pct(ck.practitionerOccupancy * 100)} / ${pct(ck.cabinOccupancy * 100)}`,
      ],
    ],
  );
  if (ck.problems.length > 0) console.log(`\nPROBLEMS: ${ck.problems.join('; ')}`);

  const [raw] = raws;
  console.log(
    `\nRaw baselines (app closed), each on a fresh day: plain pg through the same exclusion constraints, ` +
      `${options.concurrency} loops on a pg.Pool of ${raw.size}` +
      (raw.size < options['raw-connections']
        ? ` (not ${options['raw-connections']}: PostgreSQL had ${raw.free} free connection slots, others use the rest)`
        : '') +
      '; "raw INSERT" = one single-row INSERT per attempt (as asked), "raw SELECT-then-INSERT" = the overlap ' +
      'looked up first, INSERT only if free (what the app does, without the app):\n',
  );
  const rawName = (r) => (r.checkFirst ? 'raw SELECT-then-INSERT' : 'raw INSERT');
  table(
    [
      'Path',
      'attempts/s',
      'attempts',
      'successes',
      'refused by a check',
      'refused by the constraint',
      'deadlocks',
      'other errors',
      'p50 ms',
      'p99 ms',
      'PostgreSQL CPU',
      'Node CPU',
      'app / this',
    ],
    [
      [
        'app (HTTP + GraphQL)',
        storm.throughput.toFixed(1),
        fmt(attempts),
        fmt(c.ok),
        fmt(c.gone),
        fmt(c.taken),
        fmt(storm.postgres.deadlocks),
        fmt(c.other),
        ms(all.p50),
        ms(all.p99),
        pct(u.postgres),
        pct(u.node),
        '1',
      ],
      ...raws.map((r) => [
        rawName(r),
        r.perSecond.toFixed(1),
        fmt(r.attempts),
        fmt(r.ok),
        fmt(r.checked),
        fmt(r.rejected),
        fmt(r.deadlocked),
        fmt(r.other),
        ms(r.latency.p50),
        ms(r.latency.p99),
        pct(r.usage.postgres),
        pct(r.usage.node),
        (storm.throughput / r.perSecond).toFixed(3),
      ]),
    ],
  );
  for (const r of raws) {
    for (const error of r.errors) console.log(`  ${rawName(r)} error: ${error}`);
    console.log(
      `\n${rawName(r)} on ${r.day}: ${(r.elapsedMs / 1000).toFixed(1)} s until the last attempt returned; ` +
        `its PostgreSQL backends, on average: ${describeStates(r.postgres.states)}; deadlocks detected by ` +
        `PostgreSQL: ${r.postgres.deadlocks}. By the second the attempt was sent:\n`,
    );
    table(
      [
        'Window',
        'attempts/s',
        'successes',
        'refused by a check',
        'refused by the constraint',
        'deadlocks',
        'p50 ms',
      ],
      r.timeline.map((w) => [
        `${w.from.toFixed(0)}–${w.to.toFixed(0)} s`,
        (w.attempts / (w.to - w.from)).toFixed(1),
        fmt(w.ok),
        fmt(w.checked),
        fmt(w.rejected),
        fmt(w.deadlocked),
        ms(w.p50),
      ]),
    );
  }
  console.log(
    `\nFinal overlap check (all days): ${finalChecks.practitionerPairs} practitioner pairs, ` +
      `${finalChecks.cabinPairs} cabin pairs over ${fmt(finalChecks.reservations)} reservations.`,
  );

  console.log(`\nReading: ${reading(storm, raws)}`);
}

/** A data-driven paragraph: where the time goes, from the figures above. */
function reading(storm, raws) {
  const u = storm.usage;
  const t = storm.timers;
  const cores = os.cpus().length;
  const attempts = storm.records.length;
  const perRequest = (percent) => ((percent / 100) * storm.seconds * 1000) / attempts;
  const parts = [];
  parts.push(
    `The ${cores} cores are shared by the app, the ${options.concurrency} clients (a worker thread of the same ` +
      `process) and PostgreSQL; the machine was ${pct(u.machine)} busy out of ${cores * 100} %, ` +
      `${pct(u.others)} of it by other work.`,
  );
  const mainBound = u.main > 85;
  parts.push(
    `The app's JavaScript thread used ${pct(u.main)} of a core (${perRequest(u.main).toFixed(1)} ms per request; ` +
      `its event loop was never idle: ${pct(storm.appElu * 100)})` +
      (mainBound
        ? ', so the app is bound by Node’s single thread'
        : u.others > 50
          ? ', less than a core although its event loop was never idle: the machine was short of CPU and the ' +
            'thread waited for it'
          : '') +
      `, while PostgreSQL used ${pct(u.postgres)} (${perRequest(u.postgres).toFixed(1)} ms per request) for ` +
      `${(storm.queries / attempts).toFixed(1)} SQL statements per request; its backends were mostly ` +
      `${storm.postgres.states[0]?.what ?? '?'} (${describeStates(storm.postgres.states)}): PostgreSQL waits for ` +
      'Node, not the other way round.',
  );
  parts.push(
    storm.pool.waiting > 1
      ? `Requests queued for the ${APP_POOL} pooled connections (${storm.pool.waiting.toFixed(1)} waiting on ` +
          'average) because each connection stays checked out while the thread gets round to the next statement, ' +
          'so the wall times below are mostly queueing.'
      : `The ${APP_POOL}-connection pool was not the limit (${storm.pool.waiting.toFixed(1)} waiting on average).`,
  );
  const conflicts = storm.counts.gone + storm.counts.taken;
  if (conflicts > 0) {
    parts.push(
      `The pre-check (${ms(t.precheck.mean)} ms mean wall time) turned away ` +
        `${share(storm.counts.gone, conflicts)} of the CONFLICTs before any write; the exclusion constraint caught ` +
        `the ${fmt(storm.counts.taken)} races. Every CONFLICT then searches alternatives over several days ` +
        `(${ms(t.alternatives.mean)} ms mean)` +
        (t.message.n > 0
          ? ` and a pre-check CONFLICT also runs a third slot search to tell "taken" from "never offered" ` +
            `(${ms(t.message.mean)} ms mean)`
          : '') +
        ', so a refusal costs about as much as a booking.',
    );
  }
  const lockWaits = (r) =>
    r.postgres.states.filter((st) => st.what.startsWith('Lock:')).reduce((sum, st) => sum + st.mean, 0);
  const lockBound = (r) => r.deadlocked > 0 || lockWaits(r) > 1;
  const describeRaw = (r) =>
    `${r.checkFirst ? 'SELECT-then-INSERT' : 'single-row INSERTs'} ran ${r.perSecond.toFixed(0)}/s with ` +
    `PostgreSQL at ${pct(r.usage.postgres)}` +
    (lockBound(r)
      ? ` (lock-bound: ${fmt(r.deadlocked)} deadlocks, ${lockWaits(r).toFixed(1)} backends waiting on a lock on ` +
        `average; ${r.timeline[0].attempts > 0 ? (r.timeline[0].attempts / (r.timeline[0].to - r.timeline[0].from)).toFixed(0) : 0}/s in the first ${r.timeline[0].to.toFixed(0)} s)`
      : '');
  parts.push(
    `Raw: ${raws.map(describeRaw).join('; ')}.` +
      (raws.some(lockBound)
        ? ' An exclusion check waits for any in-progress conflicting insert, so two inserts aimed at the same ' +
          'free time wait for each other until the deadlock detector (deadlock_timeout, 1 s) aborts one with ' +
          '40P01: when everyone aims at the last few free slots, inserts convoy behind those waits and ' +
          'PostgreSQL sits idle.'
        : '') +
      ` App / raw attempts per second: ${raws
        .map(
          (r) =>
            `${(storm.throughput / r.perSecond).toFixed(3)} (${r.checkFirst ? 'SELECT-then-INSERT' : 'INSERT'})`,
        )
        .join(', ')}.`,
  );
  return parts.join(' ');
}

function summarizeSql(statements) {
  const counts = new Map();
  for (const s of statements) {
    const verb = s.replace(/\s+/g, ' ').trim().split(' ')[0].toUpperCase();
    counts.set(verb, (counts.get(verb) ?? 0) + 1);
  }
  return [...counts].map(([verb, n]) => `${n} ${verb}`).join(', ');
}

/** "SELECT … booking_settings" — first keyword and the tables read or written. */
function describeSql(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  const verb = flat.split(' ')[0].toUpperCase();
  const tables = [
    ...new Set([...flat.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_]\w*)"?/gi)].map((m) => m[1])),
  ];
  return tables.length === 0 ? flat.slice(0, 70) : `${verb} … ${tables.join(', ')}`;
}

/** A Markdown table; `left` = how many leading columns are text; `textColumns` = other text columns. */
function table(header, rows, left = 1, textColumns = []) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const isText = (i) => i < left || textColumns.includes(i);
  const line = (cells) =>
    `| ${cells.map((c, i) => (isText(i) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

/**
 * Busy CPU in % of one core since `since`: the machine, this process (all threads), PostgreSQL's and Redis's
 * processes, and the rest ("others").
 */
function cpuSnapshot(since) {
  const sample = {
    at: performance.now(),
    machine: machineTicks(),
    node: process.cpuUsage(),
    main: mainThreadTicks(),
    postgres: ticksOf('postgres'),
    redis: ticksOf('redis-server'),
  };
  if (since === undefined) return sample;
  const seconds = (sample.at - since.at) / 1000;
  const cores = os.cpus().length;
  const machineTotal = sample.machine.total - since.machine.total;
  const machine =
    machineTotal > 0 ? (1 - (sample.machine.idle - since.machine.idle) / machineTotal) * cores * 100 : NaN;
  const node = (sample.node.user + sample.node.system - since.node.user - since.node.system) / 1e4 / seconds;
  const postgres = (ticksBetween(since.postgres, sample.postgres) / CLOCK_TICKS / seconds) * 100;
  const redis = (ticksBetween(since.redis, sample.redis) / CLOCK_TICKS / seconds) * 100;
  const main = ((sample.main - since.main) / CLOCK_TICKS / seconds) * 100;
  return { machine, node, main, postgres, redis, others: Math.max(0, machine - node - postgres - redis) };
}

/** Waits until the machine, apart from this process, is below 25 % of a core over a 1 s sample. */
async function waitForQuiet(maxSeconds) {
  const deadline = Date.now() + maxSeconds * 1000;
  let announced = false;
  for (;;) {
    const start = cpuSnapshot();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { others, postgres, redis } = cpuSnapshot(start);
    const busy = others + postgres + redis;
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

/** utime + stime (clock ticks) of this process's main thread: the app's JavaScript (Linux /proc; NaN elsewhere). */
function mainThreadTicks() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
}

function stats(samples) {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
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

function hhmm(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function ms(value) {
  if (!Number.isFinite(value)) return '–';
  return value.toFixed(value < 10 ? 2 : 1);
}

function share(n, total) {
  return total > 0 ? `${((n / total) * 100).toFixed(1)} %` : '–';
}
