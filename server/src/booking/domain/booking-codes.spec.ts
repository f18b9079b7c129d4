import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import {
  REFERENCE_ALPHABET,
  bookingReference,
  looksLikeManageToken,
  manageToken,
  manageTokenHash,
  seededBytes,
  type ByteSource,
} from './booking-codes.js';

/** Every byte value in turn, 0 to 255 and again, handed out as asked. */
function cyclingBytes(): ByteSource & { used: () => number } {
  let next = 0;
  const source = (count: number) => Uint8Array.from({ length: count }, () => next++ % 256);
  return Object.assign(source, { used: () => next });
}

describe('bookingReference', () => {
  it('gives every character exactly the same share when every byte value comes equally often', () => {
    // 6 rounds of the 256 byte values: 6 × 248 accepted bytes = 248 references of 6 characters,
    // 48 of each of the 31 characters. With `byte % 31` and no rejection, the first 8 characters
    // (2 to 9) would come 9 times for every 8 of the others.
    const source = cyclingBytes();
    const counts = new Map<string, number>();
    for (let i = 0; i < 248; i++) {
      for (const ch of bookingReference(source)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(source.used()).toBe(6 * 256 - 8); // the last round's 8 rejected bytes are not needed
    expect([...counts.keys()].sort().join('')).toBe([...REFERENCE_ALPHABET].sort().join(''));
    expect(new Set(counts.values())).toEqual(new Set([48]));
  });

  it('draws again for the 8 byte values that would favour some characters', () => {
    const bytes = [248, 249, 250, 251, 252, 253, 254, 255, 0, 30, 31, 247, 1, 2];
    const source: ByteSource = (count) => Uint8Array.from(bytes.splice(0, count));
    // 0 → '2', 30 → 'Z', 31 → '2' (31 % 31), 247 → 'Z' (247 % 31 = 30), 1 → '3', 2 → '4'.
    expect(bookingReference(source)).toBe('2Z2Z34');
    expect(bytes).toEqual([]);
  });

  it('asks only for what it still needs', () => {
    const asked: number[] = [];
    const source: ByteSource = (count) => {
      asked.push(count);
      return Uint8Array.from({ length: count }, (_, i) => (asked.length === 1 && i < 2 ? 255 : 7));
    };
    expect(bookingReference(source)).toBe('999999');
    expect(asked).toEqual([6, 2]);
  });

  it('refuses a source that runs dry instead of looping forever', () => {
    expect(() => bookingReference(() => new Uint8Array(0))).toThrow(RangeError);
  });

  it('makes 6 characters of the alphabet from any byte source that keeps giving', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 8 }), { minLength: 1 }), (chunks) => {
        // Chunks in turn, then bytes that are always accepted: the source never runs dry.
        let turn = 0;
        const source: ByteSource = (count) => chunks[turn++] ?? new Uint8Array(count).fill(7);
        const reference = bookingReference(source);
        expect(reference).toHaveLength(6);
        for (const ch of reference) expect(REFERENCE_ALPHABET).toContain(ch);
      }),
    );
  });

  it('maps the accepted bytes in order, one character each, skipping the rejected ones', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 6, maxLength: 40 }), (bytes) => {
        const accepted = [...bytes].filter((b) => b < 248);
        fc.pre(accepted.length >= 6);
        let offset = 0;
        const source: ByteSource = (count) => {
          const out = bytes.slice(offset, offset + count);
          offset += count;
          return out;
        };
        const expected = accepted
          .slice(0, 6)
          .map((b) => REFERENCE_ALPHABET[b % 31])
          .join('');
        expect(bookingReference(source)).toBe(expected);
      }),
    );
  });

  it('makes 6 characters of the alphabet from real randomness', () => {
    for (let i = 0; i < 200; i++) expect(bookingReference(randomBytes)).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  });
});

describe('seededBytes', () => {
  it('is the same stream for the same seed, however it is read, and another for another seed', () => {
    const seed = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    const whole = seededBytes(seed)(100);
    const pieces = seededBytes(seed);
    const read = Uint8Array.from([...pieces(3), ...pieces(40), ...pieces(57)]);
    expect(read).toEqual(whole);
    expect(seededBytes(Uint8Array.from([1, 2, 3, 4, 5, 7]))(100)).not.toEqual(whole);
    expect(bookingReference(seededBytes(seed))).toBe(bookingReference(seededBytes(seed)));
  });
});

describe('manageToken', () => {
  it('depends on the secret', () => {
    expect(manageToken(Buffer.alloc(32, 1), 'b1', 1)).not.toBe(manageToken(Buffer.alloc(32, 2), 'b1', 1));
  });

  it('is what looksLikeManageToken accepts, whatever the booking id', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.integer({ min: 1, max: 1000 }), (id, version) => {
        expect(looksLikeManageToken(manageToken(Buffer.alloc(32, 3), id, version))).toBe(true);
      }),
    );
  });

  it('is a 43-character base64url HMAC that changes with the booking and the version', () => {
    const secret = Buffer.alloc(32, 1);
    const token = manageToken(secret, 'b1', 1);
    expect(looksLikeManageToken(token)).toBe(true);
    expect(manageToken(secret, 'b1', 1)).toBe(token);
    expect(manageToken(secret, 'b2', 1)).not.toBe(token);
    expect(manageToken(secret, 'b1', 2)).not.toBe(token);
  });
});

describe('manageTokenHash', () => {
  it('is the 32-byte SHA-256 of the token: the same token, the same hash; another token, another', () => {
    const token = manageToken(Buffer.alloc(32, 1), 'b1', 1);
    expect(manageTokenHash(token)).toHaveLength(32);
    expect(manageTokenHash(token).equals(manageTokenHash(token))).toBe(true);
    expect(manageTokenHash(token).equals(manageTokenHash(manageToken(Buffer.alloc(32, 1), 'b2', 1)))).toBe(
      false,
    );
    expect(manageTokenHash('abc').toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('looksLikeManageToken', () => {
  it.each([
    ['A'.repeat(43), true],
    ['aZ09-_'.repeat(7) + 'x', true],
    ['A'.repeat(42), false],
    ['A'.repeat(44), false],
    ['A'.repeat(42) + '+', false],
    ['A'.repeat(42) + '/', false],
    ['A'.repeat(42) + '=', false],
    [' ' + 'A'.repeat(43), false],
    ['', false],
  ])('%s → %s', (token, expected) => {
    expect(looksLikeManageToken(token)).toBe(expected);
  });
});
