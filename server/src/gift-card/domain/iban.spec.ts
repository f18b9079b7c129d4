import { bicRefusal, compactIban, formatIban, ibanRefusal } from './iban.js';

describe('IBAN checks', () => {
  it.each([
    'FR76 3000 6000 0112 3456 7890 189',
    'fr7630006000011234567890189',
    'DE89 3704 0044 0532 0130 00',
    'BE68 5390 0754 7034',
    'GB29 NWBK 6016 1331 9268 19',
    'CH93-0076-2011-6238-5295-7',
  ])('accepts %s', (iban) => {
    expect(ibanRefusal(iban)).toBeNull();
  });

  it('refuses a typo: one digit changed, or two swapped', () => {
    expect(ibanRefusal('FR76 3000 6000 0112 3456 7890 188')).toMatch(/clé de contrôle/);
    expect(ibanRefusal('FR76 3000 6000 0112 3456 7809 189')).toMatch(/clé de contrôle/);
  });

  it('refuses a wrong length, an unknown country and a missing country code, saying why', () => {
    expect(ibanRefusal('FR76 3000 6000 0112 3456 7890 18')).toBe(
      'IBAN invalide : un IBAN FR compte 27 caractères (ici 26).',
    );
    expect(ibanRefusal('US12 3456 7890 1234')).toMatch(/« US » n’est pas dans la zone SEPA/);
    expect(ibanRefusal('3000 6000 0112')).toMatch(/code pays/);
    expect(ibanRefusal('')).toMatch(/code pays/);
  });

  it('compacts and prints an IBAN in groups of four', () => {
    expect(compactIban(' fr76-3000 6000 ')).toBe('FR7630006000');
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it('checks a BIC shape: 8 or 11 symbols', () => {
    expect(bicRefusal('AGRIFRPP')).toBeNull();
    expect(bicRefusal('agrifrpp 882')).toBeNull();
    expect(bicRefusal('AGRIFRP')).toMatch(/BIC invalide/);
    expect(bicRefusal('1GRIFRPP')).toMatch(/BIC invalide/);
  });
});
