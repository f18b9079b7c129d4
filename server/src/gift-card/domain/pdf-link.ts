/**
 * Short-lived signed links to a card's PDF for staff: the browser opens them without the bearer token
 * (a new tab, a download), so the link carries the proof — HMAC-SHA256 over the card and the expiry
 * under a key derived from the server secret. Pure: the key and `now` are parameters.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a link works. */
export const CARD_LINK_TTL_MS = 5 * 60 * 1000;

function cardMac(key: Buffer, giftCardId: string, expiresAt: number): string {
  return createHmac('sha256', key).update(`gift-card-pdf\n${giftCardId}\n${expiresAt}`).digest('base64url');
}

/** `<expiry ms>.<mac>` */
export function signCardLink(key: Buffer, giftCardId: string, expiresAt: number): string {
  return `${expiresAt}.${cardMac(key, giftCardId, expiresAt)}`;
}

export function verifyCardLink(
  key: Buffer,
  giftCardId: string,
  token: string,
  now: number,
): 'ok' | 'expired' | 'invalid' {
  const parts = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (parts === null) return 'invalid';
  const expiresAt = Number(parts[1]);
  const expected = Buffer.from(cardMac(key, giftCardId, expiresAt));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return now <= expiresAt ? 'ok' : 'expired';
}
