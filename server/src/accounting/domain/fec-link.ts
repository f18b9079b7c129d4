/**
 * The short-lived signed link of a FEC download: `<payload>.<HMAC-SHA256>`, base64url, the payload
 * holding the period and the expiry. Anyone holding the link may download until it expires (5 minutes):
 * the file leaves through a plain browser download, which sends no bearer token.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface FecLinkClaims {
  from: string;
  to: string;
  /** Expiry, epoch milliseconds. */
  exp: number;
  /** CSV export: leave drafts out. */
  validatedOnly?: boolean;
}

export const FEC_LINK_TTL_MS = 5 * 60 * 1000;

/** What a link downloads: a FEC link cannot be used for the CSV route, nor the reverse. */
export type ExportLinkPurpose = 'fec-link' | 'entries-csv';

export function signFecLink(
  claims: FecLinkClaims,
  secret: string,
  purpose: ExportLinkPurpose = 'fec-link',
): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(payload, secret, purpose)}`;
}

/** The claims of a genuine, unexpired link, or null. */
export function verifyFecLink(
  token: string,
  secret: string,
  nowMs: number,
  purpose: ExportLinkPurpose = 'fec-link',
): FecLinkClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (payload === undefined || signature === undefined || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, secret, purpose));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!isClaims(claims) || claims.exp <= nowMs) return null;
  return claims;
}

function mac(payload: string, secret: string, purpose: ExportLinkPurpose): string {
  return createHmac('sha256', `serenaia:${purpose}:${secret}`).update(payload).digest('base64url');
}

function isClaims(value: unknown): value is FecLinkClaims {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.from === 'string' && typeof v.to === 'string' && typeof v.exp === 'number';
}
