/** Booking references and client manage tokens. Pure (randomness and secret are passed in). */
import { createHash, createHmac } from 'node:crypto';

// No 0/O, 1/I/L: references are read over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function bookingReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < 6) throw new RangeError('need 6 random bytes');
  return Array.from(randomBytes.slice(0, 6), (b) => ALPHABET[b % ALPHABET.length]).join('');
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
