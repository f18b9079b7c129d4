import fc from 'fast-check';
import { canonicalize, canonicalRecord } from './canonical.js';
import { CanonicalScanner, recordFrame } from './canonical-scan.js';

const scanner = new CanonicalScanner();

/** The scanner's reading of a payload text standing alone (start 0, end its length). */
const totals = (text: string) => scanner.saleTotalsAt(text, 0, text.length);

const sale = {
  clientId: 'c-1',
  lines: [
    { label: 'Soin "éclat" {visage} [30 min], \\ "tenders":[1]', quantity: 1, totalInclCents: 4500 },
    { label: 'Crème — 50 ml ✓', quantity: -2, extra: { nested: [{ a: null, b: true, c: false }] } },
  ],
  tenders: [
    { amountCents: 3000, givenCents: 5000, kind: 'CASH', note: 'rendu "2000"' },
    { amountCents: -1500, kind: 'CARD_SUMUP', reference: { id: 'x', n: [1, 2] } },
  ],
  totalInclCents: 4500,
  vatTotals: [
    { baseCents: 3750, rateBp: 2000, vatCents: 750 },
    { baseCents: 0, rateBp: 550, vatCents: 0 },
  ],
  zeta: { tenders: [], totalInclCents: 1 },
};

describe('CanonicalScanner', () => {
  it('reads the totals of a sale payload in place, skipping lines and extra keys', () => {
    expect(totals(canonicalize(sale))).toEqual({
      totalInclCents: 4500,
      vatTotals: [
        { rateBp: 2000, baseCents: 3750, vatCents: 750 },
        { rateBp: 550, baseCents: 0, vatCents: 0 },
      ],
      tenders: [
        { kind: 'CASH', amountCents: 3000 },
        { kind: 'CARD_SUMUP', amountCents: -1500 },
      ],
    });
  });

  it('reads what JSON.parse reads, whatever the labels and amounts (property)', () => {
    const cents = fc.integer({ min: -1e12, max: 1e12 });
    const payload = fc.record({
      lines: fc.array(fc.record({ label: fc.string({ unit: 'binary' }), quantity: cents })),
      tenders: fc.array(
        fc.record({ kind: fc.string({ unit: 'grapheme' }), amountCents: cents, memo: fc.string() }),
      ),
      totalInclCents: cents,
      vatTotals: fc.array(fc.record({ rateBp: cents, baseCents: cents, vatCents: cents })),
      other: fc.jsonValue().filter((v) => canonicalizable(v)),
    });
    fc.assert(
      fc.property(payload, (p) => {
        const text = canonicalize(p);
        const read = totals(text);
        const parsed = JSON.parse(text) as typeof p;
        const expected = {
          totalInclCents: parsed.totalInclCents,
          vatTotals: parsed.vatTotals,
          tenders: parsed.tenders.map((t) => ({ kind: t.kind, amountCents: t.amountCents })),
        };
        // null only when a tender kind holds an escape (the caller then parses the text).
        if (read === null)
          expect(parsed.tenders.some((t) => JSON.stringify(t.kind).includes('\\'))).toBe(true);
        else expect(read).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the last of duplicated keys, as JSON.parse and jsonb do', () => {
    expect(totals('{"tenders":[],"totalInclCents":1,"vatTotals":[],"totalInclCents":2}')).toMatchObject({
      totalInclCents: 2,
    });
  });

  it.each([
    ['a missing field', '{"tenders":[],"vatTotals":[]}'],
    ['anything after the object', '{"tenders":[],"totalInclCents":1,"vatTotals":[]},"kind":"EVENT"'],
    ['something other than an object', '[1]'],
  ])('says no to %s', (_name, text) => {
    expect(totals(text)).toBe(false);
  });

  it.each([
    ['whitespace', '{"tenders":[], "totalInclCents":1,"vatTotals":[]}'],
    ['a fraction', '{"tenders":[],"totalInclCents":1.5,"vatTotals":[]}'],
    ['an exponent', '{"tenders":[],"totalInclCents":1e3,"vatTotals":[]}'],
    ['a leading zero', '{"tenders":[],"totalInclCents":01,"vatTotals":[]}'],
    ['a VAT total with another field', '{"tenders":[],"totalInclCents":1,"vatTotals":[{"x":1}]}'],
    [
      'an escaped tender kind',
      '{"tenders":[{"amountCents":1,"kind":"C\\u0041SH"}],"totalInclCents":1,"vatTotals":[]}',
    ],
    ['a tender without its kind', '{"tenders":[{"amountCents":1}],"totalInclCents":1,"vatTotals":[]}'],
    ['text cut short', '{"tenders":[{"amountCents":1,"kind":"CASH"'],
  ])('gives up on %s (the caller parses instead)', (_name, text) => {
    expect(totals(text)).toBeNull();
  });

  it('tells whether a slice is exactly one object', () => {
    const text = '{"a":{"b":["}",{"c":"\\"{"}]},"d":1}';
    expect(scanner.isObjectAt(text, 0, text.length)).toBe(true);
    expect(scanner.isObjectAt(`${text},"kind":"EVENT"`, 0, text.length + 15)).toBe(false);
    expect(scanner.isObjectAt('"x"', 0, 3)).toBe(false);
    expect(scanner.isObjectAt('{"a": 1}', 0, 8)).toBeNull();
  });
});

describe('recordFrame', () => {
  it('is exactly the canonical text around the payload', () => {
    const record = {
      tillId: '8a1f0c9e-0000-4000-8000-000000000001',
      seq: 12,
      kind: 'TICKET',
      number: 7,
      occurredAt: new Date('2026-03-29T00:59:59Z'),
      actorUserId: '8a1f0c9e-0000-4000-8000-000000000002',
      payload: sale,
    };
    const text = canonicalRecord(record);
    const { head, tail } = recordFrame(record, record.tillId, '2026-03-29T00:59:59Z');
    expect(text).toBe(head + canonicalize(sale) + tail);
    const anonymous = { ...record, number: null, actorUserId: null, kind: 'EVENT' };
    const frame = recordFrame(anonymous, record.tillId, '2026-03-29T00:59:59Z');
    expect(canonicalRecord(anonymous)).toBe(frame.head + canonicalize(sale) + frame.tail);
  });
});

function canonicalizable(v: unknown): boolean {
  try {
    canonicalize(v);
    return true;
  } catch {
    return false;
  }
}
