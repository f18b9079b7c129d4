/**
 * Gift-card codes (pure): 15 random symbols (75 bits) from a 32-symbol alphabet without 0, O, 1, I,
 * plus one check symbol, shown as four groups of four (`ABCD-EFGH-JKLM-NPQR`).
 *
 * The check symbol is Damm's algorithm over the quasigroup x ∘ y = 2·x + y in GF(32) (polynomial
 * x⁵ + x² + 1): every row and column is a permutation (any single wrong symbol is caught) and
 * (c ∘ x) ∘ y = (c ∘ y) ∘ x only when x = y (any swap of two neighbours is caught, the check symbol
 * included).
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_RANDOM_LENGTH = 15;
export const CODE_LENGTH = CODE_RANDOM_LENGTH + 1;

const VALUE = new Map([...CODE_ALPHABET].map((c, i) => [c, i]));

function times2(x: number): number {
  const shifted = x << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}

/** Damm's interim value after `values`. */
function interim(values: readonly number[]): number {
  return values.reduce((acc, v) => times2(acc) ^ v, 0);
}

export function checkSymbol(body: string): string {
  const values = [...body].map((c) => {
    const v = VALUE.get(c);
    if (v === undefined) throw new RangeError(`Not a code symbol: ${c}`);
    return v;
  });
  // The symbol c that brings the interim to 0: 2·interim + c = 0 in GF(32), i.e. c = 2·interim.
  return CODE_ALPHABET[times2(interim(values))];
}

/** A new code from random bytes (one byte per symbol, 5 bits used; the caller passes crypto bytes). */
export function codeFromRandom(bytes: Uint8Array): string {
  if (bytes.length < CODE_RANDOM_LENGTH) throw new RangeError('Not enough random bytes');
  const body = [...bytes.subarray(0, CODE_RANDOM_LENGTH)].map((b) => CODE_ALPHABET[b & 31]).join('');
  return body + checkSymbol(body);
}

/** `ABCD-EFGH-JKLM-NPQR`. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

export type CodeParse =
  { ok: true; code: string } | { ok: false; reason: 'LENGTH' | 'SYMBOL' | 'CHECK'; message: string };

/**
 * What was typed or scanned, normalised (case, spaces and dashes ignored) and checked. A code with a
 * typo is refused here, before any lookup.
 */
export function parseCode(typed: string): CodeParse {
  const code = typed.toUpperCase().replace(/[\s\-–.]/g, '');
  if (code.length !== CODE_LENGTH) {
    return {
      ok: false,
      reason: 'LENGTH',
      message: `Le code d’une carte cadeau compte ${CODE_LENGTH} caractères (ex. ABCD-EFGH-JKLM-NPQR).`,
    };
  }
  const bad = [...code].find((c) => !VALUE.has(c));
  if (bad !== undefined) {
    return {
      ok: false,
      reason: 'SYMBOL',
      message: `Le caractère « ${bad} » n’existe pas dans les codes de carte cadeau (ni 0, O, 1 ni I).`,
    };
  }
  const values = [...code].map((c) => VALUE.get(c) as number);
  if (interim(values) !== 0) {
    return { ok: false, reason: 'CHECK', message: 'Ce code contient une faute de frappe : vérifiez-le.' };
  }
  return { ok: true, code };
}

/**
 * What a field shows while someone types a code: upper case, separators dropped, grouped by four
 * (`abcd efg` → `ABCD-EFG`), at most 16 symbols. Symbols outside the alphabet are kept so that
 * {@link parseCode} can name them.
 */
export function formatTypedCode(typed: string): string {
  const symbols = typed
    .toUpperCase()
    .replace(/[\s\-–.]/g, '')
    .slice(0, CODE_LENGTH);
  return formatCode(symbols);
}

/** The part of a code used to rate-limit guesses aimed at one card. */
export function codePrefix(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, 4);
}
