import { shopForm, shopInput } from './gift-card-shop-form';

const saved = {
  onlineSaleEnabled: true,
  presetAmountsCents: [3000, 5000, 7550],
  minFreeAmountCents: 2000,
  maxFreeAmountCents: 50000,
  validityMonths: 12,
  transferOrderHours: 168,
  forcedCategory: null,
  transferIban: 'FR76 3000 6000 0112 3456 7890 189',
  transferBic: 'AGRIFRPP',
  transferHolder: 'Institut Sérénaia',
};

describe('gift-card shop form', () => {
  it('shows euros and days, and sends cents and hours back unchanged', () => {
    const form = shopForm(saved);
    expect(form).toMatchObject({
      presets: '30 ; 50 ; 75,50',
      minFree: '20',
      transferDays: '7',
      forcedCategory: 'RULE',
    });
    expect(shopInput(form)).toEqual({ ok: true, input: saved });
  });

  it('reads presets typed with commas, semicolons or lines; blank bank fields mean no transfers', () => {
    const result = shopInput({
      ...shopForm(saved),
      presets: '25, 40\n60 ; 12,50',
      iban: ' ',
      bic: '',
      holder: '',
    });
    expect(result).toMatchObject({
      ok: true,
      input: {
        presetAmountsCents: [2500, 4000, 6000, 1250],
        transferIban: null,
        transferBic: null,
        transferHolder: null,
      },
    });
  });

  it('names each field it cannot read, by the server’s path', () => {
    const result = shopInput({
      ...shopForm(saved),
      presets: '30 ; trente',
      maxFree: 'beaucoup',
      validityMonths: '1,5',
      transferDays: '0',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'input.presetAmountsCents': 'Montants en euros séparés par des points-virgules (ex. 30 ; 50 ; 80).',
        'input.maxFreeAmountCents': 'Montant en euros (ex. 500).',
        'input.validityMonths': 'Un nombre entier de mois (ex. 12).',
        'input.transferOrderHours': 'Un nombre de jours (ex. 7).',
      },
    });
  });
});
