/** Booking references and client manage tokens. Pure (randomness and secret are passed in). */
import { createHash, createHmac } from 'node:crypto';

// No 0/O, 1/I/L: references are read over the phone.
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const REFERENCE_LENGTH = 6;
/** The largest multiple of 31 that fits in a byte (248): bytes from there on are drawn again. */
const ACCEPTED_BYTES = 256 - (256 % REFERENCE_ALPHABET.length);

/** Random bytes on demand, e.g. node:crypto's `randomBytes`. */
export type ByteSource = (count: number) => Uint8Array;

/**
 * A 6-character reference, each character equally likely. `byte % 31` alone would make the first 8
 * characters 9/8 as likely as the others (256 = 8 × 31 + 8), so bytes of 248 and above are
 * rejected and drawn again (rejection sampling).
 */
export function bookingReference(source: ByteSource): string {
  let reference = '';
  while (reference.length < REFERENCE_LENGTH) {
    const bytes = source(REFERENCE_LENGTH - reference.length);
    if (bytes.length === 0) throw new RangeError('the byte source gave no bytes');
    for (const byte of bytes) {
      if (byte < ACCEPTED_BYTES && reference.length < REFERENCE_LENGTH)
        reference += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length];
    }
  }
  return reference;
}

/**
 * A deterministic byte stream from a seed (SHA-256 in counter mode), for data that must be the same
 * at every run (the demo seed) yet drawn without bias. Not for secrets.
 */
export function seededBytes(seed: Uint8Array): ByteSource {
  let block = 0;
  let buffer: Uint8Array = new Uint8Array(0);
  return (count) => {
    while (buffer.length < count) {
      const next = createHash('sha256').update(seed).update(String(block++)).digest();
      buffer = Uint8Array.from([...buffer, ...next]);
    }
    const out = buffer.slice(0, count);
    buffer = buffer.slice(count);
    return out;
  };
}

/**
 * The client's manage token for a booking: an HMAC of the booking id and a version under a server
 * secret, so the server can give it again (e-mail, resend) without storing it; the database keeps
 * only its SHA-256 to look bookings up. Bumping the version revokes the previous link.
 */
export function manageToken(secret: Buffer, bookingId: string, version: number): string {
  return createHmac('sha256', secret).update(`manage:${bookingId}:${version}`).digest('base64url');
}

export function manageTokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function looksLikeManageToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
