/**
 * Sends fuzz cases and attacks to a running server, one at a time (so that a database change is the
 * request's own), and turns each exchange into located findings.
 */
import type { DataSource } from 'typeorm';
import { ACCESS_RULE, type AccessRule } from '../../../src/common/auth/access.decorators.js';
import { roleSatisfies } from '../../../src/common/auth/roles.js';
import { findResolvers, rootOperations } from '../../../src/graphql/resolver-inventory.js';
import {
  changedTables,
  fingerprintQuery,
  takeFingerprint,
  type Fingerprint,
} from './database-fingerprint.js';
import { mustBeRefused } from './bad-values.js';
import { ROLES, valueAt, type FuzzCase, type RoleName, type RolePlan } from './cases.js';
import { classify, errorCodes, type Exchange, type LocatedFinding } from './findings.js';
import { documentFor, inlineDocumentFor, pathText, type Operation } from './schema-walk.js';

export async function post(
  url: string,
  body: string,
  token?: string,
  contentType = 'application/json',
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: res.status, body: text };
  }
}

/** Who may call each root operation, read from the resolvers' @Public()/@Roles() metadata. */
export function accessRules(modules: Parameters<typeof findResolvers>[0]): Map<string, AccessRule> {
  const rules = new Map<string, AccessRule>();
  for (const op of findResolvers(modules).flatMap((r) => rootOperations(r))) {
    const method = (op.resolver.prototype as Record<string, object>)[op.method];
    const rule = (Reflect.getMetadata(ACCESS_RULE, method) ??
      Reflect.getMetadata(ACCESS_RULE, op.resolver)) as AccessRule | undefined;
    if (rule) rules.set(op.name, rule);
  }
  return rules;
}

/**
 * Who is fuzzed in full: the least and the most privileged roles allowed to call the operation (an
 * online booker and an admin take different paths; STAFF and CLIENT rarely add one). The others,
 * allowed or refused, get a sample: a refusal must be clean too.
 */
export function rolesFrom(rule: AccessRule | undefined): RolePlan & { allowed: RoleName[] } {
  // No rule found: the guard refuses it to everyone, which is worth fuzzing from every role anyway.
  const allowed =
    !rule || rule.kind === 'public'
      ? [...ROLES]
      : ROLES.filter((r) => r !== 'anonymous' && rule.roles.some((need) => roleSatisfies(r, need)));
  const full = [...new Set([allowed[0], allowed[allowed.length - 1]])].filter((r) => r !== undefined);
  return { allowed, full, sampled: ROLES.filter((r) => !full.includes(r)) };
}

export interface RunStats {
  requests: number;
  byClass: Map<string, number>;
  byOperation: Map<string, number>;
  byRole: Map<string, number>;
  /** Codes answered, per class: what the server made of each kind of bad value. */
  codes: Map<string, number>;
  /** Milliseconds spent per class (request and fingerprints). */
  msByClass: Map<string, number>;
  /** What each operation's valid baseline got, per role allowed to call it. */
  baselines: Map<string, number>;
}

export const newStats = (): RunStats => ({
  requests: 0,
  byClass: new Map(),
  byOperation: new Map(),
  byRole: new Map(),
  codes: new Map(),
  msByClass: new Map(),
  baselines: new Map(),
});

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Control characters, lone surrogates and odd spaces as escapes, so that the report shows them. */
const visible = (text: string) =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- showing control characters is the point
    /[\u0000-\u001f\u007f-\u00a0\u2028\u2029\u3000\ud800-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** A JSON rendering of variables short enough for a report line. */
function sample(op: Operation, variables: unknown): string {
  const text = JSON.stringify(variables, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 40
      ? `${v.slice(0, 20)}…(${v.length} chars)`
      : Array.isArray(v) && v.length > 5
        ? `[${v.length} items]`
        : v,
  );
  return `${op.name} ${visible(text)}`;
}

const executed = (answer: unknown): boolean =>
  typeof answer === 'object' && answer !== null && 'data' in answer;

export class FuzzRunner {
  private last: Fingerprint | undefined;
  readonly findings: LocatedFinding[] = [];
  readonly stats = newStats();

  private constructor(
    private readonly url: string,
    private readonly db: DataSource,
    private readonly query: string,
    private readonly tokens: Record<RoleName, string | undefined>,
  ) {}

  static async create(
    url: string,
    db: DataSource,
    tokens: Record<RoleName, string | undefined>,
  ): Promise<FuzzRunner> {
    return new FuzzRunner(url, db, await fingerprintQuery(db), tokens);
  }

  /** Sends one request and records what is wrong with the answer, the database compared around it. */
  async exchange(
    where: string,
    body: string,
    role: RoleName,
    label: string,
    contentType?: string,
  ): Promise<Exchange> {
    const before = this.last ?? (await takeFingerprint(this.db, this.query));
    const { status, body: answer } = await post(this.url, body, this.tokens[role], contentType);
    this.stats.requests++;
    const errored = status >= 400 || errorCodes(answer).length > 0;
    const exchange: Exchange = { status, body: answer };
    if (errored && !executed(answer)) {
      // Refused before execution (a document or variable error: no `data` key): no resolver ran, so
      // nothing could be written; the fingerprint taken before still holds.
      this.last = before;
    } else if (errored) {
      this.last = await takeFingerprint(this.db, this.query);
      exchange.changedTables = changedTables(before, this.last);
    } else {
      this.last = undefined;
    }
    for (const finding of classify(exchange)) this.findings.push({ ...finding, where, sample: label });
    return exchange;
  }

  async run(c: FuzzCase): Promise<void> {
    const where = `${c.op.name}(${pathText(c.target.path)}) ${c.cls}${c.inline ? ' inline' : ''} as ${c.role}`;
    const body = JSON.stringify(
      c.inline
        ? { query: inlineDocumentFor(c.op, c.variables) }
        : { query: documentFor(c.op), variables: c.variables },
    );
    const started = performance.now();
    const label = c.inline ? visible(inlineDocumentFor(c.op, c.variables)) : sample(c.op, c.variables);
    const exchange = await this.exchange(where, body, c.role, label);
    if (
      errorCodes(exchange.body).length === 0 &&
      exchange.status < 400 &&
      mustBeRefused(c.cls, valueAt(c.variables, c.target.path))
    ) {
      this.findings.push({
        kind: 'accepted-bad-value',
        detail: 'answered without an error',
        where,
        sample: label,
      });
    }
    bump(this.stats.msByClass, c.cls, Math.round(performance.now() - started));
    bump(this.stats.byClass, c.cls);
    bump(this.stats.byOperation, c.op.name);
    bump(this.stats.byRole, c.role);
    const codes = errorCodes(exchange.body);
    bump(this.stats.codes, `${c.cls} → ${codes.length > 0 ? codes.join('+') : `OK ${exchange.status}`}`);
  }

  /** Sends an operation's valid baseline (after its cases: it may consume its fixture) and records the answer. */
  async runBaseline(op: Operation, variables: Record<string, unknown>, role: RoleName): Promise<void> {
    const body = JSON.stringify({ query: documentFor(op), variables });
    const exchange = await this.exchange(
      `baseline of ${op.name} as ${role}`,
      body,
      role,
      sample(op, variables),
    );
    const codes = errorCodes(exchange.body);
    bump(this.stats.baselines, `${op.name} as ${role} → ${codes.length > 0 ? codes.join('+') : 'OK'}`);
  }
}
