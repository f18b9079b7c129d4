import { loginPathFor, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each([
    [null, '/agenda'],
    ['/', '/agenda'],
    ['/agenda?jour=2026-11-26', '/agenda?jour=2026-11-26'],
    ['/clients?page=2#top', '/clients?page=2#top'],
    ['https://evil.example/', '/agenda'],
    ['//evil.example/crm', '/agenda'],
    ['/\\evil.example', '/agenda'],
    ['javascript:alert(1)', '/agenda'],
    ['/connexion', '/agenda'],
    ['/connexion?retour=%2F', '/agenda'],
  ])('%s → %s', (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected);
  });
});

describe('loginPathFor', () => {
  it('remembers a page other than the agenda', () => {
    expect(loginPathFor('/clients?page=2')).toBe('/connexion?retour=%2Fclients%3Fpage%3D2');
  });

  it('needs no reminder for the agenda (the default page after signing in), the root or nothing', () => {
    expect(loginPathFor('/agenda')).toBe('/connexion');
    expect(loginPathFor('/')).toBe('/connexion');
    expect(loginPathFor(null)).toBe('/connexion');
  });
});
