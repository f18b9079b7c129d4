// NestJS + Apollo Server 5 over HTTP: Express adapter vs Fastify adapter (req/s, p50/p99), plus a compatibility check.
//
// Usage: node bench/run.mjs http-adapter [--runs=3] [--duration=10] [--warmup=3] [--connections=50] [--skip-build]
// Compiles bench/http-adapter (the repo's TypeScript), then for each run, adapter and scenario starts a fresh
// server process (NODE_ENV=production, no logging), warms it up and loads it with autocannon from this process.
import autocannon from 'autocannon';
import { createClient } from 'graphql-ws';
import { fork, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import WebSocket from 'ws';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const serverJs = path.join(here, 'dist/server.js');

const options = parseArgs(process.argv.slice(2), {
  runs: 3,
  duration: 10,
  warmup: 3,
  connections: 50,
  // Before each server start, wait (at most this many seconds) for the rest of the machine to go quiet.
  'quiet-wait': 120,
  'skip-build': false,
});

/** Other processes using more than this (% of one core) during a run mark it as noisy. */
const NOISY_OTHERS = 25;

const ADAPTERS = ['express', 'fastify'];
const LABEL = { express: 'Express', fastify: 'Fastify' };

const CATEGORIES = ['visage', 'corps', 'mains', 'regard', 'épilation'];
/** The same rule as ITEMS in src/bench.module.ts: the response must carry exactly this. */
const EXPECTED_ITEMS = Array.from({ length: 50 }, (_, i) => ({
  id: `item-${i + 1}`,
  name: `Soin numéro ${i + 1}`,
  priceCents: 2500 + i * 150,
  durationMinutes: 30 + (i % 4) * 15,
  active: i % 7 !== 0,
  category: CATEGORIES[i % CATEGORIES.length],
}));

const SCENARIOS = [
  { name: '{ ping }', query: '{ ping }', expected: { ping: 'pong' } },
  {
    name: '{ items } 50×6',
    query: '{ items { id name priceCents durationMinutes active category } }',
    expected: { items: EXPECTED_ITEMS },
  },
];

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

await main();

async function main() {
  if (!options['skip-build']) {
    console.log('Compiling bench/http-adapter with the repo TypeScript…');
    const tsc = spawnSync('npx', ['tsc', '-p', 'bench/http-adapter/tsconfig.json'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    if (tsc.status !== 0) {
      console.error('tsc failed');
      process.exit(1);
    }
  }

  const cpus = os.cpus();
  const started = new Date();
  console.log(
    `\nMachine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ` +
      `${os.platform()} ${os.release()}. Server and load generator share these cores.`,
  );
  console.log(
    `Plan: ${options.runs} runs × ${ADAPTERS.length} adapters × ${SCENARIOS.length} scenarios, interleaved ` +
      `(E,F,E,F…); each: fresh server, ${options.warmup} s warm-up, ${options.duration} s measured, ` +
      `${options.connections} connections, POST application/json.\n`,
  );

  /** results[adapter][scenario] = one entry per run */
  const results = Object.fromEntries(ADAPTERS.map((a) => [a, SCENARIOS.map(() => [])]));
  const sanity = {};

  for (let run = 1; run <= options.runs; run += 1) {
    for (const adapter of ADAPTERS) {
      await waitForQuiet(options['quiet-wait']);
      const server = await startServer(adapter);
      try {
        const checks = await verify(server.url);
        sanity[adapter] = checks;
        for (const [index, scenario] of SCENARIOS.entries()) {
          await load(server.url, scenario.query, options.warmup);
          const cpuBefore = await server.cpu();
          const loadgenBefore = process.cpuUsage();
          const machineBefore = machineCpu();
          const result = await load(server.url, scenario.query, options.duration);
          const machine = machineCpu(machineBefore);
          const loadgen = process.cpuUsage(loadgenBefore);
          const cpuAfter = await server.cpu();
          const entry = summarise(result, cpuBefore, cpuAfter, loadgen, machine);
          results[adapter][index].push(entry);
          console.log(
            `run ${run}/${options.runs} ${LABEL[adapter].padEnd(7)} ${scenario.name.padEnd(16)} ` +
              `${fmt(entry.rps)} req/s  p50 ${entry.p50} ms  p99 ${entry.p99} ms  ` +
              `errors ${entry.errors} non-2xx ${entry.non2xx}  server CPU ${entry.serverCpu} %  ` +
              `loadgen CPU ${entry.loadgenCpu} %  others CPU ${entry.otherCpu ?? '?'} %` +
              `${entry.otherCpu > NOISY_OTHERS ? '  (noisy)' : ''}`,
          );
        }
      } finally {
        await server.stop();
      }
    }
  }

  console.log('\nCompatibility checks (a separate server per adapter, with --compat)…');
  const compat = {};
  for (const adapter of ADAPTERS) {
    const server = await startServer(adapter, ['--compat']);
    try {
      compat[adapter] = await compatChecks(server.url);
    } finally {
      await server.stop();
    }
  }

  report({ results, sanity, compat, started, cpus: cpus.length });
}

// ---------------------------------------------------------------------------------------------------------

function parseArgs(argv, defaults) {
  const parsed = { ...defaults };
  for (const arg of argv) {
    const match = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (match === null || !(match[1] in defaults)) {
      console.error(`Unknown argument ${arg}. Known: ${Object.keys(defaults).join(', ')}`);
      process.exit(2);
    }
    const [, key, value] = match;
    parsed[key] = typeof defaults[key] === 'boolean' ? value !== 'false' : Number(value);
    if (Number.isNaN(parsed[key])) {
      console.error(`--${key} needs a number`);
      process.exit(2);
    }
  }
  return parsed;
}

function startServer(adapter, extraArgs = []) {
  const child = fork(serverJs, [adapter, ...extraArgs], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${adapter} server did not start in 30 s`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${adapter} server exited (${code}) before listening`)));
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve({
        url: `http://127.0.0.1:${message.port}`,
        cpu: () =>
          new Promise((done) => {
            const onMessage = (reply) => {
              if (reply?.cpu === undefined) return;
              child.off('message', onMessage);
              done(reply.cpu);
            };
            child.on('message', onMessage);
            child.send('cpu');
          }),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

function load(url, query, duration) {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections: options.connections,
    duration,
  });
}

/**
 * Busy time of the whole machine from /proc/stat, in % of one core (Linux only; undefined elsewhere).
 * Without `since`, returns a starting point.
 */
function machineCpu(since) {
  let fields;
  try {
    fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  } catch {
    return undefined;
  }
  // user nice system idle iowait irq softirq steal
  const idle = fields[3] + fields[4];
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
  const sample = { idle, total, at: process.hrtime.bigint() };
  if (since === undefined) return sample;
  const seconds = Number(sample.at - since.at) / 1e9;
  const busyShare = 1 - (sample.idle - since.idle) / (sample.total - since.total);
  return busyShare * os.cpus().length * 100 * (seconds > 0 ? 1 : 0);
}

/** Waits until the machine, with no bench process running, is below NOISY_OTHERS over a 1 s sample. */
async function waitForQuiet(maxSeconds) {
  const deadline = Date.now() + maxSeconds * 1000;
  let announced = false;
  for (;;) {
    const start = machineCpu();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const busy = machineCpu(start);
    if (busy === undefined || busy < NOISY_OTHERS) return;
    if (Date.now() > deadline) {
      console.log(`  machine still busy (${Math.round(busy)} % of a core): measuring anyway`);
      return;
    }
    if (!announced)
      console.log(`  waiting for the machine to go quiet (${Math.round(busy)} % of a core busy)…`);
    announced = true;
  }
}

function summarise(result, cpuBefore, cpuAfter, loadgen, machine) {
  const seconds = result.duration;
  const serverMicros = cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system;
  const serverCpu = Math.round(serverMicros / 1e4 / seconds);
  const loadgenCpu = Math.round((loadgen.user + loadgen.system) / 1e4 / seconds);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    serverCpu,
    loadgenCpu,
    // Whatever else ran on the machine meanwhile (other processes, the kernel): a noise indicator.
    otherCpu: machine === undefined ? undefined : Math.max(0, Math.round(machine - serverCpu - loadgenCpu)),
  };
}

async function postGraphQL(url, query, headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { unparsable: text };
  }
  return { status: response.status, headers: response.headers, body };
}

/** Fails loudly when a server does not answer what the bench expects: figures of errors are worthless. */
async function verify(url) {
  const failures = [];
  for (const scenario of SCENARIOS) {
    const { status, headers, body } = await postGraphQL(url, scenario.query);
    const type = headers.get('content-type') ?? '';
    if (
      status !== 200 ||
      !type.startsWith('application/json') ||
      !isDeepStrictEqual(body, { data: scenario.expected })
    ) {
      failures.push(`${scenario.name}: ${status} ${type} ${JSON.stringify(body).slice(0, 200)}`);
    }
  }
  const guard = await postGraphQL(url, '{ secret }');
  const guardOk = guard.body.data === null && guard.body.errors?.[0]?.extensions?.code === 'FORBIDDEN';
  if (!guardOk) failures.push(`guard did not refuse { secret }: ${JSON.stringify(guard.body)}`);
  const wide = `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: ping`).join(' ')} }`;
  const plugin = await postGraphQL(url, wide);
  const pluginOk =
    plugin.status === 400 && plugin.body.errors?.[0]?.message.startsWith('Trop de champs racine');
  if (!pluginOk) failures.push(`plugin did not refuse 21 root fields: ${JSON.stringify(plugin.body)}`);
  const csrf = await fetch(`${url}/graphql?query=${encodeURIComponent('{ ping }')}`);
  if (csrf.status !== 400) failures.push(`CSRF prevention let a simple GET through (${csrf.status})`);
  if (failures.length > 0) throw new Error(`Server at ${url} answered wrongly:\n  ${failures.join('\n  ')}`);
  return 'responses correct; guard, plugin, formatError and CSRF prevention active';
}

async function checkSubscription(url) {
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  const received = [];
  try {
    const collect = (async () => {
      for await (const result of client.iterate({ query: 'subscription { tick }' })) received.push(result);
    })();
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('no completion within 5 s')), 5_000).unref(),
    );
    await Promise.race([collect, timeout]);
    const ok = isDeepStrictEqual(received, [{ data: { tick: 'tock' } }]);
    return { ok, detail: ok ? 'one value, then complete' : `received ${JSON.stringify(received)}` };
  } catch (error) {
    const reason =
      error instanceof Error ? error.message : JSON.stringify(error?.reason ?? error?.code ?? error);
    return { ok: false, detail: `failed: ${reason}` };
  } finally {
    await client.dispose();
  }
}

async function compatChecks(url) {
  const checks = [];
  const subscription = await checkSubscription(url);
  checks.push({ name: "graphql-ws subscription (subscriptions: { 'graphql-ws' })", ...subscription });

  const plain = await postGraphQL(url, '{ ping }', { 'x-request-id': 'client-chosen-id' });
  const helmetOk =
    plain.headers.get('x-content-type-options') === 'nosniff' && plain.headers.has('content-security-policy');
  checks.push({
    name: 'helmet() through app.use',
    ok: helmetOk,
    detail: helmetOk ? 'CSP, nosniff… set' : 'headers missing',
  });

  const log = await (await fetch(`${url}/compat/log`)).json();
  let loggedId = '?';
  try {
    loggedId = String(JSON.parse(log.lastLogLine).req.id);
  } catch {
    // no line yet
  }
  const echoed = plain.headers.get('x-request-id');
  const pinoOk = log.logLines > 0 && echoed === 'bench-request-id' && loggedId === 'bench-request-id';
  checks.push({
    name: 'pino-http through app.use (our genReqId)',
    ok: pinoOk,
    detail: pinoOk
      ? 'logs; our genReqId ran (x-request-id echoed)'
      : `logs: ${log.logLines > 0 ? 'yes' : 'no'}; genReqId not called: id logged "${loggedId}", ` +
        `x-request-id ${echoed === null ? 'not echoed' : `"${echoed}"`}`,
  });

  const payload = '{"type":"checkout.session.completed", "id": "evt_1"}';
  const webhook = await fetch(`${url}/compat/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: payload,
  });
  const { rawBytes } = await webhook.json();
  const rawOk = rawBytes === Buffer.byteLength(payload);
  checks.push({
    name: 'raw body for webhooks (Nest rawBody: true)',
    ok: rawOk,
    detail: rawOk ? 'req.rawBody is the exact payload' : `rawBytes ${rawBytes}`,
  });

  const asset = await fetch(`${url}/static/server.js`);
  await asset.arrayBuffer();
  const staticOk = asset.status === 200 && (asset.headers.get('content-type') ?? '').includes('javascript');
  checks.push({
    name: "express.static through app.use('/static')",
    ok: staticOk,
    detail: staticOk ? 'serves the file' : `status ${asset.status}`,
  });
  return checks;
}

function installed(name) {
  try {
    import.meta.resolve(name);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------

function fmt(n) {
  return Math.round(n).toLocaleString('en-US');
}

function mean(values) {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function aggregate(entries) {
  const rps = entries.map((e) => e.rps);
  return {
    rps: mean(rps),
    min: Math.min(...rps),
    max: Math.max(...rps),
    p50: mean(entries.map((e) => e.p50)),
    p99: mean(entries.map((e) => e.p99)),
    errors: entries.reduce((a, e) => a + e.errors, 0),
    non2xx: entries.reduce((a, e) => a + e.non2xx, 0),
    serverCpu: Math.round(mean(entries.map((e) => e.serverCpu))),
    perCpuSecond: mean(entries.map((e) => e.rps / (e.serverCpu / 100))),
    noisy: entries.filter((e) => e.otherCpu > NOISY_OTHERS).length,
    runs: entries.length,
    loadgenCpu: Math.round(mean(entries.map((e) => e.loadgenCpu))),
    otherCpu: entries.some((e) => e.otherCpu === undefined)
      ? undefined
      : Math.round(mean(entries.map((e) => e.otherCpu))),
  };
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function report({ results, sanity, compat, started, cpus }) {
  const rows = [];
  const comparisons = [];
  for (const [index, scenario] of SCENARIOS.entries()) {
    const agg = Object.fromEntries(ADAPTERS.map((a) => [a, aggregate(results[a][index])]));
    for (const adapter of ADAPTERS) {
      const a = agg[adapter];
      rows.push([
        scenario.name,
        LABEL[adapter],
        fmt(a.rps),
        `${fmt(a.min)}–${fmt(a.max)}`,
        a.p50.toFixed(1),
        a.p99.toFixed(1),
        `${a.errors} / ${a.non2xx}`,
        `${a.serverCpu} %`,
        fmt(a.perCpuSecond),
        `${a.loadgenCpu} %`,
        a.otherCpu === undefined ? '?' : `${a.otherCpu} % (${a.noisy}/${a.runs} noisy)`,
      ]);
    }
    const ratio = agg.fastify.rps / agg.express.rps;
    const cpuRatio = agg.fastify.perCpuSecond / agg.express.perCpuSecond;
    const separated = agg.fastify.min > agg.express.max || agg.express.min > agg.fastify.max;
    const quietRuns = Object.fromEntries(
      ADAPTERS.map((a) => [
        a,
        results[a][index].filter((e) => e.otherCpu !== undefined && e.otherCpu <= NOISY_OTHERS),
      ]),
    );
    const quiet = ADAPTERS.every((a) => quietRuns[a].length > 0)
      ? {
          express: mean(quietRuns.express.map((e) => e.rps)),
          fastify: mean(quietRuns.fastify.map((e) => e.rps)),
          n: { express: quietRuns.express.length, fastify: quietRuns.fastify.length },
        }
      : undefined;
    comparisons.push({ scenario, ratio, cpuRatio, separated, agg, quiet });
  }

  console.log(
    `\n## HTTP adapter bench — ${started.toISOString().slice(0, 10)}, ${cpus} cores, Node ${process.version}`,
  );
  console.log(
    `${options.runs} runs per cell (interleaved E,F,…), ${options.duration} s each after ${options.warmup} s ` +
      `warm-up, ${options.connections} connections. Latencies are means over the runs. CPU: % of one core;` +
      ` "others" is what the rest of the machine used meanwhile; a run is noisy above ${NOISY_OTHERS} %.\n`,
  );
  console.log(
    table(
      [
        'Scenario',
        'Adapter',
        'req/s (mean)',
        'req/s min–max',
        'p50 ms',
        'p99 ms',
        'errors / non-2xx',
        'server CPU',
        'req per server CPU-s',
        'loadgen CPU',
        'others CPU',
      ],
      rows,
    ),
  );
  console.log('');
  for (const c of comparisons) {
    console.log(
      `${c.scenario.name}: Fastify/Express = ${c.ratio.toFixed(2)}× req/s (${signed((c.ratio - 1) * 100)} %), ` +
        `${c.cpuRatio.toFixed(2)}× requests per server CPU-second` +
        `${c.separated ? '' : ' — run ranges overlap: within run-to-run noise'}`,
    );
    console.log(`  quiet runs only (others ≤ ${NOISY_OTHERS} %): ${describeQuiet(c.quiet)}`);
  }
  for (const adapter of ADAPTERS) console.log(`Sanity (${LABEL[adapter]}): ${sanity[adapter]}`);

  console.log('\n### Compatibility\n');
  console.log(
    table(
      ['Check', ...ADAPTERS.map((a) => LABEL[a])],
      compat.express.map((check, i) => [
        check.name,
        ...ADAPTERS.map((a) => `${compat[a][i].ok ? 'ok' : 'NO'}: ${compat[a][i].detail}`),
      ]),
    ),
  );
  const packages = [
    ['@fastify/middie', 'runs Express-style app.use() middleware (bundled with platform-fastify)'],
    ['@fastify/helmet', 'helmet as a Fastify plugin'],
    ['@fastify/static', "needed by app.useStaticAssets() and reply.sendFile() (the SPAs' index fallback)"],
    ['@fastify/cors', 'app.enableCors() (bundled with platform-fastify)'],
    ['@fastify/express', 'full Express compatibility layer'],
    ['fastify-raw-body', 'raw body plugin (Nest rawBody: true covers it)'],
    ['pino', "Fastify's built-in request logger (loggerInstance)"],
  ];
  console.log('\nFastify-side packages installed (nothing was installed for this bench):');
  for (const [name, role] of packages) {
    console.log(`  ${installed(name) ? 'yes' : 'no '}  ${name.padEnd(17)} ${role}`);
  }

  console.log('\n### Conclusion\n');
  console.log(conclusion(comparisons, compat, cpus));
}

function describeQuiet(quiet) {
  if (quiet === undefined) return 'not enough quiet runs to compare';
  const ratio = quiet.fastify / quiet.express;
  return (
    `Express ${fmt(quiet.express)} req/s (${quiet.n.express} runs), Fastify ${fmt(quiet.fastify)} ` +
    `(${quiet.n.fastify} runs): ${ratio.toFixed(2)}× (${signed((ratio - 1) * 100)} %)`
  );
}

function signed(n) {
  return `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(0)}`;
}

function conclusion(comparisons, compat, cpus) {
  const parts = comparisons.map(
    (c) =>
      `${c.scenario.name} ${fmt(c.agg.fastify.rps)} vs ${fmt(c.agg.express.rps)} req/s ` +
      `(${signed((c.ratio - 1) * 100)} %, ${c.cpuRatio.toFixed(2)}× per server CPU-second, ` +
      `${options.runs < 2 ? 'a single run' : c.separated ? 'run ranges apart' : 'run ranges overlap'}` +
      `${c.quiet === undefined ? '' : `; quiet runs only ${signed((c.quiet.fastify / c.quiet.express - 1) * 100)} %`})`,
  );
  const verdict = (faster) => {
    const ahead = comparisons.filter((c) => (faster === 'Fastify' ? c.ratio > 1 : c.ratio < 1));
    if (ahead.length !== comparisons.length) return undefined;
    const clear = ahead.filter((c) => c.separated && options.runs > 1);
    if (clear.length === ahead.length) return `${faster} is faster on both scenarios`;
    if (clear.length === 0) return `${faster} is ahead on both scenarios, but within run-to-run noise`;
    const names = (list) => list.map((c) => c.scenario.name).join(', ');
    const noisy = ahead.filter((c) => !clear.includes(c));
    return `${faster} is clearly faster on ${names(clear)}; on ${names(noisy)} its margin is within run-to-run noise`;
  };
  const summary = verdict('Fastify') ?? verdict('Express') ?? 'the result is mixed';
  const all = comparisons.flatMap((c) => Object.values(c.agg));
  const server = Math.round(mean(all.map((a) => a.serverCpu)));
  const loadgen = Math.round(mean(all.map((a) => a.loadgenCpu)));
  const others = all.every((a) => a.otherCpu !== undefined)
    ? Math.round(mean(all.map((a) => a.otherCpu)))
    : '?';
  const fastifyFailures = compat.fastify.filter((c) => !c.ok).map((c) => c.name);
  const subscriptions = compat.fastify[0].ok
    ? 'A graphql-ws subscription works unchanged on Fastify (Nest attaches graphql-ws to the raw HTTP server).'
    : `The graphql-ws subscription FAILED on Fastify (${compat.fastify[0].detail}).`;
  const middleware =
    fastifyFailures.length === 0
      ? 'The Express-style middleware checks all pass on Fastify too.'
      : `Of the Express-style middleware checks, these differ on Fastify: ${fastifyFailures.join('; ')}.`;
  return (
    `Fastify vs Express: ${parts.join('; ')} — ${summary}. ` +
    `Apollo itself needs one change on Fastify: @as-integrations/fastify calls the context function with ` +
    `(request, reply) instead of Express's { req, res }, so a context function reading arg.req must take the ` +
    `request itself (code typed against express.Request changes too). ${subscriptions} ${middleware} ` +
    `On ${cpus} cores the server process used ${server} % of a core on average (saturated: JavaScript runs on ` +
    `one thread), autocannon ${loadgen} %, and other processes ${others} %: the load generator was not the ` +
    `limit, but a shared machine adds noise — the ratio is the figure to keep, not the absolute req/s.`
  );
}
