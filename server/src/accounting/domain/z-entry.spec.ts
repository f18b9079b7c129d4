import { DEFAULT_ACCOUNTS, DEFAULT_JOURNALS, mergeSettings, type AccountingSettings } from './chart.js';
import { assertBalanced, linesOf, UnbalancedEntryError } from './entry.js';
import type { TenderSource } from './tender-books.js';
import { dayClosureEntry, type DayClosureFacts } from './z-entry.js';

const settings = (over: Partial<AccountingSettings> = {}): AccountingSettings => ({
  ...mergeSettings({
    accounts: {},
    journals: {},
    fiscalYearStartMonth: 1,
    fecEncoding: 'UTF-8',
    depositTreatment: 'ACOMPTE',
    depositVatRateBp: 2000,
  }),
  ...over,
});

/** Facial 60 € TTC (50 + 10) and cream 36 € TTC (30 + 6), the ACCOUNTING.md sample ticket. */
const sampleDay = (tenders: { kind: string; amountCents: number }[]): DayClosureFacts => ({
  closureRecordId: 'rec-1',
  tillName: 'Accueil',
  zNumber: 7,
  date: '2026-11-02',
  revenue: [
    { lineKind: 'SERVICE', rateBp: 2000, baseCents: 5000 },
    { lineKind: 'PRODUCT', rateBp: 2000, baseCents: 3000 },
  ],
  vatTotals: [{ rateBp: 2000, baseCents: 8000, vatCents: 1600 }],
  tenders,
});

interface CardPart {
  category: 'SINGLE_PURPOSE' | 'MULTI_PURPOSE';
  vatRateBp: number;
  amountCents: number;
}
/** The gift-card module's split of the day's GIFT_CARD tenders, as tender sources. */
const cardSources = (cards: CardPart[]): TenderSource[] =>
  cards.map((c) => ({
    tenderKind: 'GIFT_CARD',
    voucherCategory: c.category,
    vatRateBp: c.vatRateBp,
    amountCents: c.amountCents,
  }));

const brief = (e: ReturnType<typeof dayClosureEntry>) =>
  e?.lines.map((l) => [l.accountNumber, l.debitCents, l.creditCents]);

describe('dayClosureEntry (ACCOUNTING.md sample entries)', () => {
  it('case 1: card on the SumUp reader → 5115 96 / 706 50 · 707 30 · 445711 16', () => {
    const e = dayClosureEntry(sampleDay([{ kind: 'CARD_TERMINAL', amountCents: 9600 }]), settings());
    expect(brief(e)).toEqual([
      ['5115', 9600, 0],
      ['707', 0, 3000],
      ['706', 0, 5000],
      ['445711', 0, 1600],
    ]);
    expect(e).toMatchObject({
      journalCode: 'VE',
      journalLabel: 'Ventes',
      entryDate: '2026-11-02',
      pieceRef: 'Z7',
      pieceDate: '2026-11-02',
      sourceKey: 'pos-z:rec-1',
      label: 'Z n° 7 Accueil du 02/11/2026',
    });
  });

  it('case 2: the same ticket paid cash → 531 96', () => {
    const e = dayClosureEntry(sampleDay([{ kind: 'CASH', amountCents: 9600 }]), settings());
    expect(brief(e)?.[0]).toEqual(['531', 9600, 0]);
  });

  it('case 4 without the card: split cash + card → one debit per tender account', () => {
    const e = dayClosureEntry(
      sampleDay([
        { kind: 'CASH', amountCents: 6000 },
        { kind: 'CARD_OTHER', amountCents: 3600 },
      ]),
      settings(),
    );
    expect(brief(e)?.slice(0, 2)).toEqual([
      ['531', 6000, 0],
      ['5115', 3600, 0],
    ]);
  });

  it('case 5b: a 30 € deposit (acompte) on a 90 € facial → 5115 60 · 4191 25 / 706 75 · 445711 10', () => {
    const e = dayClosureEntry(
      {
        ...sampleDay([
          { kind: 'DEPOSIT', amountCents: 3000 },
          { kind: 'CARD_TERMINAL', amountCents: 6000 },
        ]),
        revenue: [{ lineKind: 'SERVICE', rateBp: 2000, baseCents: 7500 }],
        vatTotals: [{ rateBp: 2000, baseCents: 7500, vatCents: 1500 }],
      },
      settings(),
    );
    expect(brief(e)).toEqual([
      ['4191', 2500, 0],
      ['5115', 6000, 0],
      ['706', 0, 7500],
      ['445711', 0, 1000],
    ]);
  });

  it('a deposit treated as arrhes had no VAT on receipt: 4191 takes the whole 30 €', () => {
    const e = dayClosureEntry(
      {
        ...sampleDay([
          { kind: 'DEPOSIT', amountCents: 3000 },
          { kind: 'CARD_TERMINAL', amountCents: 6000 },
        ]),
        revenue: [{ lineKind: 'SERVICE', rateBp: 2000, baseCents: 7500 }],
        vatTotals: [{ rateBp: 2000, baseCents: 7500, vatCents: 1500 }],
      },
      settings({ depositTreatment: 'ARRHES' }),
    );
    expect(brief(e)).toEqual([
      ['4191', 3000, 0],
      ['5115', 6000, 0],
      ['706', 0, 7500],
      ['445711', 0, 1500],
    ]);
  });

  it('arrhes a single-purpose card paid (10 of 30 €): 4191 takes its base only, the day declares its VAT once', () => {
    const e = dayClosureEntry(
      {
        ...sampleDay([
          { kind: 'DEPOSIT', amountCents: 3000 },
          { kind: 'CARD_TERMINAL', amountCents: 6000 },
        ]),
        revenue: [{ lineKind: 'SERVICE', rateBp: 2000, baseCents: 7500 }],
        vatTotals: [{ rateBp: 2000, baseCents: 7500, vatCents: 1500 }],
        tenderSources: [
          { tenderKind: 'DEPOSIT', voucherCategory: 'SINGLE_PURPOSE', vatRateBp: 2000, amountCents: 1000 },
        ],
      },
      settings({ depositTreatment: 'ARRHES' }),
    );
    // 4191: 833 (the card's base, its 167 VAT declared at the card's sale) + 2000 (Stripe, whole).
    expect(brief(e)).toEqual([
      ['4191', 2833, 0],
      ['5115', 6000, 0],
      ['706', 0, 7500],
      ['445711', 0, 1333],
    ]);
    // As an acompte the deposit's VAT was declared on receipt, whoever paid it: the source changes nothing.
    const acompte = dayClosureEntry(
      {
        ...sampleDay([
          { kind: 'DEPOSIT', amountCents: 3000 },
          { kind: 'CARD_TERMINAL', amountCents: 6000 },
        ]),
        revenue: [{ lineKind: 'SERVICE', rateBp: 2000, baseCents: 7500 }],
        vatTotals: [{ rateBp: 2000, baseCents: 7500, vatCents: 1500 }],
        tenderSources: [
          { tenderKind: 'DEPOSIT', voucherCategory: 'SINGLE_PURPOSE', vatRateBp: 2000, amountCents: 1000 },
        ],
      },
      settings(),
    );
    expect(brief(acompte)).toEqual([
      ['4191', 2500, 0],
      ['5115', 6000, 0],
      ['706', 0, 7500],
      ['445711', 0, 1000],
    ]);
  });

  /** The facial alone: 60 € TTC (50 + 10). */
  const facial = (tenders: DayClosureFacts['tenders'], cards: CardPart[]): DayClosureFacts => ({
    ...sampleDay(tenders),
    revenue: [{ lineKind: 'SERVICE', rateBp: 2000, baseCents: 5000 }],
    vatTotals: [{ rateBp: 2000, baseCents: 5000, vatCents: 1000 }],
    tenderSources: cardSources(cards),
  });

  it('case 3: a facial paid with a multi-purpose card → 4191x 60 / 706 50 · 445711 10', () => {
    const e = dayClosureEntry(
      facial(
        [{ kind: 'GIFT_CARD', amountCents: 6000 }],
        [{ category: 'MULTI_PURPOSE', vatRateBp: 0, amountCents: 6000 }],
      ),
      settings(),
    );
    expect(brief(e)).toEqual([
      ['41911', 6000, 0],
      ['706', 0, 5000],
      ['445711', 0, 1000],
    ]);
  });

  it('case 3b: a facial paid with a single-purpose card → 487 50 / 706 50 (its VAT was paid at the sale)', () => {
    const e = dayClosureEntry(
      facial(
        [{ kind: 'GIFT_CARD', amountCents: 6000 }],
        [{ category: 'SINGLE_PURPOSE', vatRateBp: 2000, amountCents: 6000 }],
      ),
      settings(),
    );
    expect(brief(e)).toEqual([
      ['487', 5000, 0],
      ['706', 0, 5000],
    ]);
  });

  it('case 4: 40 € multi-purpose card + 20 € cash + 36 € card → 4191x 40 · 531 20 · 5115 36', () => {
    const e = dayClosureEntry(
      {
        ...sampleDay([
          { kind: 'CARD_TERMINAL', amountCents: 3600 },
          { kind: 'CASH', amountCents: 2000 },
          { kind: 'GIFT_CARD', amountCents: 4000 },
        ]),
        tenderSources: cardSources([{ category: 'MULTI_PURPOSE', vatRateBp: 0, amountCents: 4000 }]),
      },
      settings(),
    );
    expect(brief(e)).toEqual([
      ['5115', 3600, 0],
      ['531', 2000, 0],
      ['41911', 4000, 0],
      ['707', 0, 3000],
      ['706', 0, 5000],
      ['445711', 0, 1600],
    ]);
  });

  it('a card tender the split does not explain is booked on the mapped tender.GIFT_CARD account', () => {
    const e = dayClosureEntry(
      facial(
        [{ kind: 'GIFT_CARD', amountCents: 6000 }],
        [{ category: 'SINGLE_PURPOSE', vatRateBp: 2000, amountCents: 1200 }],
      ),
      settings(),
    );
    expect(brief(e)).toEqual([
      ['487', 1000, 0],
      ['41911', 4800, 0],
      ['706', 0, 5000],
      ['445711', 0, 800],
    ]);
  });

  it("cases 9a/9a' at the till: a 100 € card sold is a liability — 4191x (outside VAT) or 487 + VAT", () => {
    const multi = dayClosureEntry(
      {
        ...sampleDay([{ kind: 'CARD_TERMINAL', amountCents: 10000 }]),
        revenue: [{ lineKind: 'GIFT_CARD', rateBp: 0, baseCents: 10000 }],
        vatTotals: [{ rateBp: 0, baseCents: 10000, vatCents: 0 }],
      },
      settings(),
    );
    expect(brief(multi)).toEqual([
      ['5115', 10000, 0],
      ['41911', 0, 10000],
    ]);
    const single = dayClosureEntry(
      {
        ...sampleDay([{ kind: 'CARD_TERMINAL', amountCents: 10000 }]),
        revenue: [{ lineKind: 'GIFT_CARD', rateBp: 2000, baseCents: 8333 }],
        vatTotals: [{ rateBp: 2000, baseCents: 8333, vatCents: 1667 }],
      },
      settings(),
    );
    expect(brief(single)).toEqual([
      ['5115', 10000, 0],
      ['487', 0, 8333],
      ['445711', 0, 1667],
    ]);
  });

  it("the accountant's gift-card accounts apply to cards sold (revenue lines) and redeemed (tenders) alike", () => {
    const remapped = settings({
      accounts: {
        ...DEFAULT_ACCOUNTS,
        giftCardsSinglePurpose: { number: '4870', label: 'Bons mono-usage' },
        giftCardsMultiPurpose: { number: '41912', label: 'Bons multi-usages' },
      },
    });
    const e = dayClosureEntry(
      {
        ...sampleDay([
          { kind: 'CASH', amountCents: 10000 },
          { kind: 'GIFT_CARD', amountCents: 6000 },
        ]),
        revenue: [
          { lineKind: 'GIFT_CARD', rateBp: 0, baseCents: 10000 },
          { lineKind: 'SERVICE', rateBp: 2000, baseCents: 5000 },
        ],
        vatTotals: [
          { rateBp: 2000, baseCents: 5000, vatCents: 1000 },
          { rateBp: 0, baseCents: 10000, vatCents: 0 },
        ],
        tenderSources: cardSources([{ category: 'SINGLE_PURPOSE', vatRateBp: 2000, amountCents: 6000 }]),
      },
      remapped,
    );
    expect(brief(e)).toEqual([
      ['531', 10000, 0],
      ['4870', 5000, 0],
      ['41912', 0, 10000],
      ['706', 0, 5000],
    ]);
  });

  it('case 7: a day with only a cash refund turns sides → 707 30 · 445711 6 / 531 36', () => {
    const e = dayClosureEntry(
      {
        ...sampleDay([{ kind: 'CASH', amountCents: -3600 }]),
        revenue: [{ lineKind: 'PRODUCT', rateBp: 2000, baseCents: -3000 }],
        vatTotals: [{ rateBp: 2000, baseCents: -3000, vatCents: -600 }],
      },
      settings(),
    );
    expect(brief(e)).toEqual([
      ['707', 3000, 0],
      ['445711', 600, 0],
      ['531', 0, 3600],
    ]);
  });

  it('keeps one revenue line per account and rate, one VAT line per rate, and uses remapped accounts', () => {
    const e = dayClosureEntry(
      {
        ...sampleDay([{ kind: 'CHEQUE', amountCents: 7655 }]),
        revenue: [
          { lineKind: 'SERVICE', rateBp: 2000, baseCents: 5000 },
          { lineKind: 'PRODUCT', rateBp: 550, baseCents: 2000 },
        ],
        vatTotals: [
          { rateBp: 550, baseCents: 2000, vatCents: 110 },
          { rateBp: 2000, baseCents: 5000, vatCents: 1000 },
        ],
        tenders: [{ kind: 'CHEQUE', amountCents: 8110 }],
      },
      settings({
        accounts: { ...DEFAULT_ACCOUNTS, 'revenue.SERVICE': { number: '7061', label: 'Soins' } },
      }),
    );
    expect(brief(e)).toEqual([
      ['5112', 8110, 0],
      ['707', 0, 2000],
      ['7061', 0, 5000],
      ['445711', 0, 1000],
      ['445713', 0, 110],
    ]);
    expect(DEFAULT_JOURNALS.sales.code).toBe('VE');
  });

  it('a day whose sales cancel out posts nothing; an unknown tender goes to the suspense account', () => {
    expect(
      dayClosureEntry({ ...sampleDay([]), revenue: [], vatTotals: [], tenders: [] }, settings()),
    ).toBeNull();
    const e = dayClosureEntry(sampleDay([{ kind: 'LOYALTY_POINTS', amountCents: 9600 }]), settings());
    expect(brief(e)?.[0]).toEqual(['471', 9600, 0]);
  });

  it('refuses a Z whose lines do not add up to its VAT bases, or an unbalanced set of movements', () => {
    expect(() =>
      dayClosureEntry(
        {
          ...sampleDay([{ kind: 'CASH', amountCents: 9600 }]),
          vatTotals: [{ rateBp: 2000, baseCents: 8001, vatCents: 1599 }],
        },
        settings(),
      ),
    ).toThrow('add up to 8000, not 8001');
    expect(() =>
      linesOf([
        { key: 'a', accountNumber: '531', accountLabel: 'Caisse', label: 'x', amountCents: 100 },
        { key: 'b', accountNumber: '706', accountLabel: 'P', label: 'x', amountCents: -99 },
      ]),
    ).toThrow(UnbalancedEntryError);
    expect(() => assertBalanced([{ debitCents: 5, creditCents: 5 }])).toThrow('never both');
  });
});
