/** Letters and digits that cannot be confused when read aloud or typed (no 0/O, 1/I/L). */
export const REFERRAL_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A referral code: the first letters of the first name (A–Z, at most 6, for a code people recognise)
 * and 6 characters drawn from `random` (bytes, at least 6). `CAMILLE-7KQ2XM`.
 */
export function referralCode(firstName: string, random: Uint8Array): string {
  if (random.length < 6) throw new Error('referralCode needs 6 random bytes');
  const prefix =
    firstName
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toUpperCase()
      .slice(0, 6) || 'AMIE';
  let tail = '';
  for (let i = 0; i < 6; i += 1) tail += REFERRAL_ALPHABET[random[i] % REFERRAL_ALPHABET.length];
  return `${prefix}-${tail}`;
}

/** A code as typed: trimmed, upper case, spaces dropped. */
export function normalizeReferralCode(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

export interface ReferralParty {
  id: string;
  email: string | null;
  phone: string | null;
}

export type ReferralRefusal = 'SELF' | 'SAME_EMAIL' | 'SAME_PHONE' | 'ALREADY_REFERRED' | 'NOT_NEW';

/**
 * Whether `referred` may be recorded as referred by `referrer`: not oneself, not the same e-mail or
 * phone (the same person under two records, or one household), only once, and only a new client
 * (no paid visit yet).
 */
export function referralRefusal(
  referrer: ReferralParty,
  referred: ReferralParty & { alreadyReferred: boolean; paidVisits: number },
): ReferralRefusal | null {
  if (referrer.id === referred.id) return 'SELF';
  if (
    referrer.email !== null &&
    referred.email !== null &&
    referrer.email.toLowerCase() === referred.email.toLowerCase()
  )
    return 'SAME_EMAIL';
  if (referrer.phone !== null && referred.phone !== null && referrer.phone === referred.phone)
    return 'SAME_PHONE';
  if (referred.alreadyReferred) return 'ALREADY_REFERRED';
  if (referred.paidVisits > 0) return 'NOT_NEW';
  return null;
}
