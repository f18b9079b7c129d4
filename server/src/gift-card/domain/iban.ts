/** Bank details for transfers (pure): IBAN checksum (ISO 13616, mod 97) and BIC shape. */

/** The IBAN's length by country, for the countries of the SEPA zone a French institute may bank in. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/** The IBAN without spaces or dashes, in capitals. */
export function compactIban(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/** The IBAN in groups of four, as printed on a RIB ("FR76 3000 6000 …"). */
export function formatIban(text: string): string {
  return compactIban(text).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The ISO 13616 remainder: the first four symbols moved to the end, letters as 10..35, mod 97. */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

/** Why an IBAN is refused (in French), or null when its country, length and check digits hold. */
export function ibanRefusal(text: string): string | null {
  const iban = compactIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) {
    return 'IBAN invalide : il commence par le code pays et deux chiffres (ex. FR76 …).';
  }
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined)
    return `IBAN invalide : le pays « ${iban.slice(0, 2)} » n’est pas dans la zone SEPA.`;
  if (iban.length !== length) {
    return `IBAN invalide : un IBAN ${iban.slice(0, 2)} compte ${length} caractères (ici ${iban.length}).`;
  }
  if (mod97(iban) !== 1) return 'IBAN invalide : la clé de contrôle ne correspond pas. Vérifiez la saisie.';
  return null;
}

/** Why a BIC is refused, or null: 8 or 11 symbols (bank, country, location, optional branch). */
export function bicRefusal(text: string): string | null {
  const bic = text.replace(/\s/g, '').toUpperCase();
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)
    ? null
    : 'BIC invalide : 8 ou 11 caractères (ex. AGRIFRPP).';
}
