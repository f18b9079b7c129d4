import { randomBytes } from 'node:crypto';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  checkSymbol,
  codeFromRandom,
  codePrefix,
  formatCode,
  formatTypedCode,
  parseCode,
} from './gift-card-code';

describe('gift-card codes', () => {
  const codes = Array.from({ length: 200 }, () => codeFromRandom(randomBytes(16)));

  it('uses a readable alphabet of 32 symbols (≥ 60 bits for 15 random symbols)', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    for (const c of '0O1I') expect(CODE_ALPHABET).not.toContain(c);
    expect(15 * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(60);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{16}$/);
      expect(parseCode(code)).toEqual({ ok: true, code });
    }
  });

  it('formats in groups of four and reads the groups back, in any case, with spaces', () => {
    const code = codes[0];
    const shown = formatCode(code);
    expect(shown).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(parseCode(shown.toLowerCase())).toEqual({ ok: true, code });
    expect(parseCode(` ${shown.replace(/-/g, ' ')} `)).toEqual({ ok: true, code });
  });

  it('catches every single wrong symbol', () => {
    for (const code of codes.slice(0, 50)) {
      for (let i = 0; i < CODE_LENGTH; i++) {
        for (const c of CODE_ALPHABET) {
          if (c === code[i]) continue;
          const typo = code.slice(0, i) + c + code.slice(i + 1);
          expect(parseCode(typo)).toMatchObject({ ok: false, reason: 'CHECK' });
        }
      }
    }
  });

  it('catches every swap of two different neighbours, the check symbol included', () => {
    for (const code of codes) {
      for (let i = 0; i + 1 < CODE_LENGTH; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(parseCode(swapped)).toMatchObject({ ok: false, reason: 'CHECK' });
      }
    }
  });

  it.each([
    ['ABCD-EFGH', 'LENGTH'],
    ['ABCD-EFGH-JKLM-NPQR-S', 'LENGTH'],
    ['ABCD-EFGH-JKLM-NPQ0', 'SYMBOL'],
    ['ABCD-EFGH-JKLM-NPQO', 'SYMBOL'],
    ['ABCD-EFGH-JKLM-NPQ1', 'SYMBOL'],
  ])('refuses %s (%s) with a French message', (typed, reason) => {
    const parsed = parseCode(typed);
    expect(parsed).toMatchObject({ ok: false, reason });
    expect(parsed.ok ? '' : parsed.message).toMatch(/code|caractère/);
  });

  it('computes the check symbol of a known body', () => {
    expect(checkSymbol('222222222222222')).toBe('2');
    const body = 'ABCDEFGHJKLMNPQ';
    expect(parseCode(body + checkSymbol(body)).ok).toBe(true);
    expect(() => checkSymbol('ABC0')).toThrow(RangeError);
  });

  it('takes the first four symbols as the prefix', () => {
    expect(codePrefix('abcd-efgh')).toBe('ABCD');
    expect(codePrefix(' a-b ')).toBe('AB');
  });

  it.each([
    ['', ''],
    ['abcd', 'ABCD'],
    ['abcde', 'ABCD-E'],
    ['ab cd-ef.gh jk', 'ABCD-EFGH-JK'],
    ['ABCD-EFGH-JKLM-NPQR-STU', 'ABCD-EFGH-JKLM-NPQR'],
    ['ab0o', 'AB0O'],
  ])('formats %j as typed: %j', (typed, shown) => {
    expect(formatTypedCode(typed)).toBe(shown);
  });
});
