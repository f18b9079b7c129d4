import { randomBytes } from 'node:crypto';
import { signCardLink, verifyCardLink } from './pdf-link.js';

describe('gift card PDF links', () => {
  const key = randomBytes(32);
  const id = '3f1c2b9e-8a6d-4c1e-9b7a-2d5e6f708192';
  const token = signCardLink(key, id, 10_000);

  it('opens the card it was made for until it expires', () => {
    expect(verifyCardLink(key, id, token, 9_999)).toBe('ok');
    expect(verifyCardLink(key, id, token, 10_000)).toBe('ok');
    expect(verifyCardLink(key, id, token, 10_001)).toBe('expired');
  });

  it('refuses another card, another key, a changed expiry or garbage', () => {
    expect(verifyCardLink(key, '3f1c2b9e-8a6d-4c1e-9b7a-2d5e6f708193', token, 0)).toBe('invalid');
    expect(verifyCardLink(randomBytes(32), id, token, 0)).toBe('invalid');
    expect(verifyCardLink(key, id, token.replace('10000.', '99999.'), 0)).toBe('invalid');
    expect(verifyCardLink(key, id, 'nope', 0)).toBe('invalid');
  });
});
