// Till journal: verifyJournal over 1,000,000 chained records (time, RSS) and a daily closure over 10,000 tickets.
//
// Usage: node bench/run.mjs pos [--records=1000000] [--perDay=1000] [--dayTickets=10000] [--seed=7]
// Needs the compiled server (`npm run build -w server`) and PostgreSQL (BENCH_PG_URL). Creates its own
// database (dropped at the end) and migrates it. Generates, with the server's own canonical form and hash
// function, a chain of `records` records on one till — 3-line, 2-tender tickets, a credit note now and
// then, a daily closure after every `perDay` sales with the right totals — inserted in batches (triggers
// allow INSERT). Then times `walkJournal` (the verification the GraphQL `verifyJournal` and the CLI run:
// keyset batches of 5,000, every hash, every canonical text, numbering and closure totals recomputed) and
// samples this process's RSS every 50 ms. Second part: `dayTickets` tickets on one day of another till,
// then `ClosureService.close` (SQL aggregation over the jsonb payloads) timed in its transaction, 5 runs
// rolled back, median printed. The sales part's `paySale` bench comes with it (not here).
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  benchDatabase,
  cleanup,
  cleanups,
  fmt,
  mulberry32,
  parseArgs,
  postgresVersion,
  requireServerBuild,
  serverModule,
  ticksBetween,
  ticksOf,
} from '../support.mjs';

const options = parseArgs(process.argv.slice(2), {
  records: 1_000_000,
  perDay: 1000,
  dayTickets: 10_000,
  seed: 7,
  keep: 0,
});

requireServerBuild('pos/index.js');
const [
  { DataSource },
  { dataSourceOptions },
  { canonicalRecord, chainHash, GENESIS_HASH },
  { addSale, emptyTotals },
  { walkJournal },
  { JournalRepository },
  { ClosureRepository },
  { TillRepository },
  { JournalWriter },
  { ClosureService },
] = await Promise.all([
  import('typeorm'),
  serverModule('database/data-source.js'),
  serverModule('pos/journal/canonical.js'),
  serverModule('pos/journal/closure-totals.js'),
  serverModule('pos/journal/verify-journal.service.js'),
  serverModule('pos/journal/journal.repository.js'),
  serverModule('pos/journal/closure.repository.js'),
  serverModule('pos/till/till.repository.js'),
  serverModule('pos/journal/journal-writer.service.js'),
  serverModule('pos/journal/closure.service.js'),
]);

const random = mulberry32(options.seed);
const LABELS = [
  'Soin visage éclat',
  'Modelage dos 30 min',
  'Crème hydratante 50 ml',
  'Huile sèche',
  'Manucure',
];
const RATES = [2000, 2000, 2000, 550, 1000];

function salePayload(sign) {
  const lines = [0, 1, 2].map(() => {
    const k = Math.floor(random() * LABELS.length);
    const quantity = sign * (1 + Math.floor(random() * 2));
    const unitPriceCents = 500 + Math.floor(random() * 8000);
    const totalInclCents = quantity * unitPriceCents;
    const totalExclCents = Math.round((totalInclCents * 10000) / (10000 + RATES[k]));
    return {
      label: LABELS[k],
      quantity,
      unitPriceCents,
      totalExclCents,
      vatRateBp: RATES[k],
      totalInclCents,
    };
  });
  const byRate = new Map();
  for (const l of lines) {
    const v = byRate.get(l.vatRateBp) ?? { rateBp: l.vatRateBp, baseCents: 0, vatCents: 0 };
    v.baseCents += l.totalExclCents;
    v.vatCents += l.totalInclCents - l.totalExclCents;
    byRate.set(l.vatRateBp, v);
  }
  const totalInclCents = lines.reduce((s, l) => s + l.totalInclCents, 0);
  const cash = Math.trunc(totalInclCents / 3);
  return {
    lines,
    vatTotals: [...byRate.values()].sort((a, b) => a.rateBp - b.rateBp),
    totalInclCents,
    tenders: [
      { kind: 'CASH', amountCents: cash },
      { kind: 'CARD_SUMUP', amountCents: totalInclCents - cash },
    ],
  };
}

const NUMBERED = new Set(['TICKET', 'CREDIT_NOTE', 'CLOSURE_DAY']);
const BATCH_ROWS = 5000;

/**
 * Writes `count` records on `tillId`, as the writer would (the server's canonical form and hash, one chain),
 * and returns the head. Node builds and hashes batch n + 1 while PostgreSQL inserts batch n over another
 * connection (at most two inserts in flight): generation costs max(Node, PostgreSQL), not their sum.
 */
async function generate(pool, tillId, count, perDay, startDay, closeAtEnd = true) {
  const numbers = new Map();
  let prev = GENESIS_HASH;
  let seq = 0;
  let day = Date.parse(`${startDay}T08:00:00Z`);
  let inDay = 0;
  let dayTotals = emptyTotals();
  let perpetual = 0;
  let perpetualAbs = 0;
  let rows = [];
  const inFlight = new Set();
  const flush = async () => {
    if (rows.length === 0) return;
    const c = rows;
    rows = [];
    while (inFlight.size >= 2) await Promise.race(inFlight);
    // One json parameter (json_to_recordset): far cheaper for PostgreSQL to read than nine array literals.
    const insert = pool
      .query(
        `INSERT INTO pos_journal (till_id, seq, kind, number, occurred_at, actor_user_id, payload, canonical, prev_hash, hash)
         SELECT $1, s, k, n, o, NULL, (c::jsonb) -> 'payload', c, ph, h
           FROM json_to_recordset($2::json) AS t(s int, k text, n int, o timestamptz, c text, ph text, h text)`,
        [tillId, `[${c.join(',')}]`],
      )
      .finally(() => inFlight.delete(insert));
    inFlight.add(insert);
  };
  const push = async (kind, instant, payload) => {
    const at = new Date(Math.floor(instant.getTime() / 1000) * 1000); // to the second, as the writer does
    seq += 1;
    const number = NUMBERED.has(kind) ? (numbers.get(kind) ?? 0) + 1 : null;
    if (number !== null) numbers.set(kind, number);
    const canonical = canonicalRecord({
      tillId,
      seq,
      kind,
      number,
      occurredAt: at,
      actorUserId: null,
      payload,
    });
    const hash = chainHash(prev, canonical);
    rows.push(
      JSON.stringify({ s: seq, k: kind, n: number, o: at.toISOString(), c: canonical, ph: prev, h: hash }),
    );
    prev = hash;
    if (rows.length >= BATCH_ROWS) await flush();
  };
  while (seq < count) {
    if (inDay === perDay || (closeAtEnd && seq === count - 1)) {
      const date = new Date(day).toISOString().slice(0, 10);
      perpetual += dayTotals.totalInclCents;
      perpetualAbs += dayTotals.absoluteTotalCents;
      await push('CLOSURE_DAY', new Date(day + 12 * 3600_000), {
        period: 'DAY',
        firstDate: date,
        lastDate: date,
        ...dayTotals,
        perpetualTotalCents: perpetual,
        perpetualAbsoluteCents: perpetualAbs,
        automatic: false,
      });
      day += 86_400_000;
      inDay = 0;
      dayTotals = emptyTotals();
      continue;
    }
    const kind = random() < 0.02 ? 'CREDIT_NOTE' : 'TICKET';
    const payload = salePayload(kind === 'CREDIT_NOTE' ? -1 : 1);
    dayTotals = addSale(dayTotals, kind, payload);
    await push(kind, new Date(day + Math.floor((inDay / perDay) * 10 * 3600_000)), payload);
    inDay += 1;
  }
  await flush();
  await Promise.all(inFlight);
  await pool.query(`UPDATE pos_chain_head SET seq = $2, hash = $3 WHERE till_id = $1`, [tillId, seq, prev]);
  return { seq, hash: prev };
}

const mb = (bytes) => `${Math.round(bytes / 1048576)} MB`;
const TICK_S = 0.01; // Linux clock ticks (USER_HZ 100)

/** Wall time, this process's CPU and PostgreSQL's CPU (all its processes) around `work`. */
async function measured(work) {
  const cpu0 = process.cpuUsage();
  const pg0 = ticksOf('postgres');
  const t0 = performance.now();
  const result = await work();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const pgSeconds = ticksBetween(pg0, ticksOf('postgres')) * TICK_S;
  return { result, wall, node: (cpu.user + cpu.system) / 1e6, pg: pgSeconds };
}
const cpuText = (m) => `Node CPU ${m.node.toFixed(1)} s, PostgreSQL CPU ${m.pg.toFixed(1)} s`;
const loadText = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

try {
  const db = await benchDatabase('pos', { keep: options.keep === 1 });
  const ds = new DataSource(dataSourceOptions(db.url));
  await ds.initialize();
  cleanups.push(() => ds.destroy());
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  cleanups.push(() => pool.end());
  const journal = new JournalRepository(ds);
  const tills = new TillRepository(ds);
  const newTill = (name) => ds.transaction((m) => tills.createTill(m, name, GENESIS_HASH));
  console.log(`${await postgresVersion()}, Node ${process.version}`);

  // 1. verifyJournal over `records` records.
  const big = await newTill('Bench vérification');
  console.log(loadText());
  // The journal's secondary indexes are dropped while it is filled and built again after (from their own
  // definitions, read back from the catalogue): one sorted build instead of a million random insertions.
  const gen = await measured(async () => {
    const indexes = await ds.query(
      `SELECT indexname, indexdef FROM pg_indexes i WHERE tablename = 'pos_journal'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    );
    for (const { indexname } of indexes) await ds.query(`DROP INDEX "${indexname}"`);
    await generate(pool, big.id, options.records, options.perDay, '2024-01-01');
    await Promise.all(indexes.map(({ indexdef }) => pool.query(indexdef)));
    await ds.query(`ANALYZE pos_journal`);
  });
  const [{ size }] = await ds.query(`SELECT pg_size_pretty(pg_total_relation_size('pos_journal')) AS size`);
  console.log(
    `generated ${fmt(options.records)} records in ${gen.wall.toFixed(1)} s (${cpuText(gen)}; pos_journal: ${size})`,
  );
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 50);
  console.log(loadText());
  const walk = await measured(() => walkJournal(journal, big.id, null, null));
  const report = walk.result;
  const verifySeconds = walk.wall;
  clearInterval(sampler);
  console.log(
    `verifyJournal: ${fmt(report.recordsChecked)} records, ${fmt(report.closuresChecked)} closures re-added, ok=${report.ok} ` +
      `in ${verifySeconds.toFixed(1)} s (${fmt(Math.round(report.recordsChecked / verifySeconds))} records/s); ` +
      `RSS before ${mb(rssBefore)}, peak ${mb(rssPeak)}, after ${mb(process.memoryUsage().rss)}`,
  );
  console.log(`  ${cpuText(walk)}; ${loadText()}`);
  if (!report.ok) console.log('  broken:', report.broken);

  // 2. A daily closure over `dayTickets` tickets.
  const other = await newTill('Bench clôture');
  await generate(pool, other.id, options.dayTickets, Infinity, '2026-11-02', false);
  const closures = new ClosureService(
    tills,
    journal,
    new ClosureRepository(ds),
    new JournalWriter(journal),
    undefined,
  );
  const runs = [];
  for (let i = 0; i < 5; i += 1) {
    const qr = ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    const t0 = performance.now();
    await closures.close(qr.manager, {
      tillId: other.id,
      period: 'DAY',
      date: '2026-11-02',
      now: new Date('2026-11-03T07:00:00Z'),
      actorUserId: null,
    });
    runs.push(performance.now() - t0);
    await qr.rollbackTransaction();
    await qr.release();
  }
  runs.sort((a, b) => a - b);
  const [{ n }] = await ds.query(
    `SELECT count(*)::int AS n FROM pos_journal WHERE till_id = $1 AND kind IN ('TICKET', 'CREDIT_NOTE')`,
    [other.id],
  );
  console.log(
    `daily closure over ${fmt(n)} tickets and credit notes: median ${runs[2].toFixed(0)} ms (min ${runs[0].toFixed(0)}, max ${runs[4].toFixed(0)}) over 5 runs`,
  );
} finally {
  await cleanup();
}
