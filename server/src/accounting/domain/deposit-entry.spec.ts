import { mergeSettings, type DepositTreatment } from './chart.js';
import {
  depositForfeitEntry,
  depositReceivedEntry,
  depositRefundedEntry,
  forfeitedDepositRefundedEntry,
} from './deposit-entry.js';
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

  it('a deposit paid with a single-purpose card (VAT paid at its sale): 487 25 / 4191 25, no VAT again', () => {
    const voucher = { category: 'SINGLE_PURPOSE' as const, vatRateBp: 2000 };
    const paid = money({ provider: 'GIFT_CARD', method: 'GIFT_CARD', voucher });
    expect(brief(depositReceivedEntry(paid, settings()))).toEqual([
      ['487', 2500, 0],
      ['4191', 0, 2500],
    ]);
    // Given back to the card: the same lines turned over.
    expect(brief(depositRefundedEntry(paid, settings()))).toEqual([
      ['4191', 2500, 0],
      ['487', 0, 2500],
    ]);
    // As arrhes too: the card's VAT stays declared from its sale (the Z of the service takes it as prepaid,
    // tender-books.ts), so 4191 holds the base and 44571x does not move.
    expect(brief(depositReceivedEntry(paid, settings('ARRHES')))).toEqual([
      ['487', 2500, 0],
      ['4191', 0, 2500],
    ]);
    expect(brief(depositRefundedEntry(paid, settings('ARRHES')))).toEqual([
      ['4191', 2500, 0],
      ['487', 0, 2500],
    ]);
  });

  it('a deposit paid with a multi-purpose card: 41911 30 / 4191 25 · 445711 5 (VAT due now, on the price paid)', () => {
    const voucher = { category: 'MULTI_PURPOSE' as const, vatRateBp: 0 };
    expect(
      brief(depositReceivedEntry(money({ provider: 'GIFT_CARD', method: 'GIFT_CARD', voucher }), settings())),
    ).toEqual([
      ['41911', 3000, 0],
      ['4191', 0, 2500],
      ['445711', 0, 500],
    ]);
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

  it('6, in three 10 € refunds: split cumulatively, they add up to the receipt 25 + 5 exactly', () => {
    const refunds = [0, 1000, 2000].map((before) =>
      depositRefundedEntry(money({ amountCents: 1000, refundedBeforeCents: before }), settings()),
    );
    expect(refunds.map(brief)).toEqual([
      [
        ['4191', 833, 0],
        ['445711', 167, 0],
        ['467STR', 0, 1000],
      ],
      [
        ['4191', 834, 0],
        ['445711', 166, 0],
        ['467STR', 0, 1000],
      ],
      [
        ['4191', 833, 0],
        ['445711', 167, 0],
        ['467STR', 0, 1000],
      ],
    ]);
  });

  it('any sequence of partial refunds reverses exactly the receipt split (7 € deposit at 20 %, 5.5 %)', () => {
    for (const rate of [2000, 550]) {
      const s = { ...settings(), depositVatRateBp: rate };
      const receipt = depositReceivedEntry(money({ amountCents: 700 }), s)!;
      let before = 0;
      const totals = new Map<string, number>();
      for (const part of [1, 1, 3, 2]) {
        const e = depositRefundedEntry(money({ amountCents: part * 100, refundedBeforeCents: before }), s)!;
        before += part * 100;
        for (const l of e.lines)
          totals.set(l.accountNumber, (totals.get(l.accountNumber) ?? 0) + l.debitCents - l.creditCents);
      }
      for (const l of receipt.lines) expect(totals.get(l.accountNumber)).toBe(l.creditCents - l.debitCents);
    }
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

  it('a no-show after a 10 € refund keeps what is left on 4191 to the cent (2500 − 833), not split(20 €)', () => {
    const e = depositForfeitEntry(
      {
        bookingId: 'b',
        amountCents: 2000,
        deposits: [{ paidCents: 3000, refundedCents: 1000 }],
        date: '2026-03-12',
      },
      settings(),
    );
    expect(brief(e)).toEqual([
      ['4191', 1667, 0],
      ['706', 0, 1667],
    ]);
  });

  it('a refund after the no-show kept the deposit reverses the forfeit’s income, not 4191', () => {
    const refund = money({ amountCents: 3000 });
    expect(brief(forfeitedDepositRefundedEntry(refund, settings()))).toEqual([
      ['706', 2500, 0],
      ['445711', 500, 0],
      ['467STR', 0, 3000],
    ]);
    expect(brief(forfeitedDepositRefundedEntry(refund, settings('ARRHES')))).toEqual([
      ['7581', 3000, 0],
      ['467STR', 0, 3000],
    ]);
  });

  it('arrhes paid by a single-purpose card, then a no-show: that part is revenue (its base), the rest 7581', () => {
    // 30 € paid by a 20 % card (4191 holds its 25 € base) + 20 € by Stripe (4191 holds 20 €).
    const e = depositForfeitEntry(
      {
        bookingId: 'b',
        amountCents: 5000,
        deposits: [
          { paidCents: 3000, refundedCents: 0, prepaidVatRateBp: 2000 },
          { paidCents: 2000, refundedCents: 0, prepaidVatRateBp: null },
        ],
        date: '2026-03-12',
      },
      settings('ARRHES'),
    );
    expect(brief(e)).toEqual([
      ['4191', 4500, 0],
      ['706', 0, 2500],
      ['7581', 0, 2000],
    ]);
    // The card's VAT over its life: 500 at its sale, nothing at the receipt nor at the forfeit.
    const voucher = { category: 'SINGLE_PURPOSE' as const, vatRateBp: 2000 };
    const receipt = depositReceivedEntry(
      money({ provider: 'GIFT_CARD', method: 'GIFT_CARD', voucher }),
      settings('ARRHES'),
    );
    const sumOf = (account: string, ...xs: (DraftEntry | null)[]) =>
      xs
        .flatMap((x) => x?.lines ?? [])
        .filter((l) => l.accountNumber === account)
        .reduce((sum, l) => sum + l.creditCents - l.debitCents, 0);
    expect(500 + sumOf('445711', receipt, e)).toBe(500);
    // 4191: the card's receipt put its base there, the forfeit takes it out with the Stripe 20 €.
    const stripe = depositReceivedEntry(money({ amountCents: 2000 }), settings('ARRHES'));
    expect(sumOf('4191', receipt, stripe, e)).toBe(0);
  });

  it('arrhes partly refunded to the card, then kept: 4191 holds each base to the cent', () => {
    const e = depositForfeitEntry(
      {
        bookingId: 'b',
        amountCents: 2000,
        deposits: [{ paidCents: 3000, refundedCents: 1000, prepaidVatRateBp: 2000 }],
        date: '2026-03-12',
      },
      settings('ARRHES'),
    );
    // Receipt 2500 on 4191, refund of 10 € takes 833 back: 1667 left, all services revenue.
    expect(brief(e)).toEqual([
      ['4191', 1667, 0],
      ['706', 0, 1667],
    ]);
  });

  it('a refund to the card after such arrhes were kept: 706 25 / 487 25 (the card keeps its VAT declared)', () => {
    const voucher = { category: 'SINGLE_PURPOSE' as const, vatRateBp: 2000 };
    const refund = money({ provider: 'GIFT_CARD', method: 'GIFT_CARD', voucher, amountCents: 3000 });
    expect(brief(forfeitedDepositRefundedEntry(refund, settings('ARRHES')))).toEqual([
      ['706', 2500, 0],
      ['487', 0, 2500],
    ]);
  });

  it('an acompte paid by a single-purpose card: kept, only its base goes to 706 (no 7581, no VAT twice)', () => {
    const e = depositForfeitEntry(
      {
        bookingId: 'b',
        amountCents: 3000,
        deposits: [{ paidCents: 3000, refundedCents: 0, prepaidVatRateBp: 2000 }],
        date: '2026-03-12',
      },
      settings(),
    );
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
