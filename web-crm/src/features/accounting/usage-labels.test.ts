import { describe, expect, it } from '@jest/globals';
import { accountUsage, journalUsage } from './usage-labels';

describe('usage labels of the chart of accounts', () => {
  it.each([
    ['revenue.SERVICE', 'Ventes : prestations'],
    ['tender.CASH', 'Encaissement : espèces'],
    ['provider.STRIPE', 'Passage Stripe'],
    ['provider.GIFT_CARD', 'Acomptes payés par carte cadeau'],
    ['vat.2000', 'TVA 20 %'],
    ['vat.550', 'TVA 5,5 %'],
    ['vat.OTHER', 'TVA (autre taux)'],
    ['deposits', 'Acomptes reçus'],
    ['something.new', 'something.new'],
  ])('%s → %s', (key, label) => {
    expect(accountUsage(key)).toBe(label);
  });

  it('names the journals, and keeps an unknown key', () => {
    expect(journalUsage('sales')).toBe('Journal des ventes');
    expect(journalUsage('extra')).toBe('extra');
  });
});
