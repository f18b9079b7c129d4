import { canonicalize, canonicalRecord, chainHash, GENESIS_HASH } from './canonical.js';
import { addSale, emptyTotals, periodBounds, sumTotals } from './closure-totals.js';
import { ChainVerifier, type StoredRecord } from './chain-verifier.js';
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
