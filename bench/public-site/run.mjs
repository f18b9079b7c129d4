// Lighthouse (mobile) on the production build: home, a service deep link into /reserver, the manage page; medians of 3 runs, JS/CSS bytes.
//
// Usage: node bench/run.mjs public-site [--runs=3] [--skip-build=1] [--desktop-crm=1]
// BENCH_REPO=/path/to/another/checkout measures that checkout instead (its build, its server): how the
// "before" figures of the README were taken from main. Needs PostgreSQL (BENCH_PG_URL), Redis
// (REDIS_URL), Chromium (CHROME_PATH, default /usr/bin/chromium) and lighthouse 12.2.3 (a root
// devDependency; 13.x needs Node 22).
//
// Steps: `npm run build` (server and both SPAs, compressed twins included) unless --skip-build=1;
// a fresh database `serenaia_bench_public_<random>` (dropped at the end); `node server/dist/main.js`
// in production mode with the demo data (SEED_DEMO=1) on a free port; one online booking made over
// GraphQL for its manage link; then for each page `--runs` Lighthouse runs, interleaved (home,
// reserver, manage, home, …), each in a new headless Chromium with Lighthouse's default mobile
// settings (Moto G Power screen, simulated slow 4G, 4× CPU slowdown). Printed: the median of each
// metric over the runs (the run with the median performance score for the byte counts and the
// audits Lighthouse flags), the machine's load average, and the compressed size of each SPA's
// entry (the module script and the chunks index.html preloads, as brotli files on disk).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REDIS_URL, cleanup, cleanups, createDatabase, dropRedisKeys, parseArgs } from '../support.mjs';
import { largestPaintElements, measureAgenda } from './agenda.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ownRepo = path.resolve(here, '../..');
const repo = path.resolve(process.env.BENCH_REPO ?? ownRepo);
const options = parseArgs(process.argv.slice(2), { runs: 3, 'skip-build': 0, 'desktop-crm': 1 });
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const lighthouseCli = path.join(ownRepo, 'node_modules/lighthouse/cli/index.js');

if (!existsSync(lighthouseCli)) {
  console.error('lighthouse is not installed: npm ci (it is a root devDependency, pinned to 12.2.3).');
  process.exit(1);
}
if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath} (set CHROME_PATH).`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function loadText() {
  const [one, five, fifteen] = os.loadavg().map((n) => n.toFixed(2));
  return `load average ${one}, ${five}, ${fifteen} (${os.cpus().length} cores)`;
}

async function graphql(url, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

// ---------------------------------------------------------------------------------------------
// Build and server
// ---------------------------------------------------------------------------------------------
if (options['skip-build'] !== 1) {
  console.log(`Building ${repo} (npm run build)…`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
for (const file of ['server/dist/main.js', 'web-public/dist/index.html', 'web-crm/dist/index.html']) {
  if (!existsSync(path.join(repo, file))) {
    console.error(`${file} is missing in ${repo}: build first.`);
    process.exit(1);
  }
}

const suffix = randomBytes(5).toString('hex');
const database = await createDatabase(`serenaia_bench_public_${suffix}`);
cleanups.push(database.drop);
const redisPrefix = `bench-public-${suffix}`;
cleanups.push(() => dropRedisKeys(redisPrefix));

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
let serverLog = '';
const server = spawn(process.execPath, ['server/dist/main.js'], {
  cwd: repo,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATABASE_URL: database.url,
    REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO: '1',
    LOG_LEVEL: 'warn',
    // Lighthouse's runs all come from 127.0.0.1.
    RATE_LIMIT_PER_MINUTE: '100000',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.on('data', (chunk) => (serverLog = (serverLog + chunk).slice(-20_000)));
server.stderr.on('data', (chunk) => (serverLog = (serverLog + chunk).slice(-20_000)));
cleanups.push(
  () =>
    new Promise((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once('exit', resolve);
      server.kill('SIGTERM');
    }),
);

const readyBy = Date.now() + 90_000;
for (;;) {
  if (server.exitCode !== null) {
    console.error(`The server exited (${server.exitCode}):\n${serverLog}`);
    await cleanup();
    process.exit(1);
  }
  const ok = await fetch(`${url}/health/ready`).then(
    (r) => r.status === 200,
    () => false,
  );
  if (ok) break;
  if (Date.now() > readyBy) {
    console.error(`The server was not ready within 90 s:\n${serverLog}`);
    await cleanup();
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}

// ---------------------------------------------------------------------------------------------
// Pages: a service deep link and a manage link from one online booking
// ---------------------------------------------------------------------------------------------
const { services } = await graphql(url, '{ services { id name } }');
const service = services[0];
const from = new Date(Date.now() + 24 * 3600_000);
const to = new Date(from.getTime() + 30 * 24 * 3600_000);
const { availableSlots } = await graphql(
  url,
  'query ($input: AvailableSlotsInput!) { availableSlots(input: $input) { start practitionerId } }',
  {
    input: { serviceIds: [service.id], practitionerId: null, from: from.toISOString(), to: to.toISOString() },
  },
);
if (availableSlots.length === 0) throw new Error(`No free slot for ${service.name} in 30 days`);
const { createBooking } = await graphql(
  url,
  'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { manageToken } }',
  {
    input: {
      serviceIds: [service.id],
      practitionerId: availableSlots[0].practitionerId,
      start: availableSlots[0].start,
      client: {
        firstName: 'Claire',
        lastName: 'Martin',
        email: 'claire.bench@example.com',
        phone: '+33 6 98 76 54 32',
      },
    },
  },
);

const pages = [
  { name: 'home', path: '/' },
  { name: 'reserver', path: `/reserver?prestations=${encodeURIComponent(service.id)}` },
  { name: 'manage', path: `/rendez-vous/${encodeURIComponent(createBooking.manageToken)}` },
];
if (options['desktop-crm'] === 1) pages.push({ name: 'crm (desktop)', path: '/crm/', desktop: true });
// BENCH_PAGES=home,reserver: only those (a quick look at one step; the README's figures use all).
if (process.env.BENCH_PAGES) {
  const only = process.env.BENCH_PAGES.split(',');
  pages.splice(0, pages.length, ...pages.filter((p) => only.some((name) => p.name.startsWith(name))));
}

// ---------------------------------------------------------------------------------------------
// Lighthouse
// ---------------------------------------------------------------------------------------------
const workDir = await mkdtemp(path.join(os.tmpdir(), 'bench-public-site-'));
cleanups.push(() => rm(workDir, { recursive: true, force: true }));

/** The LCP element as Lighthouse saw it (an HTML snippet) and its phases, for the waterfall. */
function lcpElement(report) {
  const items = report.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items[0]?.items?.[0]?.node;
  const phases = (items[1]?.items ?? []).map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(', ');
  return node ? `${node.snippet.slice(0, 100)}${phases ? ` (${phases})` : ''}` : 'none';
}

async function lighthouse(page, run) {
  const output = path.join(workDir, `${page.name.replace(/\W+/g, '-')}-${run}.json`);
  const args = [
    lighthouseCli,
    `${url}${page.path}`,
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--quiet',
  ];
  if (page.desktop) args.push('--preset=desktop');
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: chromePath },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`lighthouse failed on ${page.path}:\n${result.stderr}`);
  const report = JSON.parse(await readFile(output, 'utf8'));
  if (process.env.BENCH_KEEP_REPORT)
    await writeFile(process.env.BENCH_KEEP_REPORT + path.basename(output), JSON.stringify(report));
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
  const requests = report.audits['network-requests']?.details?.items ?? [];
  const bytes = (type) =>
    requests.filter((r) => r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const flagged = Object.values(report.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 0.9 &&
        ['metricSavings', 'numericValue'].some((k) => k in a) &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable' &&
        ![
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
          'interactive',
          'max-potential-fid',
        ].includes(a.id),
    )
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  return {
    performance: score('performance'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    tti: audit('interactive'),
    a11y: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    js: bytes('Script'),
    scripts: requests
      .filter((r) => r.resourceType === 'Script')
      .map((r) => `${r.url.replace(/^.*\//, '')} ${((r.transferSize ?? 0) / 1000).toFixed(1)} kB`),
    css: bytes('Stylesheet'),
    document: bytes('Document'),
    requests: requests.length,
    lcpElement: lcpElement(report),
    flagged,
  };
}

console.log(`\npublic-site — Lighthouse 12.2.3 on ${url} (${repo === ownRepo ? 'this checkout' : repo})`);
console.log(`Chromium: ${chromePath}; ${options.runs} runs per page; before: ${loadText()}`);
const results = new Map(pages.map((p) => [p.name, []]));
for (let run = 1; run <= options.runs; run++) {
  for (const page of pages) {
    // Lighthouse now and then fails to record a trace on a busy machine (NO_NAVSTART): one retry.
    const result = await lighthouse(page, run).catch((error) => {
      console.log(`  run ${run} ${page.name}: ${error.message.split('\n')[0]}; again`);
      return lighthouse(page, run);
    });
    results.get(page.name).push(result);
    console.log(
      `  run ${run} ${page.name.padEnd(14)} perf ${String(result.performance).padStart(3)}  LCP ${(result.lcp / 1000).toFixed(2)} s  TBT ${Math.round(result.tbt)} ms  CLS ${result.cls.toFixed(3)}  JS ${(result.js / 1000).toFixed(1)} kB`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`\nMedians over ${options.runs} runs (mobile preset unless said; after: ${loadText()})\n`);
console.log('| page | perf | FCP | LCP | TBT | CLS | TTI | a11y | best pr. | SEO | JS | CSS | HTML |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const page of pages) {
  const runs = results.get(page.name);
  const m = (key) => median(runs.map((r) => r[key]));
  console.log(
    `| ${page.name} | ${m('performance')} | ${(m('fcp') / 1000).toFixed(2)} s | ${(m('lcp') / 1000).toFixed(2)} s | ${Math.round(m('tbt'))} ms | ${m('cls').toFixed(3)} | ${(m('tti') / 1000).toFixed(2)} s | ${m('a11y')} | ${m('bestPractices')} | ${m('seo')} | ${kb(m('js'))} | ${kb(m('css'))} | ${kb(m('document'))} |`,
  );
}
const mobilePages = pages.filter((p) => !p.desktop);
const lcpElements = await largestPaintElements({ url, chromePath, paths: mobilePages.map((p) => p.path) });
console.log('\nWhat Lighthouse flags (run with the median performance score):');
for (const page of pages) {
  const runs = [...results.get(page.name)].sort((a, b) => a.performance - b.performance);
  const mid = runs[Math.floor(runs.length / 2)];
  console.log(`  ${page.name}: ${mid.flagged.length === 0 ? 'nothing' : mid.flagged.join('; ')}`);
  const index = mobilePages.indexOf(page);
  console.log(`    LCP element: ${index >= 0 ? lcpElements[index] : mid.lcpElement}`);
  console.log(`    scripts: ${mid.scripts.join(', ')}`);
}

/** The entry of a built SPA: its module script plus the chunks index.html preloads, brotli sizes. */
function entrySize(app) {
  const dist = path.join(repo, app, 'dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const base = app === 'web-crm' ? '/crm/' : '/';
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].slice(base.length));
  let raw = 0;
  let br = 0;
  let missing = 0;
  for (const file of files) {
    const full = path.join(dist, file);
    raw += statSync(full).size;
    if (existsSync(`${full}.br`)) br += statSync(`${full}.br`).size;
    else missing += 1;
  }
  return `${app}: ${files.length} files, ${kb(raw)} raw, ${missing === files.length ? 'no .br files (not precompressed)' : `${kb(br)} brotli`}`;
}
if (options['desktop-crm'] === 1) {
  // A signed-in user's agenda (Lighthouse's CLI cannot sign in): see agenda.mjs for the method.
  const agenda = await measureAgenda({
    url,
    chromePath,
    runs: options.runs,
    email: 'admin@serenaia.test',
    password: 'serenaia-admin',
  });
  console.log(
    '\nCRM agenda, signed in (desktop conditions: 10 Mbit/s, 40 ms RTT, no CPU slowdown; cold cache):',
  );
  for (const [i, r] of agenda.entries()) {
    console.log(
      `  run ${i + 1}: grid with the day's bookings (${r.bookings}) at ${Math.round(r.gridMs)} ms; ${r.scripts} scripts, ${kb(r.scriptBytes)} before it; long tasks ${Math.round(r.longTaskMs)} ms`,
    );
  }
  console.log(
    `  median: ${Math.round(median(agenda.map((r) => r.gridMs)))} ms (target 2500 ms); after: ${loadText()}`,
  );
}

console.log('\nEntry chunks as built (what index.html loads before anything else):');
console.log(`  ${entrySize('web-public')}`);
console.log(`  ${entrySize('web-crm')}`);

await cleanup();
