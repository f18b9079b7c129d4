/** EAN-13 (GTIN-13) barcodes: 13 digits, the last one a checksum of the first twelve. */

/** The check digit of the first 12 digits: weights 1 and 3 alternately from the left. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export type Ean13Problem = 'FORMAT' | 'CHECKSUM';

/** Null when `code` is a valid EAN-13, else what is wrong with it. */
export function ean13Problem(code: string): Ean13Problem | null {
  if (!/^\d{13}$/.test(code)) return 'FORMAT';
  return ean13CheckDigit(code.slice(0, 12)) === Number(code[12]) ? null : 'CHECKSUM';
}

export function ean13Message(problem: Ean13Problem): string {
  return problem === 'FORMAT'
    ? 'Le code-barres doit compter 13 chiffres (EAN-13).'
    : 'Le code-barres est invalide : son dernier chiffre (clé de contrôle EAN-13) ne correspond pas.';
}
