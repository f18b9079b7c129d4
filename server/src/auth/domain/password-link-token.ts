/** Tokens of password links: 32 random bytes, base64url; only SHA-256 is stored. Pure helpers. */
import { createHash, randomBytes } from 'node:crypto';
import type { PasswordLinkPurpose } from '../password-link.entity.js';

export const PASSWORD_LINK_TTL_MINUTES: Record<PasswordLinkPurpose, number> = {
  RESET: 30,
  INVITATION: 72 * 60,
};

export function newPasswordLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Null when the token cannot be one of ours (then no query is made). */
export function passwordLinkTokenHash(token: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return createHash('sha256').update(token).digest();
}
