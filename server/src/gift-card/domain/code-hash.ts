import { createHmac } from 'node:crypto';
import { serverKey } from '../../common/secrets.js';

/** The key of the codes' keyed hash, derived from the server secret (HKDF, its own purpose). */
export function codeHashKey(serverSecret: string): Buffer {
  return serverKey(serverSecret, 'gift-card-code-hash');
}

/** HMAC-SHA-256 of the normalised code, hex: what `gift_card.code_hash` holds. */
export function codeHash(key: Buffer, code: string): string {
  return createHmac('sha256', key).update(code).digest('hex');
}

/** The HKDF purpose of the key that seals codes for re-sending (`GiftCardCodes.seal`). */
export const CODE_SEAL_PURPOSE = 'gift-card-code-seal';
