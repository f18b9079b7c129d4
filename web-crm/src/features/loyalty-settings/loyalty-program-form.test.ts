import { programForm, programInput } from './loyalty-program-form';

const program = {
  enabled: true,
  servicePointsPerEuro: 1,
  productPointsPerEuro: 2,
  rounding: 'DOWN' as const,
  expiryMonths: 12,
  birthdayBonusPoints: 50,
  referralBonusPoints: 100,
  tiers: [
    { code: 'BRONZE' as const, name: 'Bronze', minSpendCents: 0, serviceDiscountBp: 0 },
    { code: 'SILVER' as const, name: 'Argent', minSpendCents: 50000, serviceDiscountBp: 500 },
    { code: 'GOLD' as const, name: 'Or', minSpendCents: 100000, serviceDiscountBp: 1250 },
  ],
  rewards: [
    {
      code: 'BON-10',
      name: '10 € offerts',
      points: 500,
      kind: 'AMOUNT_OFF' as const,
      amountCents: 1000,
      serviceId: null,
    },
  ],
};

describe('loyalty program form', () => {
  it('round-trips the program through the typed form', () => {
    const form = programForm(program);
    expect(form.tiers[2]).toEqual({
      code: 'GOLD',
      name: 'Or',
      minSpendEuros: '1000,00',
      discountPercent: '12,5',
    });
    expect(programInput(form)).toEqual({ ok: true, input: program });
  });

  it('names the input path of each bad field in French', () => {
    const form = programForm(program);
    form.expiryMonths = 'douze';
    form.tiers[1].minSpendEuros = '5OO';
    form.rewards[0].amountEuros = '';
    expect(programInput(form)).toEqual({
      ok: false,
      errors: {
        'input.expiryMonths': 'Saisissez un nombre entier de mois.',
        'input.tiers.1.minSpendCents': 'Saisissez un montant en euros (par exemple 500).',
        'input.rewards.0.amountCents': 'Saisissez le montant offert en euros.',
      },
    });
  });
});
