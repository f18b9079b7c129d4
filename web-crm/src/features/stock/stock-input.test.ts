import { looksLikeBarcode, parseEurosInput, parseQuantity } from './stock-input';

describe('stock inputs', () => {
  it.each([
    ['12', 12],
    [' -3 ', -3],
    ['1,5', null],
    ['', null],
    ['abc', null],
  ])('quantity %s → %s', (text, expected) => expect(parseQuantity(text)).toBe(expected));

  it.each([
    ['12,50', 1250],
    ['12.5', 1250],
    ['12,50 €', 1250],
    ['', null],
    ['douze', undefined],
  ])('euros %s → %s', (text, expected) => expect(parseEurosInput(text)).toBe(expected));

  it('recognises a scanned barcode', () => {
    expect(looksLikeBarcode('3770012345006')).toBe(true);
    expect(looksLikeBarcode('crème')).toBe(false);
  });
});
