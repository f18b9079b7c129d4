// Bench dispatcher: `npm run bench` lists the benches, `npm run bench -- <name> [args…]` runs one.
// A bench is a subfolder of bench/ with a run.mjs whose first line is `// <one-line description>`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const benches = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(here, entry.name, 'run.mjs')))
  .map((entry) => {
    const entryFile = path.join(here, entry.name, 'run.mjs');
    const firstLine = readFileSync(entryFile, 'utf8').split('\n', 1)[0];
    const description = firstLine.startsWith('//') ? firstLine.replace(/^\/\/\s*/, '') : '';
    return { name: entry.name, entryFile, description };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const [name, ...args] = process.argv.slice(2);

if (name === undefined || name === 'list' || name === '--help' || name === '-h') {
  list();
  process.exit(0);
}

const bench = benches.find((b) => b.name === name);
if (bench === undefined) {
  console.error(`Unknown bench "${name}".\n`);
  list();
  process.exit(2);
}

const child = spawn(process.execPath, [bench.entryFile, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 128)));

function list() {
  console.log('Usage: npm run bench -- <name> [args…]   (or: node bench/run.mjs <name> [args…])\n');
  console.log('Benches (see bench/README.md):');
  const width = Math.max(0, ...benches.map((b) => b.name.length));
  for (const b of benches) console.log(`  ${b.name.padEnd(width)}  ${b.description}`);
}
