#!/usr/bin/env node
/**
 * Runs the browser tests once per awkward instant (`E2E_NOW`, see e2e/clock.ts), one run after the
 * other, and prints passed/failed counts and the duration of each run. CI runs the default instant
 * only; run this before changing anything that reads the date (seed, slots, agenda, deadlines).
 *
 *   npm run test:e2e:dates                          build, then every instant below
 *   node scripts/e2e-dates.mjs --no-build           reuse the current build
 *   node scripts/e2e-dates.mjs 2027-07-14T10:00:00+02:00 …   other instants instead
 *   node scripts/e2e-dates.mjs -- e2e/agenda.e2e.ts      extra Jest arguments after `--`
 *
 * Exits with 1 when any run has a failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Paris wall-clock instants with their offset, each one awkward for a different reason. */
const AWKWARD_INSTANTS = [
  ['2027-01-10T11:00:00+01:00', 'a Sunday (the institute is closed)'],
  ['2026-12-25T09:30:00+01:00', 'Christmas Day, a public holiday on a Friday, when everyone works'],
  ['2027-03-28T01:58:00+01:00', 'two minutes before the spring DST switch (02:00 → 03:00)'],
  ['2026-10-25T02:58:00+02:00', 'two minutes before the autumn DST switch (03:00 → 02:00)'],
  ['2026-12-31T23:58:00+01:00', 'two minutes before New Year'],
];

const args = process.argv.slice(2);
const separator = args.indexOf('--');
const own = separator === -1 ? args : args.slice(0, separator);
const jestExtra = separator === -1 ? [] : args.slice(separator + 1);
const build = !own.includes('--no-build');
const chosen = own.filter((a) => a !== '--no-build');
const instants = chosen.length > 0 ? chosen.map((instant) => [instant, 'given']) : AWKWARD_INSTANTS;

if (build) {
  console.log('Building server and apps once…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function runJest(instant, outputFile) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--selectProjects',
        'e2e',
        '--runInBand',
        '--json',
        `--outputFile=${outputFile}`,
        ...jestExtra,
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, E2E_NOW: instant, TZ: 'UTC', NODE_OPTIONS: '--experimental-vm-modules' },
      },
    );
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const dir = mkdtempSync(path.join(tmpdir(), 'e2e-dates-'));
const rows = [];
try {
  for (const [index, [instant, why]] of instants.entries()) {
    console.log(`\n=== E2E_NOW=${instant} (${why})`);
    const outputFile = path.join(dir, `run-${index}.json`);
    const started = performance.now();
    const code = await runJest(instant, outputFile);
    const seconds = (performance.now() - started) / 1000;
    let summary = { passed: 0, failed: 0, total: 0, failures: [] };
    try {
      const report = JSON.parse(readFileSync(outputFile, 'utf8'));
      summary = {
        passed: report.numPassedTests,
        failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
        total: report.numTotalTests,
        failures: report.testResults.flatMap((file) =>
          file.assertionResults
            .filter((a) => a.status === 'failed')
            .map((a) => `${path.relative(ROOT, file.name)} › ${a.fullName}`)
            .concat(file.status === 'failed' && file.assertionResults.length === 0 ? [file.message] : []),
        ),
      };
    } catch {
      summary.failures = [`Jest exited with ${code} and no report`];
      summary.failed = 1;
    }
    rows.push({ instant, why, code, seconds, ...summary });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('\nBrowser tests per instant:');
for (const row of rows) {
  const verdict = row.code === 0 && row.failed === 0 ? 'ok  ' : 'FAIL';
  console.log(
    `${verdict} ${row.instant}  ${row.passed}/${row.total} passed, ${row.failed} failed, ` +
      `${Math.floor(row.seconds / 60)} min ${Math.floor(row.seconds % 60)} s  (${row.why})`,
  );
  for (const failure of row.failures) console.log(`       ✕ ${failure}`);
}
process.exit(rows.every((row) => row.code === 0 && row.failed === 0) ? 0 : 1);
