import { signFecLink, verifyFecLink } from './fec-link.js';

describe('FEC download links', () => {
  const claims = { from: '2026-01-01', to: '2026-12-31', exp: 1_000_000 };
  const token = signFecLink(claims, 'secret-one');

  it('verifies a genuine link until it expires', () => {
    expect(verifyFecLink(token, 'secret-one', 999_999)).toEqual(claims);
    expect(verifyFecLink(token, 'secret-one', 1_000_000)).toBeNull();
  });

  it('refuses another secret, a tampered period and garbage', () => {
    expect(verifyFecLink(token, 'secret-two', 0)).toBeNull();
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, from: '2020-01-01' })).toString('base64url');
    expect(verifyFecLink(`${forged}.${signature}`, 'secret-one', 0)).toBeNull();
    expect(verifyFecLink('abc', 'secret-one', 0)).toBeNull();
    expect(verifyFecLink(`${token}.x`, 'secret-one', 0)).toBeNull();
  });

  it('keeps the FEC and the CSV links apart', () => {
    const csv = signFecLink({ ...claims, validatedOnly: true }, 'secret-one', 'entries-csv');
    expect(verifyFecLink(csv, 'secret-one', 0, 'entries-csv')).toEqual({ ...claims, validatedOnly: true });
    expect(verifyFecLink(csv, 'secret-one', 0)).toBeNull();
    expect(verifyFecLink(token, 'secret-one', 0, 'entries-csv')).toBeNull();
  });
});
