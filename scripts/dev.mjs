#!/usr/bin/env node
// `npm run dev`: the server rebuilt and restarted on change (tsc --watch + node --watch), and both
// SPAs on Vite dev servers (5173 public, 5174 CRM) proxying /graphql to the server on :3000.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const children = [];
function run(name, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n'))
        if (line.trim() !== '') process.stdout.write(prefix + line + '\n');
    });
  }
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) process.stdout.write(`${prefix}exited with ${code}\n`);
  });
  children.push(child);
  return child;
}

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// The server imports @serenaia/shared/time compiled (dist/time): build it once before watching the server.
execFileSync('npx', ['tsc', '-p', 'packages/shared/tsconfig.build.json'], { stdio: 'inherit' });
const tsc = run('tsc', 'npx', [
  'tsc',
  '-p',
  'server/tsconfig.build.json',
  '--watch',
  '--preserveWatchOutput',
]);
const waitForBuild = setInterval(() => {
  if (!existsSync('server/dist/main.js')) return;
  clearInterval(waitForBuild);
  run('server', process.execPath, ['--watch-path=server/dist', 'server/dist/main.js'], {
    env: { ...process.env, SERVE_SPAS: 'false' },
  });
}, 500);
run('public', 'npm', ['run', 'dev', '-w', 'web-public']);
run('crm', 'npm', ['run', 'dev', '-w', 'web-crm']);
void tsc;
process.stdout.write(
  'Sérénaia dev: public http://localhost:5173/  CRM http://localhost:5174/crm/  API http://localhost:3000/graphql\n',
);
