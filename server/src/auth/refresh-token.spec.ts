import {
  formatRefreshToken,
  hashRefreshSecret,
  newRefreshSecret,
  parseRefreshToken,
  secretMatches,
} from './refresh-token.js';

const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('refresh token format', () => {
  it('round-trips id and secret', () => {
    const secret = newRefreshSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(parseRefreshToken(formatRefreshToken(id, secret))).toEqual({ id, secret });
  });

  it.each([
    '',
    'abc',
    `${id}`,
    `${id}.`,
    `not-a-uuid.${'a'.repeat(43)}`,
    `${id}.${'a'.repeat(42)}`,
    `${id}.${'a'.repeat(42)}!`,
  ])('refuses %p', (token) => {
    expect(parseRefreshToken(token)).toBeNull();
  });

  it('compares secrets by hash', () => {
    const secret = newRefreshSecret();
    const stored = hashRefreshSecret(secret);
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(newRefreshSecret(), stored)).toBe(false);
    expect(secretMatches(secret, Buffer.from('short'))).toBe(false);
  });
});
