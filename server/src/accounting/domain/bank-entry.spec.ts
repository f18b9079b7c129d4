import { cashBankingProblems, cashLeftProblem, openingProblems, payoutProblems } from './bank-input.js';
import {
  cashCreditEntry,
  cashDepositEntry,
  openingEntry,
  payoutEntry,
  type PayoutFact,
} from './bank-entry.js';
import { mergeSettings } from './chart.js';
import type { DraftEntry } from './entry.js';

const settings = mergeSettings({
  accounts: {},
  journals: {},
  fiscalYearStartMonth: 1,
  fecEncoding: 'UTF-8',
  depositTreatment: 'ACOMPTE',
  depositVatRateBp: 2000,
});
const brief = (e: DraftEntry) => e.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);
const payout = (over: Partial<PayoutFact>): PayoutFact => ({
  id: 'p-1',
  provider: 'STRIPE',
  providerPayoutId: 'po_123',
  paidOn: '2026-03-02',
  grossCents: 3000,
  feeCents: 70,
  netCents: 2930,
  ...over,
});

describe('payoutEntry (ACCOUNTING.md cases 8 and 8b)', () => {
  it('8: a Stripe payout of 30 € → 512 29,30 · 6278 0,70 / 467STR 30, bank journal, piece = payout id', () => {
    const e = payoutEntry(payout({}), settings);
    expect(brief(e)).toEqual([
      ['512', 2930, 0],
      ['6278', 70, 0],
      ['467STR', 0, 3000],
    ]);
    expect(e).toMatchObject({
      journalCode: 'BQ',
      entryDate: '2026-03-02',
      pieceRef: 'po_123',
      sourceKey: 'payout:p-1',
    });
  });

  it('8b: a SumUp payout of 96 € → 512 94,32 · 6278 1,68 / 5115 96', () => {
    const e = payoutEntry(
      payout({ provider: 'SUMUP', providerPayoutId: null, grossCents: 9600, feeCents: 168, netCents: 9432 }),
      settings,
    );
    expect(brief(e)).toEqual([
      ['512', 9432, 0],
      ['6278', 168, 0],
      ['5115', 0, 9600],
    ]);
    expect(e.pieceRef).toBe('VIR-SUMUP-20260302');
  });

  it('a PayPal payout without fees has no 6278 line', () => {
    const e = payoutEntry(
      payout({ provider: 'PAYPAL', grossCents: 5000, feeCents: 0, netCents: 5000 }),
      settings,
    );
    expect(brief(e)).toEqual([
      ['512', 5000, 0],
      ['467PPL', 0, 5000],
    ]);
  });
});

describe('cash banked (ACCOUNTING.md case 2)', () => {
  const cash = {
    id: 'abcdef12-0000',
    tillName: 'Comptoir',
    amountCents: 9600,
    depositedOn: '2026-03-02',
    slipRef: null,
  };
  it('the deposit: 580 96 / 531 96 in the cash journal; the credit: 512 96 / 580 96 in the bank journal', () => {
    const d = cashDepositEntry(cash, settings);
    expect(brief(d)).toEqual([
      ['580', 9600, 0],
      ['531', 0, 9600],
    ]);
    expect(d).toMatchObject({
      journalCode: 'CA',
      pieceRef: 'REM-ABCDEF12',
      sourceKey: 'cash-banking:abcdef12-0000',
    });
    const c = cashCreditEntry({ ...cash, creditedOn: '2026-03-04' }, settings);
    expect(brief(c)).toEqual([
      ['512', 9600, 0],
      ['580', 0, 9600],
    ]);
    expect(c).toMatchObject({
      journalCode: 'BQ',
      entryDate: '2026-03-04',
      sourceKey: 'cash-banking-credit:abcdef12-0000',
    });
  });
});

describe('openingEntry (AN)', () => {
  it('keeps each balance as typed, debits first, dated the first day, one source key per fiscal year', () => {
    const e = openingEntry(
      {
        firstDay: '2026-01-01',
        lines: [
          { accountNumber: '101300', accountLabel: 'Capital', debitCents: 0, creditCents: 500000 },
          { accountNumber: '512', accountLabel: 'Banque', debitCents: 480000, creditCents: 0 },
          { accountNumber: '531', accountLabel: 'Caisse', debitCents: 20000, creditCents: 0 },
        ],
      },
      settings,
    );
    expect(brief(e)).toEqual([
      ['512', 480000, 0],
      ['531', 20000, 0],
      ['101300', 0, 500000],
    ]);
    expect(e).toMatchObject({ journalCode: 'AN', entryDate: '2026-01-01', sourceKey: 'opening:2026-01-01' });
  });
});

describe('input checks (French, by field)', () => {
  const today = '2026-03-10';
  it('a payout whose net is not gross − fees names the net and the right figure', () => {
    expect(
      payoutProblems(
        { paidOn: '2026-03-02', grossCents: 3000, feeCents: 70, netCents: 2900, providerPayoutId: null },
        today,
      ),
    ).toEqual([
      { field: 'input.netCents', message: 'Le net doit être égal au brut moins les frais : 29,30 €.' },
    ]);
  });
  it('a payout in the future, with negative fees and a bad reference: each field its message', () => {
    const fields = payoutProblems(
      { paidOn: '2026-03-11', grossCents: 3000, feeCents: -1, netCents: 3001, providerPayoutId: 'po 1' },
      today,
    ).map((p) => p.field);
    expect(fields).toEqual(['input.paidOn', 'input.feeCents', 'input.providerPayoutId']);
  });
  it('a right payout has no problem', () => {
    expect(
      payoutProblems(
        { paidOn: today, grossCents: 9600, feeCents: 168, netCents: 9432, providerPayoutId: 'po_1' },
        today,
      ),
    ).toEqual([]);
  });
  it('a cash banking credited before its deposit, or of nothing', () => {
    expect(
      cashBankingProblems({ amountCents: 0, depositedOn: '2026-03-05', creditedOn: '2026-03-04' }, today).map(
        (p) => p.field,
      ),
    ).toEqual(['input.amountCents', 'input.creditedOn']);
  });
  it('cannot bank more than the cash counted and not yet banked', () => {
    expect(cashLeftProblem(9600, 9600)).toBeNull();
    expect(cashLeftProblem(9600, null)).toBeNull();
    expect(cashLeftProblem(9601, 9600)?.message).toContain('96,00 €');
  });
  it('an opening entry must balance, each line one-sided, accounts valid', () => {
    expect(
      openingProblems([
        { accountNumber: '512', debitCents: 1000, creditCents: 0 },
        { accountNumber: '101', debitCents: 0, creditCents: 900 },
      ]),
    ).toEqual([
      { field: 'input.lines', message: "L'écriture n'est pas équilibrée : débit 10,00 €, crédit 9,00 €." },
    ]);
    expect(
      openingProblems([
        { accountNumber: '9ZZ', debitCents: 1000, creditCents: 0 },
        { accountNumber: '101', debitCents: 5, creditCents: 5 },
      ]).map((p) => p.field),
    ).toEqual(['input.lines.0.accountNumber', 'input.lines.1.debitCents']);
  });
});
