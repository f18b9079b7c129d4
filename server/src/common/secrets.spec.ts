import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret, secretHint } from './secrets.js';

describe('provider secrets at rest', () => {
  const key = randomBytes(32);

  it('round-trips and never stores the plaintext', () => {
    const stored = encryptSecret(key, 'sk_test_51Abc');
    expect(stored).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stored).not.toContain('sk_test');
    expect(decryptSecret(key, stored)).toBe('sk_test_51Abc');
  });

  it('uses a fresh IV each time', () => {
    expect(encryptSecret(key, 'same')).not.toBe(encryptSecret(key, 'same'));
  });

  it('refuses another key, a tampered value and garbage', () => {
    const stored = encryptSecret(key, 'whsec_123');
    expect(decryptSecret(randomBytes(32), stored)).toBeNull();
    const [v, iv, tag, data] = stored.split('.') as [string, string, string, string];
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] = flipped[0] ^ 1;
    expect(decryptSecret(key, [v, iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(decryptSecret(key, 'plain-text')).toBeNull();
  });

  it('hints without revealing', () => {
    expect(secretHint('sk_test_51AbcDEFG9876')).toBe('••••9876');
    expect(secretHint('short')).toBe('••••');
    expect(secretHint(null)).toBeNull();
  });
});
