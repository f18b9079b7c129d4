import { loginPathFor, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each([
    [null, '/'],
    ['/', '/'],
    ['/clients?page=2#top', '/clients?page=2#top'],
    ['https://evil.example/', '/'],
    ['//evil.example/crm', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/connexion', '/'],
    ['/connexion?retour=%2F', '/'],
  ])('%s → %s', (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected);
  });
});

describe('loginPathFor', () => {
  it('remembers a page other than home', () => {
    expect(loginPathFor('/clients?page=2')).toBe('/connexion?retour=%2Fclients%3Fpage%3D2');
  });

  it('needs no reminder for the home page or nothing', () => {
    expect(loginPathFor('/')).toBe('/connexion');
    expect(loginPathFor(null)).toBe('/connexion');
  });
});
