// A year of a busy institute (60,000 tickets → Z entries, 15,000 online payments) at 1×, 2×, 4×: fecExport time and peak RSS.
//
// Usage: node bench/run.mjs fec [--scales=124] [--tickets=60000] [--payments=15000] [--seed=16] [--keep=0] [--heap-cap=0]
// (--keep=1 keeps the databases; --heap-cap=MB caps the children's V8 old space).
// Needs the compiled server (`npm run build -w server`), PostgreSQL (BENCH_PG_URL) and Redis (REDIS_URL).
// Each scale runs in its own child process (so that its peak RSS is its own) on its own database:
//  1. entries for the fiscal year 2025 are generated and inserted with SQL bulk inserts (unnest), see below;
//  2. they are validated by the real ValidationService (EcritureNum per journal, ValidDate);
//  3. `FecExportService.export` runs (the validator over the whole file, streamed from the cursor) and the
//     signed link it returns is downloaded over HTTP from the real app (GET /accounting/fec) into a file.
// Times are wall clock. Memory: the heap in use (V8 heap + buffers) sampled every 5 ms, peak minus the value
// after a full GC just before each step, and the child's maxRSS; the download is made by curl in its own
// process, so the figures are the server's. The bench stops if the validator finds anything or the file's
// line count is not the number of entry lines + 1.
//
// Data: the sales entries are what the Z closures would post: `tickets × scale` tickets over the 307
// opening days of 2025 (Monday–Saturday, no public holidays), on `2 × scale` tills (a ticket averages
// 1.6 lines: services at 20 %, retail products at 20 %, a few food supplements at 5.5 %; tenders card
// 62 %, cash 24 %, cheque 3 %, deposit 8 %, gift card 3 %); each till-day's totals go through the real
// `dayClosureEntry` (domain of the accounting module) → one VE entry per till per day. The online
// payments have no entries in Sérénaia yet: the bench posts `payments × scale` deposit entries of
// ACCOUNTING.md case 5a (467STR / 4191 / 445711, journal ST) so that the file has the volume they will
// add. Going through the till's services for 240,000 tickets would take hours here; the entries are what
// matters to the FEC.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  benchDatabase,
  cleanup,
  fmt,
  mulberry32,
  parseArgs,
  requireServerBuild,
  serverModule,
  startBenchApp,
  withDatabase,
} from '../support.mjs';

const argv = process.argv.slice(2);
const child = argv.includes('--child');
const options = parseArgs(
  argv.filter((a) => a !== '--child'),
  { scales: 124, scale: 1, tickets: 60000, payments: 15000, seed: 16, keep: 0, 'heap-cap': 0 },
);
const YEAR = 2025;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

if (!child) {
  requireServerBuild();
  const scales = String(options.scales)
    .split('')
    .map(Number)
    .filter((n) => n > 0);
  const results = [];
  for (const scale of scales) {
    const out = await new Promise((resolve, reject) => {
      let text = '';
      const p = spawn(
        process.execPath,
        [
          '--expose-gc',
          // A capped old space shows whether the export needs the memory or the collector merely has room.
          ...(options['heap-cap'] > 0 ? [`--max-old-space-size=${options['heap-cap']}`] : []),
          fileURLToPath(import.meta.url),
          '--child',
          `--scale=${scale}`,
          `--tickets=${options.tickets}`,
          `--payments=${options.payments}`,
          `--seed=${options.seed}`,
          `--keep=${options.keep}`,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      p.stdout.on('data', (d) => {
        text += d;
        process.stdout.write(d);
      });
      p.on('exit', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`scale ${scale}: exit ${code}`)),
      );
    });
    results.push(JSON.parse(out.trim().split('\n').at(-1)));
  }
  console.log(
    '\nscale  tickets   payments  entries  lines     export+validator (heap Δ)  download (heap Δ)  retained  file   maxRSS  load',
  );
  for (const r of results) {
    console.log(
      `${String(r.scale).padEnd(6)} ${fmt(r.tickets).padEnd(9)} ${fmt(r.payments).padEnd(9)} ${fmt(r.entries).padEnd(8)} ${fmt(r.lines).padEnd(9)} ${`${r.exportS.toFixed(2)} s (+${mb(r.exportPeak)})`.padEnd(25)} ${`${r.downloadS.toFixed(2)} s (+${mb(r.downloadPeak)})`.padEnd(18)} ${mb(r.retained).padEnd(9)} ${mb(r.fileBytes).padEnd(6)} ${mb(r.maxRss).padEnd(7)} ${r.load.toFixed(1)}`,
    );
  }
  process.exit(0);
}

// ---- child: one scale ----
const [
  { dayClosureEntry },
  { DEFAULT_ACCOUNTS, DEFAULT_JOURNALS },
  { splitVat },
  { ValidationService },
  { FecExportService },
] = await Promise.all([
  serverModule('accounting/domain/z-entry.js'),
  serverModule('accounting/domain/chart.js'),
  serverModule('accounting/domain/money.js'),
  serverModule('accounting/validation.service.js'),
  serverModule('accounting/fec-export.service.js'),
]);
const settings = {
  accounts: { ...DEFAULT_ACCOUNTS },
  journals: { ...DEFAULT_JOURNALS },
  fiscalYearStartMonth: 1,
  fecEncoding: 'UTF-8',
  depositTreatment: 'ACOMPTE',
  depositVatRateBp: 2000,
};
const random = mulberry32(options.seed * 100 + options.scale);
const scale = options.scale;
const HOLIDAYS = new Set([
  '01-01',
  '04-21',
  '05-01',
  '05-08',
  '05-29',
  '06-09',
  '07-14',
  '08-15',
  '11-01',
  '11-11',
  '12-25',
]);
const days = [];
for (let t = Date.UTC(YEAR, 0, 1); t < Date.UTC(YEAR + 1, 0, 1); t += 86_400_000) {
  const d = new Date(t);
  const iso = d.toISOString().slice(0, 10);
  if (d.getUTCDay() !== 0 && !HOLIDAYS.has(iso.slice(5))) days.push(iso);
}
const tills = 2 * scale;
const ticketCount = options.tickets * scale;
const paymentCount = options.payments * scale;

/** The Z facts of one till-day with `n` tickets (totals as the till adds them: per rate, per kind). */
function dayFacts(date, till, n, z) {
  const revenue = new Map();
  const vat = new Map();
  const tenders = new Map();
  for (let i = 0; i < n; i += 1) {
    const lines = random() < 0.6 ? 1 : 2 + Math.floor(random() * 2) - (random() < 0.5 ? 1 : 0);
    const items = [];
    for (let l = 0; l < lines; l += 1) {
      const r = random();
      if (r < 0.7) items.push({ kind: 'SERVICE', rate: 2000, cents: 3500 + 500 * Math.floor(random() * 14) });
      else if (r < 0.95)
        items.push({ kind: 'PRODUCT', rate: 2000, cents: 1500 + 100 * Math.floor(random() * 40) });
      else items.push({ kind: 'PRODUCT', rate: 550, cents: 990 + 100 * Math.floor(random() * 15) });
    }
    // Per ticket: VAT per rate on the rate's TTC, the base spread over the rate's lines (kinds).
    let total = 0;
    for (const rate of new Set(items.map((x) => x.rate))) {
      const of = items.filter((x) => x.rate === rate);
      const ttc = of.reduce((s, x) => s + x.cents, 0);
      const { baseCents, vatCents } = splitVat(ttc, rate);
      total += ttc;
      const v = vat.get(rate) ?? { rateBp: rate, baseCents: 0, vatCents: 0 };
      v.baseCents += baseCents;
      v.vatCents += vatCents;
      vat.set(rate, v);
      let left = baseCents;
      of.forEach((x, k) => {
        const share = k === of.length - 1 ? left : Math.round((baseCents * x.cents) / ttc);
        left -= share;
        const key = `${x.kind}:${rate}`;
        const cur = revenue.get(key) ?? { lineKind: x.kind, rateBp: rate, baseCents: 0 };
        cur.baseCents += share;
        revenue.set(key, cur);
      });
    }
    const t = random();
    const kind =
      t < 0.62 ? 'CARD_SUMUP' : t < 0.86 ? 'CASH' : t < 0.89 ? 'CHEQUE' : t < 0.97 ? 'DEPOSIT' : 'GIFT_CARD';
    if (kind === 'DEPOSIT') {
      const deposit = Math.min(total, 3000);
      tenders.set('DEPOSIT', (tenders.get('DEPOSIT') ?? 0) + deposit);
      tenders.set('CARD_SUMUP', (tenders.get('CARD_SUMUP') ?? 0) + total - deposit);
    } else tenders.set(kind, (tenders.get(kind) ?? 0) + total);
  }
  return {
    closureRecordId: randomUUID(),
    tillName: `Caisse ${till + 1}`,
    zNumber: z,
    date,
    revenue: [...revenue.values()],
    vatTotals: [...vat.values()],
    tenders: [...tenders.entries()].map(([kind, amountCents]) => ({ kind, amountCents })),
  };
}

function* generate() {
  // Opening balances first (AN).
  yield {
    journalCode: 'AN',
    journalLabel: 'À nouveaux',
    entryDate: `${YEAR}-01-01`,
    pieceRef: 'AN',
    pieceDate: `${YEAR}-01-01`,
    label: 'Soldes d’ouverture',
    sourceKey: `bench:an`,
    kind: 'OPENING',
    lines: [
      {
        accountNumber: '512',
        accountLabel: 'Banque',
        label: 'Soldes d’ouverture',
        debitCents: 1850000,
        creditCents: 0,
      },
      {
        accountNumber: '531',
        accountLabel: 'Caisse',
        label: 'Soldes d’ouverture',
        debitCents: 30000,
        creditCents: 0,
      },
      {
        accountNumber: '101',
        accountLabel: 'Capital',
        label: 'Soldes d’ouverture',
        debitCents: 0,
        creditCents: 1000000,
      },
      {
        accountNumber: '110',
        accountLabel: 'Report à nouveau',
        label: 'Soldes d’ouverture',
        debitCents: 0,
        creditCents: 880000,
      },
    ],
  };
  // Sales: each till's tickets spread over the days, one Z per till-day.
  const perTillDay = ticketCount / (tills * days.length);
  for (let till = 0; till < tills; till += 1) {
    let z = 0;
    for (const date of days) {
      const n = Math.max(1, Math.round(perTillDay * (0.6 + 0.8 * random())));
      z += 1;
      const entry = dayClosureEntry(dayFacts(date, till, n, z), settings);
      if (entry !== null) yield { ...entry, kind: 'POS_Z' };
    }
  }
  // Online deposits (case 5a): 467STR / 4191 / 445711, by payment date.
  for (let i = 0; i < paymentCount; i += 1) {
    const date = days[Math.floor(random() * days.length)];
    const amount = 1500 + 500 * Math.floor(random() * 8);
    const { baseCents, vatCents } = splitVat(amount, 2000);
    const label = `Acompte en ligne n° ${i + 1}`;
    yield {
      journalCode: 'ST',
      journalLabel: 'Stripe',
      entryDate: date,
      pieceRef: `PAY${i + 1}`,
      pieceDate: date,
      label,
      sourceKey: `bench:pay:${i}`,
      kind: 'DEPOSIT',
      lines: [
        {
          accountNumber: '467STR',
          accountLabel: 'Stripe - compte de passage',
          label,
          debitCents: amount,
          creditCents: 0,
        },
        {
          accountNumber: '4191',
          accountLabel: 'Clients - avances et acomptes reçus',
          label,
          debitCents: 0,
          creditCents: baseCents,
        },
        {
          accountNumber: '445711',
          accountLabel: 'TVA collectée 20 %',
          label,
          debitCents: 0,
          creditCents: vatCents,
        },
      ],
    };
  }
}

async function insert(c, batch) {
  const ids = batch.map(() => randomUUID());
  await c.query(
    `INSERT INTO accounting_entry (id, journal_code, journal_label, entry_date, piece_ref, piece_date, label,
                                   source_key, source_kind, source_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::text[], $6::date[], $7::text[],
                          $8::text[], $9::text[], $10::text[])`,
    [
      ids,
      batch.map((e) => e.journalCode),
      batch.map((e) => e.journalLabel),
      batch.map((e) => e.entryDate),
      batch.map((e) => e.pieceRef),
      batch.map((e) => e.pieceDate),
      batch.map((e) => e.label),
      batch.map((e) => e.sourceKey),
      batch.map((e) => e.kind),
      batch.map((e) => e.sourceKey),
    ],
  );
  const lines = batch.flatMap((e, k) => e.lines.map((l, i) => ({ ...l, entryId: ids[k], position: i + 1 })));
  await c.query(
    `INSERT INTO accounting_entry_line (entry_id, position, account_number, account_label, label, debit_cents, credit_cents)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[])`,
    [
      lines.map((l) => l.entryId),
      lines.map((l) => l.position),
      lines.map((l) => l.accountNumber),
      lines.map((l) => l.accountLabel),
      lines.map((l) => l.label),
      lines.map((l) => l.debitCents),
      lines.map((l) => l.creditCents),
    ],
  );
  return lines.length;
}

try {
  const db = await benchDatabase(`fec${scale}`, { keep: options.keep === 1 });
  const t0 = performance.now();
  const { entries, lines } = await withDatabase(db.url, async (c) => {
    await c.query(
      `INSERT INTO institute (id, name, legal_name, address_line1, postal_code, city, country, phone, email,
                              siret, vat_number, time_zone, currency, brand_color)
       VALUES (1, 'Institut Bench', 'Institut Bench SARL', '1 rue du Banc', '75009', 'Paris', 'FR',
               '01 00 00 00 00', 'bench@serenaia.test', '91234567500017', 'FR65912345675',
               'Europe/Paris', 'EUR', '#8e5b6e') ON CONFLICT (id) DO NOTHING`,
    );
    let n = 0;
    let l = 0;
    let batch = [];
    for (const e of generate()) {
      batch.push(e);
      if (batch.length === 2000) {
        l += await insert(c, batch);
        n += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) {
      l += await insert(c, batch);
      n += batch.length;
    }
    await c.query('ANALYZE accounting_entry; ANALYZE accounting_entry_line');
    return { entries: n, lines: l };
  });
  const generatedS = (performance.now() - t0) / 1000;
  const { app, url } = await startBenchApp(db, `fec${scale}`);
  const t1 = performance.now();
  const validated = await app
    .get(ValidationService, { strict: false })
    .validateEntries({ through: `${YEAR}-12-31`, now: new Date(), userId: null });
  const validateS = (performance.now() - t1) / 1000;
  if (validated !== entries) throw new Error(`validated ${validated} of ${entries} entries`);

  const fec = app.get(FecExportService, { strict: false });
  // The statistics autovacuum would have gathered after validation (the bench inserted and validated
  // faster than it wakes up).
  await withDatabase(db.url, (c) => c.query('ANALYZE accounting_entry; ANALYZE accounting_entry_line'));
  // Heap in use (JS heap + buffers) sampled every 5 ms: RSS alone hides growth inside pages V8 keeps.
  const inUse = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  let heapPeak = 0;
  const sampler = setInterval(() => {
    heapPeak = Math.max(heapPeak, inUse());
  }, 5);
  const settle = () => {
    globalThis.gc?.();
    const used = inUse();
    heapPeak = used;
    return used;
  };
  const heapBeforeExport = settle();
  const t2 = performance.now();
  const exported = await fec.export({ from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, now: new Date() });
  const exportS = (performance.now() - t2) / 1000;
  const exportPeak = Math.max(heapPeak, inUse()) - heapBeforeExport;
  if (!exported.report.ok || exported.report.findingCount > 0) {
    clearInterval(sampler);
    throw new Error(`validator findings: ${JSON.stringify(exported.report.findings.slice(0, 5))}`);
  }
  // The download as a browser would make it: curl in its own process (the RSS below is the server's).
  const dir = mkdtempSync(path.join(tmpdir(), 'serenaia-fec-'));
  const file = path.join(dir, exported.fileName);
  const heapBeforeDownload = settle();
  const t3 = performance.now();
  const status = await new Promise((resolve, reject) => {
    const link = `${url}${new URL(exported.url).pathname}${new URL(exported.url).search}`;
    const curl = spawn('curl', ['-s', '-o', file, '-w', '%{http_code}', link], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    curl.stdout.on('data', (d) => (out += d));
    curl.on('error', reject);
    curl.on('exit', () => resolve(out));
  });
  const downloadS = (performance.now() - t3) / 1000;
  clearInterval(sampler);
  const downloadPeak = Math.max(heapPeak, inUse()) - heapBeforeDownload;
  // What is still held once the garbage is collected: growth here would be a leak, not collector lag.
  const retained = settle() - heapBeforeExport;
  if (status !== '200') throw new Error(`download: HTTP ${status}`);
  const fileBytes = statSync(file).size;
  let fileLines = 0;
  for await (const chunk of createReadStream(file)) for (const byte of chunk) if (byte === 10) fileLines += 1;
  rmSync(dir, { recursive: true, force: true });
  if (fileLines !== lines + 1) throw new Error(`file has ${fileLines} lines, expected ${lines + 1}`);
  if (exported.report.lineCount !== lines + 1 && exported.report.lineCount !== lines)
    throw new Error(`validator read ${exported.report.lineCount} lines`);

  console.error(
    `scale ${scale}: ${fmt(ticketCount)} tickets on ${tills} tills, ${fmt(paymentCount)} payments → ${fmt(entries)} entries, ${fmt(lines)} lines (generated + inserted in ${generatedS.toFixed(1)} s, validated in ${validateS.toFixed(1)} s); export+validator ${exportS.toFixed(2)} s (heap ${mb(heapBeforeExport)} + ${mb(exportPeak)}), download ${downloadS.toFixed(2)} s (heap ${mb(heapBeforeDownload)} + ${mb(downloadPeak)}), ${mb(fileBytes)}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    JSON.stringify({
      scale,
      tickets: ticketCount,
      payments: paymentCount,
      entries,
      lines,
      exportS,
      downloadS,
      fileBytes,
      exportPeak,
      retained,
      downloadPeak,
      load: loadavg()[0],
      maxRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
} finally {
  await cleanup();
}
process.exit(0);
