/**
 * Fuzz cases: operation × input position × bad-value class × role, each the operation's baseline with
 * one position spoilt. Values are drawn by fast-check from a fixed seed, per case key, so a new
 * operation adds cases without changing the others'. Pure.
 */
import fc from 'fast-check';
import { badValues, classesFor, type BadClass } from './bad-values.js';
import { pathText, type Operation, type Path, type Target } from './schema-walk.js';

/** From the least to the most privileged: the first and last allowed are fuzzed in full. */
export const ROLES = ['anonymous', 'CLIENT', 'ACCOUNTANT', 'STAFF', 'ADMIN'] as const;
export type RoleName = (typeof ROLES)[number];

export interface FuzzCase {
  op: Operation;
  target: Target;
  cls: BadClass;
  role: RoleName;
  variables: Record<string, unknown>;
  /** Sent as literals in the document rather than as variables (another parsing path). */
  inline: boolean;
}

/** Classes whose literals graphql-js and the scalars check on another path than variables. */
const INLINE_CLASSES = new Set<BadClass>([
  'wrong-type',
  'wrong-enum',
  'bad-number',
  'instant-out-of-range',
  'impossible-date',
  'date-without-offset',
  'explicit-null',
  'control-c0',
]);

export interface RolePlan {
  full: RoleName[];
  sampled: RoleName[];
}

export interface CaseOptions {
  seed: number;
  /** Values drawn per operation × position × class × role fuzzed in full. */
  runs: number;
  baselines: ReadonlyMap<string, Record<string, unknown>>;
  /** Roles that get every case, and roles that get a sample of `runs` cases. */
  rolesFor: (op: Operation) => RolePlan;
}

/** A stable 31-bit hash of a case key, mixed into the seed. */
export function keySeed(seed: number, key: string): number {
  let h = seed | 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h ^ key.charCodeAt(i), 0x5bd1e995) + 0x6b43a9b5) | 0;
  return h & 0x7fffffff;
}

export function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined,
    root,
  );
}

/** A copy of `root` with `value` at `path`, creating the objects and lists on the way. */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: Record<string | number, unknown> = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return copy;
}

function draw(arb: fc.Arbitrary<unknown>, seed: number, runs: number): unknown[] {
  const values = fc.sample(arb, { seed, numRuns: runs });
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v) ?? 'undefined';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function casesFor(op: Operation, options: CaseOptions): FuzzCase[] {
  const baseline = options.baselines.get(op.name) ?? {};
  const { full: fullRoles, sampled: sampledRoles } = options.rolesFor(op);
  const pairs = op.targets.flatMap((target) =>
    classesFor(target, valueAt(baseline, target.path)).map((cls) => ({ target, cls })),
  );
  const build = (target: Target, cls: BadClass, role: RoleName, runs: number): FuzzCase[] => {
    const arb = badValues(target, cls, valueAt(baseline, target.path));
    if (!arb) return [];
    const seed = keySeed(options.seed, `${op.name}|${pathText(target.path)}|${cls}|${role}`);
    return draw(arb, seed, runs).flatMap((value) => {
      const spoilt = { op, target, cls, role, variables: setAt(baseline, target.path, value) };
      // Inline twins for one role (the first fuzzed in full) only: the literal path does not depend on who asks.
      const twin = INLINE_CLASSES.has(cls) && role === fullRoles[0];
      return [{ ...spoilt, inline: false }, ...(twin ? [{ ...spoilt, inline: true }] : [])];
    });
  };
  const full = fullRoles.flatMap((role) => pairs.flatMap((p) => build(p.target, p.cls, role, options.runs)));
  const sampled = sampledRoles.flatMap((role) => {
    if (pairs.length === 0) return [];
    const picks = fc.sample(fc.constantFrom(...pairs), {
      seed: keySeed(options.seed, `${op.name}|sampled|${role}`),
      numRuns: options.runs,
    });
    return picks.flatMap((p) => build(p.target, p.cls, role, 1));
  });
  return [...full, ...sampled];
}

export function generateCases(ops: Operation[], options: CaseOptions): FuzzCase[] {
  return ops.flatMap((op) => casesFor(op, options));
}
