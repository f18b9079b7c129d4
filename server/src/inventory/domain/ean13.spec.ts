import { ean13CheckDigit, ean13Problem } from './ean13.js';

describe('EAN-13', () => {
  it.each([
    ['3600523614578', null],
    ['4006381333931', null],
    ['0000000000000', null],
    ['3600523614577', 'CHECKSUM'],
    ['4006381333932', 'CHECKSUM'],
    ['400638133393', 'FORMAT'],
    ['40063813339311', 'FORMAT'],
    ['40063813339a1', 'FORMAT'],
    [' 4006381333931', 'FORMAT'],
  ])('%s → %s', (code, expected) => {
    expect(ean13Problem(code)).toBe(expected);
  });

  it('computes the check digit of the first twelve digits', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(ean13CheckDigit('360052361457')).toBe(8);
  });
});
