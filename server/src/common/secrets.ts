/**
 * Secrets at rest (payment provider keys, the journal signing key): AES-256-GCM,
 * `v1.<iv>.<tag>.<ciphertext>` in base64url, under a key each module derives from the server secret
 * (`serverKey`). Pure.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A 32-byte key for one purpose, derived from the server secret (HKDF-SHA256). */
export function serverKey(serverSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, 'serenaia', purpose, 32));
}

export function encryptSecret(key: Buffer, plaintext: string, iv: Buffer = randomBytes(12)): string {
  if (key.length !== 32) throw new RangeError('key must be 32 bytes');
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    data.toString('base64url'),
  ].join('.');
}

/** Null when the value was not written with this key (or was tampered with). */
export function decryptSecret(key: Buffer, stored: string): string | null {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}

/** What the CRM may show of a secret: whether it is set, and its last four characters. */
export function secretHint(secret: string | null): string | null {
  if (secret === null || secret.length === 0) return null;
  return secret.length <= 8 ? '••••' : `••••${secret.slice(-4)}`;
}
