/** French company identifiers. Pure checks, no I/O. */

/** Luhn checksum over a string of digits. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function normaliseSiret(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/**
 * A SIRET is 14 digits passing the Luhn check. La Poste's establishments (SIREN 356000000) may use
 * a digit-sum rule instead (sum multiple of 5).
 */
export function isValidSiret(value: string): boolean {
  const siret = normaliseSiret(value);
  if (!/^\d{14}$/.test(siret)) return false;
  if (luhnValid(siret)) return true;
  return siret.startsWith('356000000') && [...siret].reduce((total, d) => total + Number(d), 0) % 5 === 0;
}

/** The SIREN is the first 9 digits of the SIRET. */
export function sirenOf(siret: string): string {
  return normaliseSiret(siret).slice(0, 9);
}

export function normaliseVatNumber(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/**
 * French intra-community VAT number: `FR` + 2-character key + SIREN. For a numeric key the rule is
 * key = (12 + 3 × (SIREN mod 97)) mod 97. Alphanumeric keys (older scheme) are accepted on format.
 */
export function isValidFrenchVatNumber(value: string, siren?: string): boolean {
  const vat = normaliseVatNumber(value);
  const match = /^FR([0-9A-HJ-NP-Z]{2})(\d{9})$/.exec(vat);
  if (match === null) return false;
  const [, key, vatSiren] = match as unknown as [string, string, string];
  if (siren !== undefined && vatSiren !== siren) return false;
  if (/^\d{2}$/.test(key)) {
    return Number(key) === (12 + 3 * (Number(vatSiren) % 97)) % 97;
  }
  return true;
}
