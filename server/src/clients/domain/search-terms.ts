/** What a search typed in the client list asks for: name words, an e-mail, a phone number. Pure. */
import { normalizePhone } from './contact.js';

export interface SearchTerms {
  /** Lower-case, accents removed in SQL: the text matched against names and e-mails. */
  text: string;
  /** The number as E.164 when the query is a full phone number in any usual spelling. */
  phone: string | null;
  /**
   * Digits to find inside stored E.164 numbers ("06 12 34" → "612 34" → "61234"): the national
   * number without its leading 0 or country code 33. Null when the query is not a phone fragment.
   */
  phoneDigits: string | null;
}

const PHONE_LIKE = /^[+\d\s().-]+$/;

/** Null for a blank query. */
export function searchTermsOf(raw: string | null | undefined): SearchTerms | null {
  const text = (raw ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  if (text === '') return null;
  if (!PHONE_LIKE.test(text)) return { text, phone: null, phoneDigits: null };
  let digits = text.replace(/\D/g, '');
  if (digits.startsWith('0033')) digits = digits.slice(4);
  else if (text.startsWith('+33') || (digits.startsWith('33') && digits.length === 11))
    digits = digits.slice(2);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  return {
    text,
    phone: normalizePhone(text),
    phoneDigits: digits.length >= 3 ? digits : null,
  };
}

/**
 * Whether the trigram index can narrow this search: a phone fragment (3 digits or more), or a word of
 * at least 3 characters (one trigram). A search of shorter words only ("ma", "l d") matches a large part
 * of any list: it is better answered by walking the names in order and stopping at the page.
 */
export function narrowedByTrigrams(terms: SearchTerms): boolean {
  if (terms.phoneDigits !== null) return true;
  return searchWordsOf(terms).some((word) => [...word].length >= 3);
}

/** The longest name search: its first five words (compounds split first, `searchWordsOf`). */
const MAX_SEARCH_WORDS = 5;

/**
 * The words a name search must all match, at most five: the typed words, with a compound name taken
 * apart ("morea-kerjean" → "morea", "kerjean"; "n’guessan" → "n", "guessan"). Each part is then found
 * and corrected on its own, as the vocabulary of names holds them (`client_search_words_of` keeps
 * letters only): "morea" finds Moreau and "kerjean" must hold too. Kept whole, the compound could only
 * be corrected to a vocabulary word inside it ("kerjean"), which brought every one of the 6,000
 * Kerjeans of bench/crm, slowest search of the bench. An e-mail or a number is kept as typed.
 */
export function searchWordsOf(terms: SearchTerms): string[] {
  return terms.text
    .split(' ')
    .flatMap((word) => {
      if (correctableWords([word]).length === 0) return [word];
      const parts = word.split(/['’-]+/).filter((part) => part !== '');
      return parts.length > 0 ? parts : [word];
    })
    .slice(0, MAX_SEARCH_WORDS);
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (ch) => `\\${ch}`);
}

/**
 * The typed words worth correcting against the vocabulary of names: 3 letters or more (one trigram),
 * letters, hyphens and apostrophes only. A word with a digit, `@` or `.` is part of an e-mail or a
 * number: it is found as typed.
 */
export function correctableWords(words: readonly string[]): string[] {
  return [...new Set(words)].filter((word) => [...word].length >= 3 && /^[\p{L}'’-]+$/u.test(word));
}
