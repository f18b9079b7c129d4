/**
 * Classifies one HTTP exchange with the API into findings: what the fuzz suite must fail on.
 * Pure: the exchange is already fetched and the database already compared.
 */
import { isEnglish } from './language.js';

export type FindingKind =
  | 'http-5xx'
  | 'internal-error'
  | 'english-message'
  | 'bad-input-without-field'
  | 'write-despite-error'
  | 'not-graphql'
  | 'not-refused'
  | 'accepted-bad-value';

export interface Exchange {
  status: number;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  /** Tables whose rows changed although the answer was an error. */
  changedTables?: string[];
}

export interface Finding {
  kind: FindingKind;
  detail: string;
}

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown };
}

function errorsOf(body: unknown): GraphQLErrorShape[] | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const errors = (body as { errors?: unknown }).errors;
  return Array.isArray(errors) ? (errors as GraphQLErrorShape[]) : undefined;
}

export function isGraphQLBody(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    ('data' in body || errorsOf(body) !== undefined)
  );
}

const codeOf = (e: GraphQLErrorShape): string =>
  typeof e.extensions?.code === 'string' ? e.extensions.code : 'NO_CODE';

/** The codes of a response's errors (empty when it has none). */
export function errorCodes(body: unknown): string[] {
  return (errorsOf(body) ?? []).map(codeOf);
}

function fieldProblems(error: GraphQLErrorShape): { field?: unknown; message?: unknown }[] {
  const fields = error.extensions?.fields;
  return Array.isArray(fields) ? (fields as { field?: unknown; message?: unknown }[]) : [];
}

const short = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

export function classify(exchange: Exchange): Finding[] {
  const findings: Finding[] = [];
  if (exchange.status >= 500) findings.push({ kind: 'http-5xx', detail: `HTTP ${exchange.status}` });
  if (!isGraphQLBody(exchange.body)) {
    const raw = typeof exchange.body === 'string' ? exchange.body : JSON.stringify(exchange.body);
    findings.push({ kind: 'not-graphql', detail: `HTTP ${exchange.status}: ${short(raw ?? '')}` });
    const message = (exchange.body as { message?: unknown } | null)?.message;
    if (typeof message === 'string' && isEnglish(message)) {
      findings.push({ kind: 'english-message', detail: short(message) });
    }
    return findings;
  }
  const errors = errorsOf(exchange.body) ?? [];
  for (const error of errors) {
    const code = codeOf(error);
    const message = typeof error.message === 'string' ? error.message : '';
    if (code === 'INTERNAL_SERVER_ERROR') findings.push({ kind: 'internal-error', detail: short(message) });
    if (isEnglish(message)) findings.push({ kind: 'english-message', detail: `${code}: ${short(message)}` });
    const problems = fieldProblems(error);
    for (const p of problems) {
      if (typeof p.message === 'string' && isEnglish(p.message)) {
        findings.push({ kind: 'english-message', detail: `${String(p.field)}: ${short(p.message)}` });
      }
    }
    const named = problems.some((p) => typeof p.field === 'string' && p.field !== '');
    if (code === 'BAD_USER_INPUT' && !named) {
      findings.push({ kind: 'bad-input-without-field', detail: short(message) });
    }
  }
  if (errors.length > 0 && (exchange.changedTables?.length ?? 0) > 0) {
    findings.push({
      kind: 'write-despite-error',
      detail: `${errorCodes(exchange.body).join(',')} but changed ${exchange.changedTables?.join(', ')}`,
    });
  }
  return findings;
}

export interface LocatedFinding extends Finding {
  where: string;
  /** A sample request that produced it, for reproduction. */
  sample: string;
}

/** One line per kind, place and detail (numbers and ids in details folded so repeats merge). */
export function dedupe(findings: LocatedFinding[]): (LocatedFinding & { count: number })[] {
  const byKey = new Map<string, LocatedFinding & { count: number }>();
  for (const f of findings) {
    const folded = f.detail.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '<id>').replace(/\d+/g, 'N');
    const key = `${f.kind}|${f.where}|${folded}`;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { ...f, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.where.localeCompare(b.where));
}

export function formatFindings(findings: (LocatedFinding & { count: number })[]): string {
  return findings
    .map((f) => `- [${f.kind}] ${f.where} (×${f.count}): ${f.detail}\n    e.g. ${short(f.sample)}`)
    .join('\n');
}
