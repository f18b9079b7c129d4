import { checkSymbol, formatCode } from '@serenaia/shared/gift-card-code';
import { GIFT_CARD_VIEWS, parseSearch, viewCount, viewFilter, viewFromParam } from './gift-card-filter';

const BODY = 'CADEAU2WZ8FXQ7H';
const CODE = BODY + checkSymbol(BODY);

describe('gift-card list filter', () => {
  it('maps each chip to the server filter it stands for', () => {
    expect(viewFilter('ALL')).toEqual({});
    expect(viewFilter('PARTLY_USED')).toEqual({ partlyUsed: true });
    expect(viewFilter('PENDING')).toEqual({ statuses: ['PENDING_PAYMENT'] });
    expect(viewFilter('EXPIRED')).toEqual({ statuses: ['EXPIRED'] });
  });

  it('reads a chip from the address, anything unknown being all cards', () => {
    expect(viewFromParam('USED')).toBe('USED');
    expect(viewFromParam('nimporte')).toBe('ALL');
    expect(viewFromParam(null)).toBe('ALL');
  });

  it('gives every chip its count', () => {
    const counts = {
      pendingPayment: 1,
      active: 2,
      partlyUsed: 3,
      used: 4,
      expired: 5,
      cancelled: 6,
      total: 7,
    };
    expect(GIFT_CARD_VIEWS.map((v) => viewCount(v, counts))).toEqual([7, 2, 3, 4, 5, 6, 1, null]);
  });

  it.each([
    ['', { kind: 'NONE' }],
    ['  ', { kind: 'NONE' }],
    ['q7hx', { kind: 'LAST4', last4: 'Q7HX' }],
    [formatCode(CODE).toLowerCase(), { kind: 'CODE', code: CODE }],
    [CODE.replace(/(.{4})/g, '$1 '), { kind: 'CODE', code: CODE }],
  ])('reads %j', (text, expected) => {
    expect(parseSearch(text)).toEqual(expected);
  });

  it('refuses a partial code, a stray symbol and a typo with a French reason', () => {
    expect(parseSearch('ABCDE')).toMatchObject({
      kind: 'INVALID',
      message: expect.stringContaining('4 derniers'),
    });
    expect(parseSearch('AB-CD')).toEqual({ kind: 'LAST4', last4: 'ABCD' });
    expect(parseSearch('AB#C')).toMatchObject({ kind: 'INVALID' });
    const typo = CODE.slice(0, 15) + (CODE[15] === 'A' ? 'B' : 'A');
    expect(parseSearch(typo)).toEqual({
      kind: 'INVALID',
      message: 'Ce code contient une faute de frappe : vérifiez-le.',
    });
  });
});
