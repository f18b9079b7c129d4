import { normalizePairingCode, validatePairing, validateReaderName } from './reader-form';

describe('pairing form', () => {
  it.each([
    ['4A7X9K2Q', 'Accueil', { pairingCode: '4A7X9K2Q', name: 'Accueil', errors: null }],
    ['4a7x 9k2q ', '  Cabine 2 ', { pairingCode: '4A7X9K2Q', name: 'Cabine 2', errors: null }],
    ['918MPQHZ1', 'Accueil', { pairingCode: '918MPQHZ1', name: 'Accueil', errors: null }],
    ['', 'Accueil', { pairingCode: null, name: null, errors: { code: 'codeRequired' } }],
    ['ABC123', 'Accueil', { pairingCode: null, name: null, errors: { code: 'codeInvalid' } }],
    ['ABCD12345X', 'Accueil', { pairingCode: null, name: null, errors: { code: 'codeInvalid' } }],
    ['ABCD-1234', 'Accueil', { pairingCode: null, name: null, errors: { code: 'codeInvalid' } }],
    ['4A7X9K2Q', '   ', { pairingCode: null, name: null, errors: { name: 'nameRequired' } }],
    ['', '', { pairingCode: null, name: null, errors: { code: 'codeRequired', name: 'nameRequired' } }],
  ])('code %j, name %j', (code, name, expected) => {
    expect(validatePairing({ code, name })).toEqual(expected);
  });

  it('refuses a name longer than 60 characters, accepts 60', () => {
    expect(validateReaderName('a'.repeat(61))).toEqual({ name: null, error: 'nameTooLong' });
    expect(validateReaderName('a'.repeat(60))).toEqual({ name: 'a'.repeat(60), error: null });
  });

  it('normalizes the code as the server does', () => {
    expect(normalizePairingCode(' 4a7x\t9k2q ')).toBe('4A7X9K2Q');
  });
});
