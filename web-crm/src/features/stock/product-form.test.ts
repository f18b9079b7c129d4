import { formOf, optionalCount, vatLabel } from './product-form';

describe('product form', () => {
  it.each([
    ['', null],
    [' 12 ', 12],
    ['0', 0],
    ['-1', undefined],
    ['1,5', undefined],
    ['1234567', undefined],
  ])('optionalCount(%p) = %p', (text, value) => {
    expect(optionalCount(text)).toBe(value);
  });

  it.each([
    [2000, '20 %'],
    [550, '5,5 %'],
    [210, '2,1 %'],
    [0, '0 %'],
  ])('vatLabel(%p) = %p', (bp, label) => {
    expect(vatLabel(bp)).toBe(label);
  });

  it('starts a new product as retail, by the piece, VAT 20 %, active', () => {
    expect(formOf(null)).toMatchObject({
      kind: 'RETAIL',
      unit: 'PIECE',
      vatRateBp: 2000,
      active: true,
      price: '',
    });
  });
});
