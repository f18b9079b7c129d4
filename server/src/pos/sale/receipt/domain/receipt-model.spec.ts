import { buildReceipt, formatEuro, formatRate, parisDateTime, type ReceiptRecord } from './receipt-model.js';
import { receiptText, RECEIPT_WIDTH } from './receipt-text.js';

const institute = {
  name: 'Institut Sérénaia',
  addressLines: ['12 rue des Lilas', '75011 Paris'],
  siret: '12345678900011',
  vatNumber: 'FR12123456789',
};

function record(overrides: Partial<ReceiptRecord> = {}): ReceiptRecord {
  return {
    kind: 'TICKET',
    number: 42,
    // 14:03:09 in Paris (winter, UTC+1).
    occurredAt: new Date('2026-12-06T13:03:09Z'),
    shortHash: 'AB12CD34',
    payload: {
      lines: [
        {
          label: 'Soin visage éclat',
          quantity: 1,
          unitPriceCents: 6000,
          discountCents: 0,
          totalExclCents: 5000,
          vatRateBp: 2000,
          totalInclCents: 6000,
        },
        {
          label: 'Tisane bio',
          quantity: 2,
          unitPriceCents: 528,
          discountCents: 0,
          totalExclCents: 1000,
          vatRateBp: 550,
          totalInclCents: 1056,
        },
      ],
      vatTotals: [
        { rateBp: 2000, baseCents: 5000, vatCents: 1000 },
        { rateBp: 550, baseCents: 1000, vatCents: 56 },
      ],
      totalInclCents: 7056,
      tenders: [
        { kind: 'CASH', amountCents: 1056, changeCents: 944 },
        { kind: 'CARD_OTHER', amountCents: 6000 },
      ],
    },
    ...overrides,
  };
}

describe('buildReceipt', () => {
  it('states every mention of a mixed-VAT ticket paid cash with change and card', () => {
    const r = buildReceipt(record(), institute, 'Accueil');
    expect(r.title).toBe('Ticket n° 42');
    expect(r.issuedAtLocal).toBe('06/12/2026 14:03:09');
    expect(r.tillName).toBe('Accueil');
    expect(r.vatTotals).toEqual([
      { rateBp: 550, baseCents: 1000, vatCents: 56, totalInclCents: 1056 },
      { rateBp: 2000, baseCents: 5000, vatCents: 1000, totalInclCents: 6000 },
    ]);
    expect(r.totalExclCents).toBe(6000);
    expect(r.totalVatCents).toBe(1056);
    expect(r.totalInclCents).toBe(7056);
    expect(r.tenders[0]).toEqual({
      kind: 'CASH',
      label: 'Espèces',
      amountCents: 1056,
      givenCents: 2000,
      changeCents: 944,
    });
    expect(r.changeCents).toBe(944);
    expect(r.duplicate).toBeNull();
    expect(r.originalNumber).toBeNull();
    expect(r.clientName).toBeNull();
  });

  it('marks a duplicate with its number and printing time', () => {
    const r = buildReceipt(record(), institute, 'Accueil', {
      number: 3,
      printedAt: new Date('2026-07-01T08:00:00Z'),
    });
    // Summer: UTC+2.
    expect(r.duplicate).toEqual({ number: 3, printedAtLocal: '01/07/2026 10:00:00' });
  });

  it('names a credit note and the ticket it credits', () => {
    const r = buildReceipt(
      record({
        kind: 'CREDIT_NOTE',
        number: 2,
        payload: { ...record().payload, originalNumber: 42, reason: 'Produit abîmé' },
      }),
      institute,
      'Accueil',
    );
    expect(r.title).toBe('Avoir n° 2');
    expect(r.originalNumber).toBe(42);
    expect(r.reason).toBe('Produit abîmé');
  });
});

describe('receipt text', () => {
  it('prints each mention within 42 columns', () => {
    const text = receiptText(
      buildReceipt(record(), institute, 'Accueil', {
        number: 1,
        printedAt: new Date('2026-12-06T14:00:00Z'),
      }),
    );
    for (const line of text) expect(line.length).toBeLessThanOrEqual(RECEIPT_WIDTH);
    const all = text.join('\n');
    for (const mention of [
      'Institut Sérénaia',
      '12 rue des Lilas',
      'SIRET 12345678900011',
      'TVA intracom. FR12123456789',
      'DUPLICATA n° 1',
      'Ticket n° 42',
      '06/12/2026 14:03:09',
      'Caisse : Accueil',
      'Tisane bio',
      '2 x 5,28 €',
      'TVA 5,5 % : HT 10,00 €',
      'TVA 0,56 €',
      'TOTAL TTC',
      '70,56 €',
      'Espèces',
      'Monnaie rendue',
      '9,44 €',
      'Empreinte AB12CD34',
    ]) {
      expect(all).toContain(mention);
    }
  });
});

describe('formats', () => {
  it.each([
    [0, '0,00 €'],
    [1, '0,01 €'],
    [123456, '1 234,56 €'],
    [-2050, '-20,50 €'],
  ])('%i cents → %s', (cents, text) => expect(formatEuro(cents)).toBe(text));

  it.each([
    [2000, '20 %'],
    [550, '5,5 %'],
    [1000, '10 %'],
  ])('%i bp → %s', (bp, text) => expect(formatRate(bp)).toBe(text));

  it('gives Paris time across the autumn change', () => {
    expect(parisDateTime(new Date('2026-10-25T00:59:59Z'))).toBe('25/10/2026 02:59:59');
    expect(parisDateTime(new Date('2026-10-25T01:00:00Z'))).toBe('25/10/2026 02:00:00');
  });
});
