import { mergeSettings } from './chart.js';
import {
  giftCardExpiryEntry,
  giftCardOnlineSaleEntry,
  giftCardRevivalEntry,
  type GiftCardExpiryFact,
  type GiftCardOnlineSaleFact,
} from './gift-card-entry.js';

const settings = mergeSettings({
  accounts: {},
  journals: {},
  fiscalYearStartMonth: 1,
  fecEncoding: 'UTF-8',
  depositTreatment: 'ACOMPTE',
  depositVatRateBp: 2000,
});
const fact = (over: Partial<GiftCardExpiryFact>): GiftCardExpiryFact => ({
  movementId: 'mv-1',
  codeLast4: 'K7QZ',
  category: 'MULTI_PURPOSE',
  vatRateBp: 0,
  amountCents: 4000,
  date: '2026-12-31',
  ...over,
});
const brief = (e: ReturnType<typeof giftCardExpiryEntry>) =>
  e?.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);

describe("giftCardExpiryEntry (ACCOUNTING.md cases 9c and 9c')", () => {
  it('9c: a multi-purpose card expiring with 40 € left → 4191x 40 / 758x 40, no VAT, in the OD journal', () => {
    const e = giftCardExpiryEntry(fact({}), settings);
    expect(brief(e)).toEqual([
      ['41911', 4000, 0],
      ['7588', 0, 4000],
    ]);
    expect(e).toMatchObject({
      journalCode: 'OD',
      entryDate: '2026-12-31',
      pieceRef: 'CC-K7QZ',
      sourceKey: 'gift-card-expiry:mv-1',
      label: 'Carte cadeau …K7QZ expirée le 31/12/2026',
    });
  });

  it("9c': a single-purpose card's remainder of 40 € releases its base 33,33 € from 487 (the VAT stays paid)", () => {
    const e = giftCardExpiryEntry(fact({ category: 'SINGLE_PURPOSE', vatRateBp: 2000 }), settings);
    expect(brief(e)).toEqual([
      ['487', 3333, 0],
      ['7588', 0, 3333],
    ]);
  });

  it('posts nothing for a card that expires empty', () => {
    expect(giftCardExpiryEntry(fact({ amountCents: 0 }), settings)).toBeNull();
  });
});

describe('giftCardRevivalEntry (an extension revives an expired card)', () => {
  it("reverses 9c' for the amount given back: 7588 / 487 on the base, its own source key", () => {
    const e = giftCardRevivalEntry(
      fact({ movementId: 'mv-ext', category: 'SINGLE_PURPOSE', vatRateBp: 2000, amountCents: 3400 }),
      settings,
    );
    expect(brief(e)).toEqual([
      ['7588', 2833, 0],
      ['487', 0, 2833],
    ]);
    expect(e).toMatchObject({ journalCode: 'OD', sourceKey: 'gift-card-revival:mv-ext' });
  });

  it('reverses 9c: 7588 40 / 4191x 40', () => {
    expect(brief(giftCardRevivalEntry(fact({}), settings))).toEqual([
      ['7588', 4000, 0],
      ['41911', 0, 4000],
    ]);
  });
});

const sold = (over: Partial<GiftCardOnlineSaleFact>): GiftCardOnlineSaleFact => ({
  orderId: 'order-1',
  orderReference: 'CC-K7QZ2M',
  codeLast4: 'K7QZ',
  category: 'MULTI_PURPOSE',
  vatRateBp: 0,
  pricePaidCents: 10000,
  provider: 'STRIPE',
  method: 'CARD_ONLINE',
  date: '2026-03-10',
  ...over,
});

describe("giftCardOnlineSaleEntry (ACCOUNTING.md cases 9a and 9a')", () => {
  it('9a: a 100 € multi-purpose card sold with Stripe → 467STR 100 / 41911 100, outside VAT', () => {
    const e = giftCardOnlineSaleEntry(sold({}), settings);
    expect(brief(e)).toEqual([
      ['467STR', 10000, 0],
      ['41911', 0, 10000],
    ]);
    expect(e).toMatchObject({
      journalCode: 'BQ',
      entryDate: '2026-03-10',
      pieceRef: 'CC-K7QZ2M',
      sourceKey: 'gift-card-order:order-1',
      label: 'Carte cadeau …K7QZ vendue en ligne (Stripe)',
    });
  });

  it("9a': a 100 € single-purpose card → 467STR 100 / 487 83,33 · 445711 16,67 (VAT due at the sale)", () => {
    expect(
      brief(giftCardOnlineSaleEntry(sold({ category: 'SINGLE_PURPOSE', vatRateBp: 2000 }), settings)),
    ).toEqual([
      ['467STR', 10000, 0],
      ['487', 0, 8333],
      ['445711', 0, 1667],
    ]);
  });

  it('on the price paid, not the face value; PayPal and a bank transfer (512) are the money side', () => {
    const paypal = giftCardOnlineSaleEntry(
      sold({ provider: 'PAYPAL', method: 'PAYPAL', pricePaidCents: 4200 }),
      settings,
    );
    expect(brief(paypal)).toEqual([
      ['467PPL', 4200, 0],
      ['41911', 0, 4200],
    ]);
    const transfer = giftCardOnlineSaleEntry(sold({ provider: 'MANUAL', method: 'BANK_TRANSFER' }), settings);
    expect(transfer?.lines[0]).toMatchObject({ accountNumber: '512', debitCents: 10000 });
    expect(transfer?.label).toBe('Carte cadeau …K7QZ vendue en ligne (virement)');
  });
});
