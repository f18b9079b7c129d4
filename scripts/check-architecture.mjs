#!/usr/bin/env node
/**
 * Module boundaries of the server (`server/src`), checked on every `npm run lint`.
 *
 * Each top-level folder of `server/src` is one of:
 * - a floor (`FLOORS`): shared library code that knows no feature;
 * - wiring (`WIRING`): what assembles the application (the root files, `database/`, `scripts/`);
 *   it may import anything, and nothing but wiring imports it;
 * - a feature: every other folder (a Nest module with an `index.ts`).
 *
 * Rules:
 * 1. a floor imports no feature;
 * 2. nothing outside wiring imports wiring;
 * 3. a feature imports another feature only through that feature's `index.ts`;
 * 4. no loop between folders (wiring aside), whatever the imports (type-only ones included);
 * 5. no loop between files inside a floor;
 * 6. the pairs in `FORBIDDEN` never import each other in that direction (payment does not import
 *    booking), and nothing outside wiring imports a listener module (`LISTENERS`: they react to events).
 *
 * `checkArchitecture(files)` is pure (file path → source text) so that it can be tested.
 *
 * The single-page apps (`web-crm/src`, `web-public/src`) have their own, simpler rule (`checkSpa`): a
 * feature (`features/<name>/`) never imports another feature, and `shared/` imports neither a feature nor
 * `app/`: what two features need lives in `shared/`, and only `app/` (and the public site's `ssr/`)
 * assembles features.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FLOORS = ['common', 'config', 'logging', 'redis', 'jobs', 'graphql', 'http'];
export const WIRING = ['', 'database', 'scripts'];
export const FORBIDDEN = [['payment', 'booking']];
export const LISTENERS = ['notification'];

const IMPORT =
  /(?:^|[\s;}])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** The relative specifiers a file imports (static, dynamic, re-exports, type-only). */
export function importsOf(source) {
  const found = [];
  for (const match of source.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3];
    if (spec.startsWith('.')) found.push(spec);
  }
  return found;
}

/** `booking/booking.service.ts` → `booking`; a file at the root → `''`. */
export function folderOf(file) {
  const slash = file.indexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

function resolveImport(file, spec) {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return target.replace(/\.js$/, '.ts');
}

function kindOf(folder) {
  if (WIRING.includes(folder)) return 'wiring';
  if (FLOORS.includes(folder)) return 'floor';
  return 'feature';
}

const label = (folder) => (folder === '' ? '(root files)' : `${folder}/`);

/** Strongly connected components with more than one node (Tarjan). */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  const visit = (node) => {
    const own = { index, low: index, onStack: true };
    index += 1;
    state.set(node, own);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const other = state.get(next);
      if (other === undefined) {
        visit(next);
        own.low = Math.min(own.low, state.get(next).low);
      } else if (other.onStack) own.low = Math.min(own.low, other.index);
    }
    if (own.low === own.index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

/**
 * @param {Map<string, string>} files paths relative to `server/src` (with `/`) → source text
 * @returns {string[]} one message per broken rule, empty when the boundaries hold
 */
export function checkArchitecture(files) {
  const problems = [];
  const folderEdges = new Map(); // "from\0to" → first example
  const floorFileGraph = new Map();
  for (const [file, source] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const from = folderOf(file);
    const fromKind = kindOf(from);
    for (const spec of importsOf(source)) {
      const target = resolveImport(file, spec);
      if (target.startsWith('..')) continue; // outside server/src (e.g. package.json)
      const to = folderOf(target);
      if (fromKind === 'floor' && from === to) {
        if (!floorFileGraph.has(file)) floorFileGraph.set(file, new Set());
        floorFileGraph.get(file).add(target);
      }
      if (from === to) continue;
      const toKind = kindOf(to);
      const where = `${file} imports '${spec}'`;
      if (fromKind !== 'wiring') {
        const key = `${from}\0${to}`;
        if (!folderEdges.has(key)) folderEdges.set(key, where);
      }
      if (fromKind === 'wiring') continue;
      if (toKind === 'wiring') {
        problems.push(`${where}: ${label(to)} assembles the application; only wiring may import it.`);
        continue;
      }
      if (fromKind === 'floor' && toKind === 'feature') {
        problems.push(`${where}: ${label(from)} is a floor and must not import the feature ${label(to)}.`);
        continue;
      }
      if (LISTENERS.includes(to)) {
        problems.push(`${where}: nothing imports ${label(to)}; it listens to events.`);
        continue;
      }
      if (FORBIDDEN.some(([a, b]) => a === from && b === to)) {
        problems.push(`${where}: ${label(from)} must not import ${label(to)}.`);
        continue;
      }
      if (fromKind === 'feature' && toKind === 'feature' && target !== `${to}/index.ts`) {
        problems.push(`${where}: import the feature ${label(to)} through '${to}/index.js' only.`);
      }
    }
  }
  const graph = new Map();
  for (const key of folderEdges.keys()) {
    const [from, to] = key.split('\0');
    if (kindOf(to) === 'wiring') continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from).add(to);
  }
  for (const loop of cycles(graph)) {
    const inLoop = new Set(loop);
    const examples = [...folderEdges]
      .filter(([key]) => {
        const [from, to] = key.split('\0');
        return inLoop.has(from) && inLoop.has(to);
      })
      .map(([, where]) => `    ${where}`);
    problems.push(`Import loop between folders ${loop.map(label).join(', ')}:\n${examples.join('\n')}`);
  }
  for (const loop of cycles(floorFileGraph)) {
    problems.push(`Import loop between files of a floor: ${loop.join(' → ')}`);
  }
  return problems;
}

/** `features/agenda/x.tsx` → `features/agenda`; `shared/money.ts` → `shared`. */
function spaAreaOf(file) {
  const parts = file.split('/');
  return parts[0] === 'features' && parts.length > 1 ? `features/${parts[1]}` : parts[0];
}

/**
 * @param {Map<string, string>} files paths relative to an app's `src` (with `/`) → source text
 * @returns {string[]} one message per broken rule
 */
export function checkSpa(files) {
  const problems = [];
  for (const [file, source] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const from = spaAreaOf(file);
    for (const spec of importsOf(source)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const to = spaAreaOf(target);
      if (from === to) continue;
      const where = `${file} imports '${spec}'`;
      if (from.startsWith('features/') && to.startsWith('features/')) {
        problems.push(`${where}: a feature never imports another; move what both need to shared/.`);
      } else if (from === 'shared' && (to.startsWith('features/') || to === 'app')) {
        problems.push(`${where}: shared/ imports neither a feature nor app/.`);
      }
    }
  }
  return problems;
}

function readSources(root, extension = /\.ts$/) {
  const files = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extension.test(entry.name)) {
        files.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
      }
    }
  };
  walk(root);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../server/src');
  const files = readSources(root);
  const problems = checkArchitecture(files);
  if (problems.length > 0) {
    console.error(
      `Module boundaries broken in server/src (see docs/architecture.md, "Module boundaries"):\n`,
    );
    for (const problem of problems) console.error(`- ${problem}`);
    process.exit(1);
  }
  console.log(`Module boundaries hold (${files.size} files in server/src).`);
  for (const app of ['web-crm', 'web-public']) {
    const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), `../${app}/src`);
    const appFiles = readSources(appRoot, /\.tsx?$/);
    const appProblems = checkSpa(appFiles);
    if (appProblems.length > 0) {
      console.error(`Feature boundaries broken in ${app}/src:\n`);
      for (const problem of appProblems) console.error(`- ${problem}`);
      process.exit(1);
    }
    console.log(`Feature boundaries hold (${appFiles.size} files in ${app}/src).`);
  }
}
