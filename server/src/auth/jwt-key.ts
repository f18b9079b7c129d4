import { createSecretKey, type KeyObject } from 'node:crypto';

/**
 * The HS256 signing key as a `KeyObject`, made once at start. Given a string, jsonwebtoken first tries
 * it as a PEM public (verify) or private (sign) key, which throws, and only then makes a secret key:
 * on every request, about 0.8 ms of CPU in `createPublicKey` and its error (bench/crm's profile).
 */
export function jwtKeyOf(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
