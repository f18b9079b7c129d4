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
import { createHash } from 'node:crypto';

/** The `previous hash` of a till's first record. */
export const GENESIS_HASH = '0'.repeat(64);

export class CanonicalError extends TypeError {
  constructor(path: string, what: string) {
    super(`cannot canonicalise ${path}: ${what}`);
    this.name = 'CanonicalError';
  }
}

export function canonicalize(value: unknown): string {
  return write(value, '$');
}

/** An instant to the second in UTC, as canonicalize writes it. */
export function canonicalInstant(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new CanonicalError('date', 'invalid date');
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new CanonicalError(path, `${value} is not a safe integer`);
      return Object.is(value, -0) ? '0' : String(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      break;
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      throw new CanonicalError(path, `${typeof value} is not allowed`);
  }
  if (value instanceof Date) return `"${canonicalInstant(value)}"`;
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => write(item, `${path}[${i}]`)).join(',')}]`;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) throw new CanonicalError(path, 'not a plain object');
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], `${path}.${k}`)}`).join(',')}}`;
}

/** `SHA-256(previous hash ‖ canonical record)`, hex; both strings taken as UTF-8 bytes. */
export function chainHash(prevHex: string, canonical: string): string {
  if (!/^[0-9a-f]{64}$/.test(prevHex)) throw new TypeError('previous hash must be 64 lowercase hex digits');
  return createHash('sha256').update(prevHex, 'utf8').update(canonical, 'utf8').digest('hex');
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
