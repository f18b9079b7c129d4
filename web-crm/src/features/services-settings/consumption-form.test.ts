import { checkConsumption } from './consumption-form';

describe('checkConsumption', () => {
  it('gives whole quantities per product', () => {
    expect(
      checkConsumption([
        { productId: 'p1', quantity: ' 5 ' },
        { productId: 'p2', quantity: '12' },
      ]),
    ).toEqual({
      items: [
        { productId: 'p1', quantity: 5 },
        { productId: 'p2', quantity: 12 },
      ],
    });
    expect(checkConsumption([])).toEqual({ items: [] });
  });

  it('names each bad line: zero, decimal, text, a product twice, no product', () => {
    expect(
      checkConsumption([
        { productId: 'p1', quantity: '0' },
        { productId: 'p2', quantity: '2,5' },
        { productId: 'p3', quantity: 'beaucoup' },
        { productId: 'p4', quantity: '3' },
        { productId: 'p4', quantity: '1' },
        { productId: '', quantity: '1' },
      ]),
    ).toEqual({
      errors: {
        0: 'quantityInvalid',
        1: 'quantityInvalid',
        2: 'quantityInvalid',
        4: 'productTwice',
        5: 'productMissing',
      },
    });
  });
});
