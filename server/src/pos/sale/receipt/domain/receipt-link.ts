/**
 * Short-lived signed links to a receipt's PDF: the browser opens them without the bearer token (a
 * download, a new tab), so the link itself carries the proof — HMAC-SHA256 over the sale, the format and
 * the expiry, under a key derived from the server secret. Pure: the key and `now` are parameters.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const RECEIPT_FORMATS = ['RECEIPT', 'NOTE'] as const;
export type ReceiptFormat = (typeof RECEIPT_FORMATS)[number];

/** How long a link works. */
export const RECEIPT_LINK_TTL_MS = 5 * 60 * 1000;

function mac(key: Buffer, saleId: string, format: ReceiptFormat, expiresAt: number): string {
  return createHmac('sha256', key)
    .update(`receipt-pdf\n${saleId}\n${format}\n${expiresAt}`)
    .digest('base64url');
}

/** `<expiry ms>.<mac>` */
export function signReceiptLink(
  key: Buffer,
  saleId: string,
  format: ReceiptFormat,
  expiresAt: number,
): string {
  return `${expiresAt}.${mac(key, saleId, format, expiresAt)}`;
}

export function verifyReceiptLink(
  key: Buffer,
  saleId: string,
  format: ReceiptFormat,
  token: string,
  now: number,
): 'ok' | 'expired' | 'invalid' {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (match === null) return 'invalid';
  const expiresAt = Number(match[1]);
  const expected = Buffer.from(mac(key, saleId, format, expiresAt));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return now <= expiresAt ? 'ok' : 'expired';
}
