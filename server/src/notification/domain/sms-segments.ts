/**
 * SMS length in segments (3GPP TS 23.038). A text made only of GSM 03.38 characters is sent in 7-bit
 * coding: 160 septets in one segment, 153 per segment once split (the rest carries the concatenation
 * header); the extension characters (€ [ ] { } \ ~ ^ | and form feed) take two septets (escape +
 * char). Any other character switches the whole message to UCS-2: 70 UTF-16 units in one segment,
 * 67 per segment once split. Pure.
 */

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(GSM7_BASIC);
const extension = new Set(GSM7_EXTENSION);

export type SmsEncoding = 'GSM7' | 'UCS2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** Room left in the last segment, in the same units. */
  remaining: number;
}

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basic.has(ch) && !extension.has(ch)) return false;
  return true;
}

export function smsLength(text: string): SmsLength {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += extension.has(ch) ? 2 : 1;
    return sized('GSM7', units, 160, 153);
  }
  // UCS-2 counts UTF-16 code units: a character outside the BMP (an emoji) takes two.
  return sized('UCS2', text.length, 70, 67);
}

function sized(encoding: SmsEncoding, units: number, single: number, multi: number): SmsLength {
  if (units <= single) return { encoding, units, segments: units === 0 ? 0 : 1, remaining: single - units };
  const segments = Math.ceil(units / multi);
  return { encoding, units, segments, remaining: segments * multi - units };
}

/** French characters outside GSM-7 and their closest GSM-7 spelling. */
const TRANSLITERATION: Record<string, string> = {
  â: 'a',
  ê: 'e',
  ë: 'e',
  î: 'i',
  ï: 'i',
  ô: 'o',
  û: 'u',
  ç: 'c',
  œ: 'oe',
  Œ: 'OE',
  À: 'A',
  Â: 'A',
  È: 'E',
  Ê: 'E',
  Ë: 'E',
  Î: 'I',
  Ï: 'I',
  Ô: 'O',
  Ù: 'U',
  Û: 'U',
  '’': "'",
  '‘': "'",
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
};

/**
 * The text in GSM-7 when only French accents stand in the way (a 1-segment SMS instead of 2 or 3);
 * a text with other characters (a name in another script, an emoji) is kept as it is, in UCS-2.
 */
export function preferGsm7(text: string): string {
  const replaced = Array.from(text, (ch) => TRANSLITERATION[ch] ?? ch).join('');
  return isGsm7(replaced) ? replaced : text;
}
