import { mergeSettings, type DepositTreatment } from './chart.js';
import { depositForfeitEntry, depositReceivedEntry, depositRefundedEntry } from './deposit-entry.js';
import type { DraftEntry } from './entry.js';

const settings = (depositTreatment: DepositTreatment = 'ACOMPTE') =>
  mergeSettings({
    accounts: {},
    journals: {},
    fiscalYearStartMonth: 1,
    fecEncoding: 'UTF-8',
    depositTreatment,
    depositVatRateBp: 2000,
  });
const money = (over: Partial<Parameters<typeof depositReceivedEntry>[0]> = {}) => ({
  id: '5f1c2a9e-0b7d-4c3e-9a11-2b3c4d5e6f70',
  provider: 'STRIPE',
  method: 'CARD_ONLINE',
  amountCents: 3000,
  date: '2026-03-10',
  ...over,
});
const brief = (e: DraftEntry | null) => e?.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);

describe('deposit entries (ACCOUNTING.md cases 5a, 6, 6b)', () => {
  it('5a: a 30 € Stripe deposit as an acompte → 467STR 30 / 4191 25 · 445711 5, in the bank journal', () => {
    const e = depositReceivedEntry(money(), settings());
    expect(brief(e)).toEqual([
      ['467STR', 3000, 0],
      ['4191', 0, 2500],
      ['445711', 0, 500],
    ]);
    expect(e).toMatchObject({
      journalCode: 'BQ',
      entryDate: '2026-03-10',
      pieceRef: 'AC-5F1C2A9E',
      label: 'Acompte reçu (Stripe)',
      sourceKey: 'deposit-received:5f1c2a9e-0b7d-4c3e-9a11-2b3c4d5e6f70',
    });
  });

  it('5a as arrhes: no VAT on receipt, 4191 holds the whole amount', () => {
    expect(brief(depositReceivedEntry(money(), settings('ARRHES')))).toEqual([
      ['467STR', 3000, 0],
      ['4191', 0, 3000],
    ]);
  });

  it('each provider has its clearing account; money recorded by staff goes to cash or the bank', () => {
    const first = (provider: string, method: string) =>
      depositReceivedEntry(money({ provider, method }), settings())?.lines[0].accountNumber;
    expect(first('PAYPAL', 'PAYPAL')).toBe('467PPL');
    expect(first('SIMULATED', 'CARD_ONLINE')).toBe('467SIM');
    expect(first('SUMUP', 'CARD_TERMINAL')).toBe('467SUM');
    expect(first('MANUAL', 'CASH')).toBe('531');
    expect(first('MANUAL', 'BANK_TRANSFER')).toBe('512');
  });

  it('a deposit paid online with a gift card: the card pays (41911 30 / 4191 25 · 445711 5), not a suspense account', () => {
    const e = depositReceivedEntry(money({ provider: 'GIFT_CARD', method: 'GIFT_CARD' }), settings());
    expect(brief(e)).toEqual([
      ['41911', 3000, 0],
      ['4191', 0, 2500],
      ['445711', 0, 500],
    ]);
    expect(e?.label).toBe('Acompte reçu (carte cadeau)');
  });

  it('6: the refund turns the receipt over (credit note, VAT reversed) → 4191 25 · 445711 5 / 467STR 30', () => {
    const e = depositRefundedEntry(money({ id: 'aa11bb22-0000-0000-0000-000000000000' }), settings());
    expect(brief(e)).toEqual([
      ['4191', 2500, 0],
      ['445711', 500, 0],
      ['467STR', 0, 3000],
    ]);
    expect(e).toMatchObject({
      journalCode: 'BQ',
      pieceRef: 'AV-AA11BB22',
      sourceKey: 'deposit-refunded:aa11bb22-0000-0000-0000-000000000000',
    });
  });

  it('6, partly: a 10 € refund of the deposit reverses its share of VAT', () => {
    expect(brief(depositRefundedEntry(money({ amountCents: 1000 }), settings()))).toEqual([
      ['4191', 833, 0],
      ['445711', 167, 0],
      ['467STR', 0, 1000],
    ]);
  });

  it('6b as arrhes: the forfeit is an indemnity outside VAT → 4191 30 / 7581 30 (no VAT was booked)', () => {
    const e = depositForfeitEntry(
      { bookingId: 'b0b0b0b0-1111-2222-3333-444444444444', amountCents: 3000, date: '2026-03-12' },
      settings('ARRHES'),
    );
    expect(brief(e)).toEqual([
      ['4191', 3000, 0],
      ['7581', 0, 3000],
    ]);
    expect(e).toMatchObject({
      journalCode: 'OD',
      pieceRef: 'RDV-B0B0B0B0',
      sourceKey: 'deposit-forfeit:b0b0b0b0-1111-2222-3333-444444444444',
    });
  });

  it('a no-show keeping an acompte: its VAT stays due, its base becomes service revenue → 4191 25 / 706 25', () => {
    const e = depositForfeitEntry({ bookingId: 'b', amountCents: 3000, date: '2026-03-12' }, settings());
    expect(brief(e)).toEqual([
      ['4191', 2500, 0],
      ['706', 0, 2500],
    ]);
  });

  it('posts nothing for nothing received, refunded or kept', () => {
    expect(depositReceivedEntry(money({ amountCents: 0 }), settings())).toBeNull();
    expect(depositRefundedEntry(money({ amountCents: 0 }), settings())).toBeNull();
    expect(
      depositForfeitEntry({ bookingId: 'b', amountCents: 0, date: '2026-03-12' }, settings()),
    ).toBeNull();
  });
});
