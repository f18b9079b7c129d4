import { mergeSettings } from './chart.js';
import { giftCardExpiryEntry, giftCardRevivalEntry, type GiftCardExpiryFact } from './gift-card-entry.js';

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
