import { checkShopSettings, type ShopSettingsInput } from './shop-settings.js';

const base: ShopSettingsInput = {
  onlineSaleEnabled: true,
  presetAmountsCents: [5000, 3000, 5000],
  minFreeAmountCents: 2000,
  maxFreeAmountCents: 50000,
  validityMonths: 12,
  transferOrderHours: 168,
  forcedCategory: null,
  transferIban: ' fr7630006000011234567890189 ',
  transferBic: 'agrifrpp',
  transferHolder: ' Institut Sérénaia ',
};

const fields = (input: ShopSettingsInput) => {
  const check = checkShopSettings(input);
  return check.ok ? [] : check.problems.map((p) => p.field);
};

describe('gift-card shop settings', () => {
  it('tidies what it accepts: presets sorted once, IBAN in groups of four, BIC in capitals', () => {
    expect(checkShopSettings(base)).toEqual({
      ok: true,
      settings: {
        ...base,
        presetAmountsCents: [3000, 5000],
        transferIban: 'FR76 3000 6000 0112 3456 7890 189',
        transferBic: 'AGRIFRPP',
        transferHolder: 'Institut Sérénaia',
      },
    });
  });

  it('no IBAN: no transfers, and a lone BIC or holder is refused on the IBAN field', () => {
    const off = checkShopSettings({ ...base, transferIban: '', transferBic: null, transferHolder: '  ' });
    expect(off).toMatchObject({
      ok: true,
      settings: { transferIban: null, transferBic: null, transferHolder: null },
    });
    expect(fields({ ...base, transferIban: null })).toEqual(['input.transferIban']);
  });

  it('names every refused field, in French', () => {
    const check = checkShopSettings({
      ...base,
      presetAmountsCents: [50],
      minFreeAmountCents: 60000,
      maxFreeAmountCents: 50000,
      validityMonths: 0,
      transferOrderHours: 24 * 31,
      transferIban: 'FR76 3000 6000 0112 3456 7890 188',
      transferBic: 'AGRI',
      transferHolder: null,
    });
    expect(check).toEqual({
      ok: false,
      problems: [
        {
          field: 'input.presetAmountsCents',
          message: 'Chaque montant proposé est un nombre d’euros entre 1 € et 1000 €.',
        },
        {
          field: 'input.maxFreeAmountCents',
          message: 'Le montant libre maximum doit être au moins égal au minimum.',
        },
        { field: 'input.validityMonths', message: 'La validité d’une carte est de 1 à 60 mois.' },
        {
          field: 'input.transferOrderHours',
          message: 'Une commande par virement attend de 1 heure à 30 jours.',
        },
        {
          field: 'input.transferIban',
          message: 'IBAN invalide : la clé de contrôle ne correspond pas. Vérifiez la saisie.',
        },
        { field: 'input.transferBic', message: 'BIC invalide : 8 ou 11 caractères (ex. AGRIFRPP).' },
        {
          field: 'input.transferHolder',
          message: 'Indiquez le titulaire du compte (2 à 70 caractères), tel qu’il figure sur le RIB.',
        },
      ],
    });
  });

  it('online sale on needs a preset; off, none is fine', () => {
    expect(fields({ ...base, presetAmountsCents: [] })).toEqual(['input.presetAmountsCents']);
    expect(fields({ ...base, presetAmountsCents: [], onlineSaleEnabled: false })).toEqual([]);
    expect(
      fields({ ...base, presetAmountsCents: [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000] }),
    ).toEqual(['input.presetAmountsCents']);
  });
});
