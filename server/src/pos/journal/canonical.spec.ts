import { createHash } from 'node:crypto';
import {
  canonicalize,
  canonicalInstant,
  canonicalRecord,
  chainHash,
  GENESIS_HASH,
  shortHash,
} from './canonical.js';

describe('canonicalize', () => {
  it('sorts keys at every depth, whatever the order they were written in', () => {
    const a = { b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } };
    const b = { a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 };
    expect(canonicalize(a)).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
    expect(canonicalize(b)).toBe(canonicalize(a));
  });

  it('keeps array order and writes no whitespace', () => {
    expect(canonicalize([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalize({ k: [] })).toBe('{"k":[]}');
  });

  it.each([
    [null, 'null'],
    [true, 'true'],
    [false, 'false'],
    [0, '0'],
    [-0, '0'],
    [-1250, '-1250'],
    ['é "q" \\ \n', '"é \\"q\\" \\\\ \\n"'],
  ])('writes %p as %s', (value, text) => {
    expect(canonicalize(value)).toBe(text);
  });

  it('writes instants in UTC to the second, milliseconds dropped', () => {
    expect(canonicalize(new Date('2026-12-06T09:15:42.987+01:00'))).toBe('"2026-12-06T08:15:42Z"');
    expect(canonicalInstant(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T01:00:00Z');
  });

  it.each([
    ['a float', { amount: 12.5 }, '$.amount'],
    ['NaN', [Number.NaN], '$[0]'],
    ['Infinity', { x: Infinity }, '$.x'],
    ['an unsafe integer', { x: 2 ** 53 }, '$.x'],
    ['undefined', { x: undefined }, '$.x'],
    ['a bigint', { x: 1n }, '$.x'],
    ['a function', { x: () => 1 }, '$.x'],
    ['a Map', { x: new Map() }, '$.x'],
    ['an invalid date', { x: new Date('nope') }, 'date'],
  ])('refuses %s', (_name, value, path) => {
    expect(() => canonicalize(value)).toThrow(path);
  });

  it('reads back (as jsonb would) into a value with the same canonical text', () => {
    const value = {
      at: new Date('2026-01-01T00:00:00Z'),
      lines: [{ label: 'Soin « éclat »', qty: 2 }],
      n: -3,
    };
    const text = canonicalize(value);
    expect(canonicalize(JSON.parse(text))).toBe(text);
  });
});

describe('chainHash', () => {
  it('is SHA-256 of the previous hash then the canonical text', () => {
    const expected = createHash('sha256').update(`${GENESIS_HASH}{"a":1}`).digest('hex');
    expect(chainHash(GENESIS_HASH, '{"a":1}')).toBe(expected);
  });

  it('changes with the previous hash and with one byte of the record', () => {
    const h1 = chainHash(GENESIS_HASH, '{"a":1}');
    expect(chainHash(h1, '{"a":1}')).not.toBe(h1);
    expect(chainHash(GENESIS_HASH, '{"a":2}')).not.toBe(h1);
  });

  it('refuses a previous hash that is not 64 lowercase hex digits', () => {
    expect(() => chainHash('abc', '{}')).toThrow('64');
    expect(() => chainHash(GENESIS_HASH.toUpperCase().replace(/0/g, 'A'), '{}')).toThrow('64');
  });

  it('shortHash is the first 8 hex digits in capitals', () => {
    expect(shortHash('0a1b2c3d4e5f')).toBe('0A1B2C3D');
  });
});

describe('canonicalRecord', () => {
  it('covers every field of the record', () => {
    const base = {
      tillId: 't1',
      seq: 1,
      kind: 'TICKET',
      number: 1,
      occurredAt: new Date('2026-12-06T10:00:00Z'),
      actorUserId: null,
      payload: { totalInclCents: 100 },
    };
    const text = canonicalRecord(base);
    expect(text).toBe(
      '{"actorUserId":null,"kind":"TICKET","number":1,"occurredAt":"2026-12-06T10:00:00Z","payload":{"totalInclCents":100},"seq":1,"tillId":"t1","v":1}',
    );
    for (const change of [
      { seq: 2 },
      { number: 2 },
      { kind: 'CREDIT_NOTE' },
      { actorUserId: 'u' },
      { tillId: 't2' },
    ]) {
      expect(canonicalRecord({ ...base, ...change })).not.toBe(text);
    }
  });
});
