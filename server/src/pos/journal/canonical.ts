/**
 * Canonical serialisation and the hash chain of the till journal. Pure.
 *
 * `canonicalize` writes a value as JSON with object keys sorted (UTF-16 code unit order), no whitespace,
 * integers only (money is in cents: a float is refused, never rounded), `Date`s as ISO-8601 UTC to the
 * second (`2026-12-06T09:15:00Z`, milliseconds dropped), and refuses `undefined`, functions, symbols,
 * bigints and anything but plain objects and arrays. The same value always gives the same bytes, whatever
 * the order its keys were written in; and the JSON it gives reads back (through PostgreSQL's jsonb too)
 * into a value that canonicalises to the same bytes.
 */
import { hash } from 'node:crypto';

/** The `previous hash` of a till's first record. */
export const GENESIS_HASH = '0'.repeat(64);

export class CanonicalError extends TypeError {
  constructor(path: string, what: string) {
    super(`cannot canonicalise ${path}: ${what}`);
    this.name = 'CanonicalError';
  }
}

export function canonicalize(value: unknown): string {
  try {
    return write(value);
  } catch (error) {
    if (error instanceof Refused) throw new CanonicalError(pathOf(value, '$') ?? '$', error.message);
    throw error;
  }
}

/** An instant to the second in UTC, as canonicalize writes it. */
export function canonicalInstant(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new CanonicalError('date', 'invalid date');
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

class Refused extends Error {}

/** The fast path: no bookkeeping of where it is (the verification of a journal calls it per record). */
function write(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new Refused(`${value} is not a safe integer`);
      return Object.is(value, -0) ? '0' : String(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      break;
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      throw new Refused(`${typeof value} is not allowed`);
  }
  if (value instanceof Date) {
    if (!Number.isFinite(value.getTime())) throw new Refused('invalid date');
    return `"${canonicalInstant(value)}"`;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i === 0 ? '' : ',') + write(value[i]);
    return `${out}]`;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) throw new Refused('not a plain object');
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i += 1) {
    out += `${i === 0 ? '' : ','}${JSON.stringify(keys[i])}:${write(record[keys[i]])}`;
  }
  return `${out}}`;
}

/** Where in `value` the first refused part is (only called once canonicalize has failed). */
function pathOf(value: unknown, path: string): string | null {
  try {
    if (value === null || typeof value !== 'object' || value instanceof Date) {
      write(value);
      return null;
    }
  } catch {
    return path;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return path;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [`[${i}]`, v])
    : Object.keys(value).map((k) => [`.${k}`, (value as Record<string, unknown>)[k]]);
  for (const [step, child] of entries) {
    const found = pathOf(child, `${path}${step}`);
    if (found !== null) return found;
  }
  return null;
}

const HEX_64 = /^[0-9a-f]{64}$/;

/**
 * `SHA-256(previous hash ‖ canonical record)`, hex; both strings taken as UTF-8 bytes (the previous hash is
 * ASCII, so hashing the joined string is hashing the two byte sequences one after the other). The one-shot
 * `crypto.hash` costs less than half of a `createHash` object per record.
 */
export function chainHash(prevHex: string, canonical: string): string {
  if (!HEX_64.test(prevHex)) throw new TypeError('previous hash must be 64 lowercase hex digits');
  return hash('sha256', prevHex + canonical, 'hex');
}

/** What a receipt prints of a record's hash. */
export function shortHash(hash: string): string {
  return hash.slice(0, 8).toUpperCase();
}

/** The fields of a record that its canonical text covers. */
export interface CanonicalRecord {
  tillId: string;
  seq: number;
  kind: string;
  number: number | null;
  occurredAt: Date;
  actorUserId: string | null;
  payload: Record<string, unknown>;
}

/** The exact text hashed for a record (version 1). */
export function canonicalRecord(r: CanonicalRecord): string {
  return canonicalize({
    v: 1,
    tillId: r.tillId,
    seq: r.seq,
    kind: r.kind,
    number: r.number,
    occurredAt: r.occurredAt,
    actorUserId: r.actorUserId,
    payload: r.payload,
  });
}
