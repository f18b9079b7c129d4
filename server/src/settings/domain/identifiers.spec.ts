import { isValidFrenchVatNumber, isValidSiret, sirenOf } from './identifiers.js';

describe('isValidSiret', () => {
  it.each([
    ['73282932000074', true], // a well-known valid SIRET
    ['732 829 320 00074', true],
    ['73282932000075', false], // checksum off by one
    ['7328293200007', false], // 13 digits
    ['7328293200007A', false],
    ['35600000000048', true], // La Poste's head office: Luhn
    ['35600000000010', true], // a La Poste establishment: digit sum 15, multiple of 5
    ['35600000000011', false],
    ['12300000000010', false], // digit-sum rule is La Poste's only
  ])('%s → %s', (siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });
});

describe('isValidFrenchVatNumber', () => {
  it('accepts the key computed from the SIREN', () => {
    expect(isValidFrenchVatNumber('FR44732829320')).toBe(true);
    expect(isValidFrenchVatNumber('fr 44 732829320')).toBe(true);
  });

  it('refuses a wrong key, a wrong length or another country', () => {
    expect(isValidFrenchVatNumber('FR45732829320')).toBe(false);
    expect(isValidFrenchVatNumber('FR4473282932')).toBe(false);
    expect(isValidFrenchVatNumber('DE44732829320')).toBe(false);
  });

  it('checks that the VAT number matches the SIRET when given', () => {
    expect(isValidFrenchVatNumber('FR44732829320', sirenOf('73282932000074'))).toBe(true);
    expect(isValidFrenchVatNumber('FR44732829320', '123456789')).toBe(false);
  });
});
