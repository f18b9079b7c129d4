/**
 * Reading a record's canonical text without parsing it whole (the verification walk over a whole journal).
 * Pure.
 *
 * A canonical record is `{"actorUserId":…,"kind":…,"number":…,"occurredAt":…,"payload":{…},"seq":…,
 * "tillId":…,"v":1}` (keys sorted, no whitespace, see canonical.ts). Given the columns of the row, the text
 * before and after the payload is known exactly: `recordFrame` builds both, and the walk compares them with
 * the stored text. The payload between them is then only scanned: its extent checked (exactly one JSON
 * object, so nothing can hide after it), and for tickets and credit notes the three fields the closures
 * add up read in place — the lines, the bulk of the text, are skipped without building anything.
 *
 * The scanner assumes text that is valid JSON (what `ck_pos_journal_payload` guarantees for every stored
 * row) and gives up (`null`) on anything a canonical text never holds — whitespace, a number that is not a
 * plain integer, an escape in a key or a tender kind — so the caller falls back to `JSON.parse`.
 */
import type { SaleTotalsPart } from './records.js';

/** The exact text around a record's payload, from its columns (`occurredAt` as canonicalInstant writes it). */
export function recordFrame(
  r: { seq: number; kind: string; number: number | null; actorUserId: string | null },
  tillId: string,
  occurredAt: string,
): { head: string; tail: string } {
  const actor = r.actorUserId === null ? 'null' : JSON.stringify(r.actorUserId);
  const number = r.number === null ? 'null' : String(r.number);
  return {
    head: `{"actorUserId":${actor},"kind":${JSON.stringify(r.kind)},"number":${number},"occurredAt":"${occurredAt}","payload":`,
    tail: `,"seq":${r.seq},"tillId":${JSON.stringify(tillId)},"v":1}`,
  };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** Thrown inside the scanner when the text is not what a canonical text holds; never escapes it. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

/**
 * A cursor over one text. One instance serves a whole walk (`reset` per record): it keeps no record, and
 * reading a ticket allocates only the few objects it returns.
 */
export class CanonicalScanner {
  private s = '';
  private i = 0;

  /**
   * Whether `text[start, end)` is exactly one JSON object (text known to be valid JSON). Null when the
   * scanner cannot tell (the caller parses it instead).
   */
  isObjectAt(text: string, start: number, end: number): boolean | null {
    this.s = text;
    this.i = start;
    try {
      if (text.charCodeAt(start) !== OPEN_BRACE) return false;
      this.skipValue();
      return this.i === end;
    } catch (error) {
      if (error === GIVE_UP) return null;
      throw error;
    }
  }

  /**
   * The totals part of a TICKET or CREDIT_NOTE payload at `text[start, end)`: null when the scanner cannot
   * tell (the caller parses it), `false` when it is not one object holding the three fields.
   */
  saleTotalsAt(text: string, start: number, end: number): SaleTotalsPart | false | null {
    this.s = text;
    this.i = start;
    try {
      if (text.charCodeAt(start) !== OPEN_BRACE) return false;
      let totalInclCents: number | undefined;
      let vatTotals: SaleTotalsPart['vatTotals'] | undefined;
      let tenders: SaleTotalsPart['tenders'] | undefined;
      this.i += 1;
      if (this.peek() === CLOSE_BRACE) this.i += 1;
      else
        for (;;) {
          // Keys are compared in place; duplicates take the last value, as JSON.parse and jsonb do.
          if (this.keyIs('"totalInclCents":')) totalInclCents = this.integer();
          else if (this.keyIs('"vatTotals":')) vatTotals = this.vatTotals();
          else if (this.keyIs('"tenders":')) tenders = this.tenders();
          else {
            this.skipString();
            this.expect(COLON);
            this.skipValue();
          }
          if (this.next() === CLOSE_BRACE) break;
          if (this.s.charCodeAt(this.i - 1) !== COMMA) throw GIVE_UP;
        }
      if (this.i !== end) return false;
      if (totalInclCents === undefined || vatTotals === undefined || tenders === undefined) return false;
      return { totalInclCents, vatTotals, tenders };
    } catch (error) {
      if (error === GIVE_UP) return null;
      throw error;
    }
  }

  private vatTotals(): SaleTotalsPart['vatTotals'] {
    const out: SaleTotalsPart['vatTotals'] = [];
    this.expect(OPEN_BRACKET);
    if (this.peek() === CLOSE_BRACKET) {
      this.i += 1;
      return out;
    }
    for (;;) {
      let rateBp: number | undefined;
      let baseCents: number | undefined;
      let vatCents: number | undefined;
      this.expect(OPEN_BRACE);
      for (;;) {
        if (this.keyIs('"rateBp":')) rateBp = this.integer();
        else if (this.keyIs('"baseCents":')) baseCents = this.integer();
        else if (this.keyIs('"vatCents":')) vatCents = this.integer();
        else throw GIVE_UP; // a VAT total has no other field
        if (this.next() === CLOSE_BRACE) break;
        if (this.s.charCodeAt(this.i - 1) !== COMMA) throw GIVE_UP;
      }
      if (rateBp === undefined || baseCents === undefined || vatCents === undefined) throw GIVE_UP;
      out.push({ rateBp, baseCents, vatCents });
      const c = this.next();
      if (c === CLOSE_BRACKET) return out;
      if (c !== COMMA) throw GIVE_UP;
    }
  }

  private tenders(): SaleTotalsPart['tenders'] {
    const out: SaleTotalsPart['tenders'] = [];
    this.expect(OPEN_BRACKET);
    if (this.peek() === CLOSE_BRACKET) {
      this.i += 1;
      return out;
    }
    for (;;) {
      let kind: string | undefined;
      let amountCents: number | undefined;
      this.expect(OPEN_BRACE);
      if (this.peek() !== CLOSE_BRACE)
        for (;;) {
          if (this.keyIs('"kind":')) kind = this.plainString();
          else if (this.keyIs('"amountCents":')) amountCents = this.integer();
          else {
            // A tender may carry more (given, change, reference…): skipped.
            this.skipString();
            this.expect(COLON);
            this.skipValue();
          }
          if (this.next() === CLOSE_BRACE) break;
          if (this.s.charCodeAt(this.i - 1) !== COMMA) throw GIVE_UP;
        }
      else this.i += 1;
      if (kind === undefined || amountCents === undefined) throw GIVE_UP;
      out.push({ kind, amountCents });
      const c = this.next();
      if (c === CLOSE_BRACKET) return out;
      if (c !== COMMA) throw GIVE_UP;
    }
  }

  private peek(): number {
    return this.s.charCodeAt(this.i);
  }

  private next(): number {
    const c = this.s.charCodeAt(this.i);
    this.i += 1;
    return c;
  }

  private expect(c: number): void {
    if (this.s.charCodeAt(this.i) !== c) throw GIVE_UP;
    this.i += 1;
  }

  /** Whether the key at the cursor is `quotedKeyColon` (consumed when it is). */
  private keyIs(quotedKeyColon: string): boolean {
    if (!this.s.startsWith(quotedKeyColon, this.i)) return false;
    this.i += quotedKeyColon.length;
    return true;
  }

  /** A plain integer, as canonicalize writes them (no fraction, no exponent, at most 15 digits). */
  private integer(): number {
    const s = this.s;
    let i = this.i;
    const negative = s.charCodeAt(i) === MINUS;
    if (negative) i += 1;
    const first = i;
    let value = 0;
    for (let c = s.charCodeAt(i); c >= ZERO && c <= NINE; c = s.charCodeAt(i)) {
      value = value * 10 + (c - ZERO);
      i += 1;
    }
    const digits = i - first;
    if (digits === 0 || digits > 15 || (digits > 1 && s.charCodeAt(first) === ZERO)) throw GIVE_UP;
    const c = s.charCodeAt(i);
    if (c !== COMMA && c !== CLOSE_BRACE && c !== CLOSE_BRACKET) throw GIVE_UP;
    this.i = i;
    return negative ? -value : value;
  }

  /** A string without escapes (a tender kind), as a slice of the text. */
  private plainString(): string {
    const s = this.s;
    if (s.charCodeAt(this.i) !== QUOTE) throw GIVE_UP;
    const close = s.indexOf('"', this.i + 1);
    if (close < 0) throw GIVE_UP;
    const value = s.slice(this.i + 1, close);
    if (value.includes('\\')) throw GIVE_UP;
    this.i = close + 1;
    return value;
  }

  private skipString(): void {
    const s = this.s;
    if (s.charCodeAt(this.i) !== QUOTE) throw GIVE_UP;
    let i = this.i + 1;
    for (;;) {
      const c = s.charCodeAt(i);
      if (Number.isNaN(c)) throw GIVE_UP;
      i += 1;
      if (c === QUOTE) break;
      if (c === BACKSLASH) i += 1;
    }
    this.i = i;
  }

  /** Skips one value (object, array, string, number, literal), nesting included. */
  private skipValue(): void {
    const s = this.s;
    let depth = 0;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (Number.isNaN(c)) throw GIVE_UP;
      if (c === QUOTE) {
        this.i = i;
        this.skipString();
        i = this.i;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        depth += 1;
        i += 1;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (depth === 0) break; // the end of the enclosing container: a scalar ended just before
        depth -= 1;
        i += 1;
      } else if (c === COMMA) {
        if (depth === 0) break;
        i += 1;
      } else if (c === COLON || c === MINUS || (c >= ZERO && c <= NINE) || (c >= 0x61 && c <= 0x7a)) {
        i += 1; // numbers, true/false/null, and the colons inside nested objects
      } else {
        throw GIVE_UP; // whitespace, a fraction or an exponent: never in a canonical text
      }
      if (depth === 0 && (c === QUOTE || c === CLOSE_BRACE || c === CLOSE_BRACKET)) break;
    }
    this.i = i;
  }
}
