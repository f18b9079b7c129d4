import { buildVatReport, vatPeriod, type VatReportRows } from './vat-report.js';

/**
 * Hand-checked month (all at 20 % but one 5,5 % product):
 * - 03-02: facial 60 € (SERVICE 50 + 10), cream 36 € (PRODUCT 30 + 6), supplement 10,55 € (PRODUCT 5,5 %:
 *   10 + 0,55), a multi-purpose card 50 € (GIFT_CARD, 0 %: outside VAT); 2 transactions.
 * - 03-03: facial 90 € (75 + 15) of which 30 € from its deposit, facial 60 € paid by a single-purpose card,
 *   the cream returned (credit note −30 − 6); 3 transactions.
 * - deposits received 30 € and 12 € on 03-01, the 12 € refunded on 03-05, 60 € received on 03-05.
 * - a single-purpose card of 100 € sold online on 03-04 (83,33 + 16,67, ACCOUNTING.md case 9a').
 */
const rows: VatReportRows = {
  saleLines: [
    { date: '2026-03-02', lineKind: 'SERVICE', rateBp: 2000, baseCents: 5000, vatCents: 1000 },
    { date: '2026-03-02', lineKind: 'PRODUCT', rateBp: 2000, baseCents: 3000, vatCents: 600 },
    { date: '2026-03-02', lineKind: 'PRODUCT', rateBp: 550, baseCents: 1000, vatCents: 55 },
    { date: '2026-03-02', lineKind: 'GIFT_CARD', rateBp: 0, baseCents: 5000, vatCents: 0 },
    { date: '2026-03-03', lineKind: 'SERVICE', rateBp: 2000, baseCents: 12500, vatCents: 2500 },
    { date: '2026-03-03', lineKind: 'PRODUCT', rateBp: 2000, baseCents: -3000, vatCents: -600 },
  ],
  saleCounts: [
    { date: '2026-03-02', transactionCount: 2 },
    { date: '2026-03-03', transactionCount: 3 },
  ],
  depositsUsed: [{ date: '2026-03-03', tillId: 't1', amountCents: 3000 }],
  depositsMoved: [
    { date: '2026-03-01', amountCents: 3000 },
    { date: '2026-03-01', amountCents: 1200 },
    { date: '2026-03-05', amountCents: -1200 },
    { date: '2026-03-05', amountCents: 6000 },
  ],
  singlePurposeRedeemed: [{ date: '2026-03-03', rateBp: 2000, amountCents: 6000 }],
  singlePurposeSoldOnline: [{ date: '2026-03-04', rateBp: 2000, amountCents: 10000 }],
};
const period = { from: '2026-03-01', to: '2026-03-31' };

describe('buildVatReport', () => {
  const report = buildVatReport(period, rows, { depositTreatment: 'ACOMPTE', depositVatRateBp: 2000 });

  it('adds each source on the day its VAT is due, per rate', () => {
    expect(report.sources).toEqual([
      { source: 'DEPOSITS_RECEIVED', rateBp: 2000, baseCents: 7500, vatCents: 1500 },
      { source: 'DEPOSITS_USED', rateBp: 2000, baseCents: -2500, vatCents: -500 },
      { source: 'POS_SALES', rateBp: 2000, baseCents: 17500, vatCents: 3500 },
      { source: 'SINGLE_PURPOSE_REDEEMED', rateBp: 2000, baseCents: -5000, vatCents: -1000 },
      { source: 'SINGLE_PURPOSE_SOLD_ONLINE', rateBp: 2000, baseCents: 8333, vatCents: 1667 },
      { source: 'POS_SALES', rateBp: 550, baseCents: 1000, vatCents: 55 },
    ]);
    // 17 500 − 2 500 + 7 500 − 5 000 + 8 333; TTC 210 − 30 + 90 − 60 + 100 = 310 € = 258,33 + 51,67.
    expect(report.rates).toEqual([
      { rateBp: 2000, baseCents: 25833, vatCents: 5167 },
      { rateBp: 550, baseCents: 1000, vatCents: 55 },
    ]);
    expect(report.outsideScopeCents).toBe(5000);
  });

  it('lays the figures out as the CA3 lines', () => {
    expect(report.ca3.map((l) => [l.code, l.baseCents, l.vatCents])).toEqual([
      ['A1', 26833, null],
      ['E2', 5000, null],
      ['08', 25833, 5167],
      ['09', 1000, 55],
      ['16', null, 5222],
      ['23', null, 0],
      ['TD', null, 5222],
    ]);
  });

  it('and as the CA12 lines', () => {
    expect(report.ca12.map((l) => [l.code, l.baseCents, l.vatCents])).toEqual([
      ['5A', 25833, 5167],
      ['06', 1000, 55],
      ['04', 5000, null],
      ['16', null, 5222],
      ['TD', null, 5222],
    ]);
  });

  it('gives the B2C daily summary: goods or services, per rate, and the transactions', () => {
    expect(report.daily).toEqual([
      {
        date: '2026-03-02',
        transactionCount: 2,
        lines: [
          { category: 'GOODS', rateBp: 2000, baseCents: 3000, vatCents: 600 },
          { category: 'GOODS', rateBp: 550, baseCents: 1000, vatCents: 55 },
          { category: 'SERVICES', rateBp: 2000, baseCents: 5000, vatCents: 1000 },
        ],
      },
      {
        date: '2026-03-03',
        transactionCount: 3,
        lines: [
          { category: 'GOODS', rateBp: 2000, baseCents: -3000, vatCents: -600 },
          { category: 'SERVICES', rateBp: 2000, baseCents: 12500, vatCents: 2500 },
        ],
      },
    ]);
  });

  it('leaves deposits out when they are arrhes (no VAT before the service)', () => {
    const arrhes = buildVatReport(period, rows, { depositTreatment: 'ARRHES', depositVatRateBp: 2000 });
    expect(arrhes.rates[0]).toEqual({ rateBp: 2000, baseCents: 20833, vatCents: 4167 });
    expect(arrhes.sources.map((s) => s.source)).not.toContain('DEPOSITS_RECEIVED');
  });

  it('as arrhes, the part of a deposit a single-purpose card paid is not taxed again at the till', () => {
    const facial = {
      ...rows,
      saleLines: [{ date: '2026-03-09', lineKind: 'SERVICE', rateBp: 2000, baseCents: 7500, vatCents: 1500 }],
      depositsUsed: [{ date: '2026-03-09', tillId: 't', amountCents: 3000 }],
      depositsMoved: [],
      singlePurposeRedeemed: [],
      singlePurposeSoldOnline: [],
      singlePurposeDepositsUsed: [{ date: '2026-03-09', rateBp: 2000, amountCents: 3000 }],
    };
    const arrhes = buildVatReport(period, facial, { depositTreatment: 'ARRHES', depositVatRateBp: 2000 });
    expect(arrhes.rates).toEqual([{ rateBp: 2000, baseCents: 5000, vatCents: 1000 }]);
    // As an acompte the deposit's VAT (the card's included) is taken off once, by DEPOSITS_USED.
    const acompte = buildVatReport(period, facial, { depositTreatment: 'ACOMPTE', depositVatRateBp: 2000 });
    expect(acompte.rates).toEqual([{ rateBp: 2000, baseCents: 5000, vatCents: 1000 }]);
    expect(acompte.sources.map((x) => x.source)).not.toContain('SINGLE_PURPOSE_REDEEMED');
  });

  it('turns a month of refunds into a VAT credit (line 25)', () => {
    const refunds = buildVatReport(
      period,
      {
        ...rows,
        saleLines: [
          { date: '2026-03-09', lineKind: 'PRODUCT', rateBp: 2000, baseCents: -3000, vatCents: -600 },
        ],
        depositsUsed: [],
        depositsMoved: [],
        singlePurposeRedeemed: [],
        singlePurposeSoldOnline: [],
      },
      { depositTreatment: 'ACOMPTE', depositVatRateBp: 2000 },
    );
    expect(refunds.ca3.at(-1)).toMatchObject({ code: '25', vatCents: 600 });
  });

  it('is empty for a period without activity', () => {
    const empty = buildVatReport(
      period,
      {
        saleLines: [],
        saleCounts: [],
        depositsUsed: [],
        depositsMoved: [],
        singlePurposeRedeemed: [],
        singlePurposeSoldOnline: [],
      },
      { depositTreatment: 'ACOMPTE', depositVatRateBp: 2000 },
    );
    expect(empty).toMatchObject({ rates: [], sources: [], daily: [], outsideScopeCents: 0 });
    expect(empty.ca3.find((l) => l.code === 'TD')?.vatCents).toBe(0);
  });
});

describe('vatPeriod', () => {
  it.each([
    [
      { year: 2026, quarter: 2 },
      { from: '2026-04-01', to: '2026-06-30' },
    ],
    [
      { year: 2026, quarter: 4 },
      { from: '2026-10-01', to: '2026-12-31' },
    ],
    [
      { year: 2028, month: 2 },
      { from: '2028-02-01', to: '2028-02-29' },
    ],
    [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2026-01-01', to: '2026-12-31' },
    ],
  ])('%j → %j', (input, expected) => {
    expect(vatPeriod(input)).toEqual(expected);
  });

  it.each([
    [{}, 'period'],
    [{ from: '2026-01-01', year: 2026, month: 1 }, 'period'],
    [{ from: '2026-01-01' }, 'period.to'],
    [{ from: '2026-02-01', to: '2026-01-31' }, 'period.to'],
    [{ year: 2026 }, 'period.month'],
    [{ year: 2026, month: 1, quarter: 1 }, 'period.month'],
  ])('refuses %j (field %s)', (input, field) => {
    expect(vatPeriod(input)).toMatchObject({ field });
  });
});
