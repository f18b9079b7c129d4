import { decodeNameCursor, encodeNameCursor, type NameCursor } from './list-cursor.js';

const cursor: NameCursor = {
  descending: false,
  lastName: 'Lefèvre-Œuvrard',
  firstName: 'Hélène',
  id: '0b6f3c1e-8a2d-4c3b-9e0f-1a2b3c4d5e6f',
};

describe('name cursors', () => {
  it('round-trips accents, ligatures and the direction', () => {
    expect(decodeNameCursor(encodeNameCursor(cursor))).toEqual(cursor);
    const back = { ...cursor, descending: true };
    expect(decodeNameCursor(encodeNameCursor(back))).toEqual(back);
  });

  it('is URL-safe', () => {
    expect(encodeNameCursor(cursor)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc+/='],
    ['not JSON', Buffer.from('{oops', 'utf8').toString('base64url')],
    ['an object', Buffer.from('{"a":1}', 'utf8').toString('base64url')],
    ['another version', Buffer.from(JSON.stringify(['n0', 0, 'a', 'b', cursor.id])).toString('base64url')],
    ['a bad direction', Buffer.from(JSON.stringify(['n1', 2, 'a', 'b', cursor.id])).toString('base64url')],
    ['a number name', Buffer.from(JSON.stringify(['n1', 0, 3, 'b', cursor.id])).toString('base64url')],
    ['a bad id', Buffer.from(JSON.stringify(['n1', 0, 'a', 'b', 'x'])).toString('base64url')],
    ['too long', 'A'.repeat(601)],
  ])('rejects %s', (_name, text) => {
    expect(decodeNameCursor(text)).toBeNull();
  });
});
