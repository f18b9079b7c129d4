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
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  cleanup,
  cleanups,
  createDatabase,
  fmt,
  mulberry32,
  parseArgs,
  postgresVersion,
} from '../support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.resolve(here, '../../server/dist');
const options = parseArgs(process.argv.slice(2), {
  records: 1_000_000,
  perDay: 1000,
  dayTickets: 10_000,
  seed: 7,
});

if (!existsSync(path.join(distDir, 'pos/index.js'))) {
  console.error('server/dist/pos/index.js is missing: run `npm run build -w server` first.');
  process.exit(1);
}
const dist = (file) => import(pathToFileURL(path.join(distDir, file)).href);
const [
  { DataSource },
  { dataSourceOptions },
  { prepareDatabase },
  { canonicalize, canonicalRecord, chainHash, GENESIS_HASH },
  { addSale, emptyTotals },
  { walkJournal },
  { PosRepository },
  { JournalWriter },
  { ClosureService },
] = await Promise.all([
  import('typeorm'),
  dist('database/data-source.js'),
  dist('database/migrate.js'),
  dist('pos/journal/canonical.js'),
  dist('pos/journal/closure-totals.js'),
  dist('pos/journal/verify-journal.service.js'),
  dist('pos/pos.repository.js'),
  dist('pos/journal/journal-writer.service.js'),
  dist('pos/journal/closure.service.js'),
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

/** Writes `count` records on `tillId` in batches, as the writer would; returns the head. */
async function generate(ds, tillId, count, perDay, startDay, closeAtEnd = true) {
  const numbers = new Map();
  let prev = GENESIS_HASH;
  let seq = 0;
  let day = Date.parse(`${startDay}T08:00:00Z`);
  let inDay = 0;
  let dayTotals = emptyTotals();
  let perpetual = 0;
  let perpetualAbs = 0;
  let rows = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const cols = (i) => rows.map((r) => r[i]);
    await ds.query(
      `INSERT INTO pos_journal (till_id, seq, kind, number, occurred_at, actor_user_id, payload, canonical, prev_hash, hash)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::timestamptz[], $6::uuid[], $7::jsonb[], $8::text[], $9::text[], $10::text[])`,
      [tillId, cols(0), cols(1), cols(2), cols(3), cols(4), cols(5), cols(6), cols(7), cols(8)],
    );
    rows = [];
  };
  const push = async (kind, instant, payload) => {
    const at = new Date(Math.floor(instant.getTime() / 1000) * 1000); // to the second, as the writer does
    seq += 1;
    const number = NUMBERED.has(kind) ? (numbers.get(kind) ?? 0) + 1 : null;
    if (number !== null) numbers.set(kind, number);
    const clean = JSON.parse(canonicalize(payload));
    const canonical = canonicalRecord({
      tillId,
      seq,
      kind,
      number,
      occurredAt: at,
      actorUserId: null,
      payload: clean,
    });
    const hash = chainHash(prev, canonical);
    rows.push([seq, kind, number, at, null, JSON.stringify(clean), canonical, prev, hash]);
    prev = hash;
    if (rows.length >= 2000) await flush();
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
  await ds.query(`UPDATE pos_chain_head SET seq = $2, hash = $3 WHERE till_id = $1`, [tillId, seq, prev]);
  return { seq, hash: prev };
}

const mb = (bytes) => `${Math.round(bytes / 1048576)} MB`;

try {
  const hex = randomBytes(4).toString('hex');
  const db = await createDatabase(`serenaia_bench_pos_${hex}`);
  cleanups.push(() => db.drop());
  await prepareDatabase(db.url, { seed: false, log: () => undefined });
  const ds = new DataSource(dataSourceOptions(db.url));
  await ds.initialize();
  cleanups.push(() => ds.destroy());
  const repo = new PosRepository(ds);
  const newTill = (name) => ds.transaction((m) => repo.createTill(m, name, GENESIS_HASH));
  console.log(`${await postgresVersion()}, Node ${process.version}`);

  // 1. verifyJournal over `records` records.
  const big = await newTill('Bench vérification');
  let t0 = performance.now();
  await generate(ds, big.id, options.records, options.perDay, '2024-01-01');
  await ds.query(`ANALYZE pos_journal`);
  const genSeconds = (performance.now() - t0) / 1000;
  const [{ size }] = await ds.query(`SELECT pg_size_pretty(pg_total_relation_size('pos_journal')) AS size`);
  console.log(
    `generated ${fmt(options.records)} records in ${genSeconds.toFixed(1)} s (pos_journal: ${size})`,
  );
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 50);
  t0 = performance.now();
  const report = await walkJournal(repo, big.id, null, null);
  const verifySeconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  console.log(
    `verifyJournal: ${fmt(report.recordsChecked)} records, ${fmt(report.closuresChecked)} closures re-added, ok=${report.ok} ` +
      `in ${verifySeconds.toFixed(1)} s (${fmt(Math.round(report.recordsChecked / verifySeconds))} records/s); ` +
      `RSS before ${mb(rssBefore)}, peak ${mb(rssPeak)}, after ${mb(process.memoryUsage().rss)}`,
  );
  if (!report.ok) console.log('  broken:', report.broken);

  // 2. A daily closure over `dayTickets` tickets.
  const other = await newTill('Bench clôture');
  await generate(ds, other.id, options.dayTickets, Infinity, '2026-11-02', false);
  const closures = new ClosureService(repo, new JournalWriter(repo), undefined);
  const runs = [];
  for (let i = 0; i < 5; i += 1) {
    const qr = ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    t0 = performance.now();
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
