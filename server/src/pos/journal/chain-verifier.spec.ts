import { canonicalize, canonicalRecord, chainHash, GENESIS_HASH } from './canonical.js';
import { addSale, emptyTotals, periodBounds, sumTotals } from './closure-totals.js';
import { ChainVerifier, type StoredRecord, type TextRecord } from './chain-verifier.js';
import { JournalKind, NUMBERED_KINDS } from './journal-kind.js';
import type { SaleRecordPayload } from './records.js';

const TILL = 'till-1';

function sale(totalInclCents: number): SaleRecordPayload {
  return {
    lines: [
      {
        label: 'Soin',
        quantity: 1,
        unitPriceCents: totalInclCents,
        totalExclCents: totalInclCents - 100,
        vatRateBp: 2000,
        totalInclCents,
      },
    ],
    vatTotals: [{ rateBp: 2000, baseCents: totalInclCents - 100, vatCents: 100 }],
    totalInclCents,
    tenders: [{ kind: 'CASH', amountCents: totalInclCents }],
  };
}

/** Builds a chain as the writer does (numbers per kind, canonical text, hashes). */
function chain(entries: { kind: JournalKind; at: string; payload: object }[]): StoredRecord[] {
  const numbers = new Map<string, number>();
  let prev = GENESIS_HASH;
  return entries.map((e, i) => {
    const number = NUMBERED_KINDS.has(e.kind) ? (numbers.get(e.kind) ?? 0) + 1 : null;
    if (number !== null) numbers.set(e.kind, number);
    const payload = JSON.parse(canonicalize(e.payload)) as Record<string, unknown>;
    const base = {
      tillId: TILL,
      seq: i + 1,
      kind: e.kind,
      number,
      occurredAt: new Date(e.at),
      actorUserId: null,
      payload,
    };
    const canonical = canonicalRecord(base);
    const hash = chainHash(prev, canonical);
    const record = { ...base, canonical, prevHash: prev, hash };
    prev = hash;
    return record;
  });
}

function dayClosure(date: string, sales: number[], perpetualBefore: number) {
  const totals = sales.reduce((t, s) => addSale(t, JournalKind.TICKET, sale(s)), emptyTotals());
  return {
    period: 'DAY',
    firstDate: date,
    lastDate: date,
    ...totals,
    perpetualTotalCents: perpetualBefore + totals.totalInclCents,
    perpetualAbsoluteCents: perpetualBefore + totals.absoluteTotalCents,
    automatic: false,
  };
}

function run(records: StoredRecord[]) {
  const v = new ChainVerifier({
    tillId: TILL,
    firstSeq: 1,
    prevHash: GENESIS_HASH,
    lastNumbers: new Map(),
    completeFrom: null,
  });
  for (const r of records) {
    const broken = v.feed(r);
    if (broken) return { broken, v };
  }
  return { broken: null, v };
}

const honest = () =>
  chain([
    { kind: JournalKind.TICKET, at: '2026-11-02T09:00:00Z', payload: sale(1000) },
    { kind: JournalKind.TICKET, at: '2026-11-02T22:30:00Z', payload: sale(2000) }, // 23:30 Paris: still the 2nd
    {
      kind: JournalKind.CLOSURE_DAY,
      at: '2026-11-03T07:00:00Z',
      payload: dayClosure('2026-11-02', [1000, 2000], 0),
    },
    { kind: JournalKind.EVENT, at: '2026-11-03T07:01:00Z', payload: { event: 'TILL_SIGN_IN' } },
    { kind: JournalKind.TICKET, at: '2026-11-03T09:00:00Z', payload: sale(500) },
    {
      kind: JournalKind.CLOSURE_DAY,
      at: '2026-11-04T07:00:00Z',
      payload: dayClosure('2026-11-03', [500], 3000),
    },
  ]);

describe('ChainVerifier', () => {
  it('accepts an honest chain and re-adds its closures', () => {
    const { broken, v } = run(honest());
    expect(broken).toBeNull();
    expect([v.count, v.closuresChecked, v.lastSeq]).toEqual([6, 2, 6]);
  });

  it('finds a closure whose totals are not what its day adds up to, even when correctly hashed', () => {
    const entries = honest().map((r) => ({
      kind: r.kind,
      at: r.occurredAt.toISOString(),
      payload: r.payload,
    }));
    entries[2].payload = dayClosure('2026-11-02', [1000], 0);
    expect(run(chain(entries)).broken).toMatchObject({
      seq: 3,
      kind: 'CLOSURE_DAY',
      problem: expect.stringContaining('Les totaux de la clôture du 2026-11-02'),
    });
  });

  it('finds a wrong perpetual grand total', () => {
    const entries = honest().map((r) => ({
      kind: r.kind,
      at: r.occurredAt.toISOString(),
      payload: r.payload,
    }));
    entries[5].payload = dayClosure('2026-11-03', [500], 0);
    expect(run(chain(entries)).broken).toMatchObject({
      seq: 6,
      problem: expect.stringContaining('grand total perpétuel'),
    });
  });

  it('finds a numbering gap in a kind even when the chain itself is consistent', () => {
    const records = honest();
    const r = records[4];
    r.number = 4;
    r.canonical = canonicalRecord(r);
    r.hash = chainHash(r.prevHash, r.canonical);
    expect(run(records.slice(0, 5)).broken).toMatchObject({
      seq: 5,
      problem: 'Numérotation TICKET rompue : n° 3 attendu, 4 trouvé.',
    });
  });

  it.each([
    [
      'a payload changed',
      (rs: StoredRecord[]) => (rs[1].payload = { ...rs[1].payload, totalInclCents: 1 }),
      2,
      'forme canonique',
    ],
    [
      'a hash changed',
      (rs: StoredRecord[]) => (rs[1].hash = 'f'.repeat(64)),
      2,
      "L'empreinte ne correspond pas",
    ],
    [
      'a record removed',
      (rs: StoredRecord[]) => rs.splice(3, 1),
      4,
      'Enregistrement manquant : n° de séquence 4 attendu, 5 trouvé.',
    ],
    ['a record of another till', (rs: StoredRecord[]) => (rs[0].tillId = 'other'), 1, 'autre caisse'],
  ])('finds %s', (_name, spoil, seq, problem) => {
    const records = honest();
    spoil(records);
    expect(run(records).broken).toMatchObject({ seq, problem: expect.stringContaining(problem) });
  });
});

/** A record as the database walk reads it (instant as UTC text to the microsecond, no payload, no till). */
function asText(r: StoredRecord): TextRecord {
  return {
    seq: r.seq,
    kind: r.kind,
    number: r.number,
    occurredAt: r.occurredAt.toISOString().replace('Z', '000Z'),
    actorUserId: r.actorUserId,
    canonical: r.canonical,
    prevHash: r.prevHash,
    hash: r.hash,
  };
}

function runText(records: TextRecord[]) {
  const v = new ChainVerifier({
    tillId: TILL,
    firstSeq: 1,
    prevHash: GENESIS_HASH,
    lastNumbers: new Map(),
    completeFrom: null,
  });
  for (const r of records) {
    const broken = v.feedText(r);
    if (broken) return { broken, v };
  }
  return { broken: null, v };
}

/** Replaces a record's canonical text and re-hashes it (a forger who also fixed the hash). */
function forge(records: TextRecord[], index: number, text: string): TextRecord[] {
  const copy = records.map((r) => ({ ...r }));
  copy[index].canonical = text;
  copy[index].hash = chainHash(copy[index].prevHash, text);
  return copy;
}

describe('ChainVerifier over text records (the database walk)', () => {
  it('accepts an honest chain and re-adds its closures, as the full check does', () => {
    const { broken, v } = runText(honest().map(asText));
    expect(broken).toBeNull();
    expect([v.count, v.closuresChecked, v.lastSeq, v.lastHash]).toEqual([6, 2, 6, honest()[5].hash]);
  });

  it('finds a closure whose totals are not what its day adds up to', () => {
    const entries = honest().map((r) => ({
      kind: r.kind,
      at: r.occurredAt.toISOString(),
      payload: r.payload,
    }));
    entries[2].payload = dayClosure('2026-11-02', [1000], 0);
    expect(runText(chain(entries).map(asText)).broken).toMatchObject({
      seq: 3,
      problem: expect.stringContaining('Les totaux de la clôture du 2026-11-02'),
    });
  });

  const MISMATCH = 'Le contenu ne correspond plus au texte enregistré et haché (forme canonique).';
  it.each([
    ['a kind column changed', (r: TextRecord) => (r.kind = JournalKind.CREDIT_NOTE)],
    ['a number column changed', (r: TextRecord) => (r.number = 3)],
    ['an author column set', (r: TextRecord) => (r.actorUserId = '8a1f0c9e-0000-4000-8000-000000000002')],
    ['an instant moved by a second', (r: TextRecord) => (r.occurredAt = '2026-11-02T22:30:01.000000Z')],
    ['an instant moved by a microsecond', (r: TextRecord) => (r.occurredAt = '2026-11-02T22:30:00.000001Z')],
  ])('finds %s while the text and hashes are intact', (_name, spoil) => {
    const records = honest().map(asText);
    spoil(records[1]);
    expect(runText(records).broken).toEqual({ seq: 2, kind: records[1].kind, problem: MISMATCH });
  });

  it('finds a text with a key slipped after the payload (the frame no longer matches)', () => {
    const records = honest().map(asText);
    const text = records[3].canonical.replace('},"seq":4', '},"kind":"TICKET","seq":4');
    expect(runText(forge(records, 3, text)).broken).toMatchObject({ seq: 4, problem: MISMATCH });
  });

  it('finds a ticket whose payload lost its tenders, and one that is not an object', () => {
    const records = honest().map(asText);
    const noTenders = records[0].canonical.replace(/"tenders":\[[^\]]*\],/, '');
    expect(runText(forge(records, 0, noTenders)).broken).toMatchObject({
      seq: 1,
      problem: expect.stringContaining('incomplet'),
    });
    const event = records[3].canonical.replace('"payload":{"event":"TILL_SIGN_IN"}', '"payload":[1]');
    expect(runText(forge(records, 3, event)).broken).toMatchObject({ seq: 4, problem: MISMATCH });
  });

  it('reads a payload the scanner gives up on by parsing it (a tender kind with an escape)', () => {
    const entries = honest().map((r) => ({
      kind: r.kind,
      at: r.occurredAt.toISOString(),
      payload: r.payload,
    }));
    const odd = { ...sale(1000), tenders: [{ kind: 'CA"SH', amountCents: 1000 }] };
    entries[0].payload = odd;
    entries[2].payload = {
      ...dayClosure('2026-11-02', [1000, 2000], 0),
      tenders: [
        { kind: 'CA"SH', amountCents: 1000 },
        { kind: 'CASH', amountCents: 2000 },
      ],
    };
    expect(runText(chain(entries).map(asText)).broken).toBeNull();
  });
});

describe('closure totals', () => {
  it('adds tickets and credit notes per rate and tender, the absolute total counting both', () => {
    const credit = {
      ...sale(-600),
      lines: [],
      vatTotals: [{ rateBp: 2000, baseCents: -500, vatCents: -100 }],
    };
    let t = addSale(emptyTotals(), JournalKind.TICKET, sale(1000));
    t = addSale(t, JournalKind.CREDIT_NOTE, credit);
    expect(t).toEqual({
      ticketCount: 1,
      creditNoteCount: 1,
      vatTotals: [{ rateBp: 2000, baseCents: 400, vatCents: 0 }],
      tenders: [{ kind: 'CASH', amountCents: 400 }],
      totalInclCents: 400,
      absoluteTotalCents: 1600,
    });
    expect(sumTotals([t, t])).toMatchObject({
      ticketCount: 2,
      totalInclCents: 800,
      absoluteTotalCents: 3200,
    });
  });

  it.each([
    ['DAY', '2026-02-14', '2026-02-14', '2026-02-14'],
    ['MONTH', '2028-02-14', '2028-02-01', '2028-02-29'],
    ['MONTH', '2026-12-31', '2026-12-01', '2026-12-31'],
    ['YEAR', '2026-07-01', '2026-01-01', '2026-12-31'],
  ] as const)('%s of %s runs from %s to %s', (period, date, firstDate, lastDate) => {
    expect(periodBounds(period, date)).toEqual({ firstDate, lastDate });
  });
});
