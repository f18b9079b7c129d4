import { saleRulesForm, saleRulesInput, validateSaleRules } from './sale-settings-form';

describe('sale rules form', () => {
  it('shows basis points as a percent and cents as euros, and reads them back', () => {
    const form = saleRulesForm({ staffMaxDiscountBp: 1250, staffMaxCreditNoteCents: 4990 });
    expect(form).toEqual({ discountPercent: '12,5', creditNoteEuros: '49,90' });
    expect(saleRulesInput(form)).toEqual({ staffMaxDiscountBp: 1250, staffMaxCreditNoteCents: 4990 });
    expect(saleRulesInput({ discountPercent: '20 %', creditNoteEuros: '50' })).toEqual({
      staffMaxDiscountBp: 2000,
      staffMaxCreditNoteCents: 5000,
    });
  });

  it.each([
    [
      { discountPercent: '100,01', creditNoteEuros: '50' },
      { discountPercent: 'La remise maximale ne peut pas dépasser 100 %.' },
    ],
    [
      { discountPercent: '-5', creditNoteEuros: '50' },
      { discountPercent: 'La remise maximale ne peut pas être négative.' },
    ],
    [
      { discountPercent: 'vingt', creditNoteEuros: '50' },
      { discountPercent: 'Saisissez un pourcentage (par exemple 20 ou 12,5).' },
    ],
    [
      { discountPercent: '12,345', creditNoteEuros: '50' },
      { discountPercent: 'Saisissez un pourcentage (par exemple 20 ou 12,5).' },
    ],
    [
      { discountPercent: '20', creditNoteEuros: '-1' },
      { creditNoteEuros: 'Le plafond des avoirs ne peut pas être négatif.' },
    ],
    [
      { discountPercent: '20', creditNoteEuros: '100000,01' },
      { creditNoteEuros: 'Le plafond des avoirs ne peut pas dépasser 100 000 €.' },
    ],
    [
      { discountPercent: '20', creditNoteEuros: '' },
      { creditNoteEuros: 'Saisissez un montant en euros (par exemple 50 ou 49,90).' },
    ],
    [{ discountPercent: '0', creditNoteEuros: '0' }, {}],
    [{ discountPercent: '100', creditNoteEuros: '100 000' }, {}],
  ])('%o → %o', (form, errors) => {
    expect(validateSaleRules(form)).toEqual(errors);
    expect(saleRulesInput(form) === null).toBe(Object.keys(errors).length > 0);
  });
});
