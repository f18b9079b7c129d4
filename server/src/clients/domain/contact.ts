/** Contact details as clients type them, checked and normalised. Pure. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A French number in any usual spelling ("06 12 34 56 78", "+33 6 12…", "0033 6…") or any
 * international number in + form, returned as E.164 ("+33612345678"); null when it is not a
 * valid phone number.
 */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim().replace(/^00(?=\d)/, '+');
  if (!/^\+?[\d\s().-]{6,24}$/.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, 'FR');
  return parsed?.isValid() ? parsed.number : null;
}

/** Mobile (or unknown type) numbers can receive SMS; fixed lines cannot. */
export function canReceiveSms(e164: string): boolean {
  const type = parsePhoneNumberFromString(e164)?.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' || type === undefined;
}

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** "jean-pierre  DUPONT" → "Jean-Pierre Dupont"; keeps particles lower case ("de", "du", "d'"). */
export function normalizeName(raw: string): string {
  const lowerWords = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von']);
  const capitalize = (word: string) =>
    word.replace(
      /(^|[-'’])(\p{L})/gu,
      (_m, sep: string, letter: string) => sep + letter.toLocaleUpperCase('fr-FR'),
    );
  return raw
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('fr-FR')
    .split(' ')
    .map((word, i) => {
      if (i > 0 && lowerWords.has(word)) return word;
      if (i > 0 && /^d['’]\p{L}/u.test(word)) return word.slice(0, 2) + capitalize(word.slice(2));
      return capitalize(word);
    })
    .join(' ');
}
