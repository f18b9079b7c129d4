import {
  applyMovement,
  thresholdCrossing,
  valuationAt,
  weightedAverageCost,
  type LedgerLine,
  type StockState,
} from './stock-ledger.js';

const empty: StockState = { quantity: 0, averageCostCents: 0, lastMovementAt: null };
const opts = { allowNegative: false, now: 1_000 };

describe('weighted average cost (CUMP)', () => {
  it.each([
    // on hand, average, received, cost → new average
    [0, 0, 10, 500, 500],
    [10, 500, 10, 700, 600],
    [10, 500, 5, 800, 600],
    [3, 1000, 1, 1001, 1000], // 4001/4 = 1000.25 → 1000
    [1, 1001, 1, 1002, 1002], // 1001.5 rounds half up
    [-2, 900, 5, 400, 400], // a negative shelf carries no value
  ])('%i at %i + %i at %i → %i', (onHand, avg, qty, cost, expected) => {
    expect(weightedAverageCost(onHand, avg, qty, cost)).toBe(expected);
  });
});

describe('applyMovement', () => {
  it('a receipt sets the average; a sale keeps it and is valued at it', () => {
    const r = applyMovement(empty, { kind: 'RECEIPT', delta: 10, unitCostCents: 450 }, opts);
    expect(r).toEqual({
      ok: true,
      after: { quantity: 10, averageCostCents: 450, lastMovementAt: 1000 },
      unitCostCents: 450,
      occurredAt: 1000,
    });
    if (!r.ok) throw new Error('refused');
    const s = applyMovement(r.after, { kind: 'SALE', delta: -3 }, { ...opts, now: 2000 });
    expect(s).toMatchObject({ ok: true, after: { quantity: 7, averageCostCents: 450 }, unitCostCents: 450 });
  });

  it('refuses to go below zero unless allowed; cabin use always records', () => {
    const state: StockState = { quantity: 2, averageCostCents: 100, lastMovementAt: 0 };
    expect(applyMovement(state, { kind: 'SALE', delta: -3 }, opts)).toEqual({
      ok: false,
      reason: 'INSUFFICIENT_STOCK',
      available: 2,
    });
    expect(applyMovement(state, { kind: 'SALE', delta: -3 }, { ...opts, allowNegative: true })).toMatchObject(
      {
        ok: true,
        after: { quantity: -1 },
      },
    );
    expect(applyMovement(state, { kind: 'CABIN_USE', delta: -5 }, opts)).toMatchObject({
      ok: true,
      after: { quantity: -3 },
    });
    expect(applyMovement(state, { kind: 'SALE', delta: -2 }, opts)).toMatchObject({
      ok: true,
      after: { quantity: 0 },
    });
  });

  it('keeps a product’s movements in time order even if a clock steps back', () => {
    const state: StockState = { quantity: 5, averageCostCents: 100, lastMovementAt: 5000 };
    const r = applyMovement(state, { kind: 'LOSS', delta: -1 }, { ...opts, now: 4990 });
    expect(r).toMatchObject({ ok: true, occurredAt: 5000 });
  });
});

describe('thresholdCrossing', () => {
  it.each([
    [5, 3, false, 'NONE'],
    [3, 3, false, 'ALERT'],
    [2, 3, true, 'NONE'],
    [4, 3, true, 'RESET'],
    [0, null, false, 'NONE'],
    [0, null, true, 'RESET'],
  ] as const)('quantity %i, threshold %s, alerted %s → %s', (q, t, alerted, expected) => {
    expect(thresholdCrossing(q, t, alerted)).toBe(expected);
  });
});

describe('valuationAt', () => {
  const day = (d: number) => Date.UTC(2026, 0, d);
  // Receipts at different costs, a sale, a return, a count; then a later receipt.
  const ledger: LedgerLine[] = [
    { productId: 'A', kind: 'RECEIPT', delta: 10, unitCostCents: 500, occurredAt: day(1) },
    { productId: 'A', kind: 'SALE', delta: -4, occurredAt: day(2) },
    { productId: 'A', kind: 'RECEIPT', delta: 6, unitCostCents: 800, occurredAt: day(3) }, // (6×500+6×800)/12 = 650
    { productId: 'A', kind: 'SALE_RETURN', delta: 1, occurredAt: day(4) }, // 13 at 650
    { productId: 'A', kind: 'COUNT', delta: -2, occurredAt: day(5) }, // 11 at 650
    { productId: 'B', kind: 'RECEIPT', delta: 3, unitCostCents: 1234, occurredAt: day(2) },
    { productId: 'A', kind: 'RECEIPT', delta: 9, unitCostCents: 1000, occurredAt: day(10) },
  ];

  it('replays the ledger up to the instant', () => {
    expect(valuationAt(ledger, day(5))).toEqual([
      { productId: 'A', quantity: 11, averageCostCents: 650, valueCents: 7150 },
      { productId: 'B', quantity: 3, averageCostCents: 1234, valueCents: 3702 },
    ]);
    expect(valuationAt(ledger, day(1))).toEqual([
      { productId: 'A', quantity: 10, averageCostCents: 500, valueCents: 5000 },
    ]);
    // 11 at 650 + 9 at 1000 = 16150 / 20 = 807.5 → 808
    expect(valuationAt(ledger, day(10))[0]).toEqual({
      productId: 'A',
      quantity: 20,
      averageCostCents: 808,
      valueCents: 16160,
    });
    expect(valuationAt(ledger, day(0))).toEqual([]);
  });
});
