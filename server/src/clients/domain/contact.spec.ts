import { canReceiveSms, normalizeEmail, normalizeName, normalizePhone } from './contact.js';

describe('normalizePhone', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['0033612345678', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['01 42 80 12 34', '+33142801234'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+32 470 12 34 56', '+32470123456'],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it.each(['', '12', '06 12 34', 'abc', '+33 6 12 34 56 78 99 99', '06-12-34-56-7x', '0000000000'])(
    'refuses %p',
    (raw) => {
      expect(normalizePhone(raw)).toBeNull();
    },
  );
});

describe('canReceiveSms', () => {
  it('tells mobiles from fixed lines', () => {
    expect(canReceiveSms('+33612345678')).toBe(true);
    expect(canReceiveSms('+33712345678')).toBe(true);
    expect(canReceiveSms('+33142801234')).toBe(false);
  });
});

describe('normalizeName / normalizeEmail', () => {
  it.each([
    ['jean-pierre  DUPONT', 'Jean-Pierre Dupont'],
    ['ÉLODIE', 'Élodie'],
    ["marie d'ornano", "Marie d'Ornano"],
    ['charles de gaulle', 'Charles de Gaulle'],
  ])('%s → %s', (raw, name) => {
    expect(normalizeName(raw)).toBe(name);
  });

  it('lower-cases and trims e-mails', () => {
    expect(normalizeEmail('  Marie.Dupont@Example.FR ')).toBe('marie.dupont@example.fr');
  });
});
