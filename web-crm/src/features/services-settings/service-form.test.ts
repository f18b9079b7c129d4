import {
  emptyServiceForm,
  moved,
  parsePercent,
  serverServiceErrors,
  validateCategory,
  validateService,
} from './service-form';

const CATEGORY = '11111111-1111-4111-8111-111111111111';

describe('service form', () => {
  it('turns what was typed into the server input (euros with a comma, percent in basis points)', () => {
    const result = validateService({
      ...emptyServiceForm(CATEGORY),
      name: '  Soin éclat  ',
      duration: '45',
      price: '55,50',
      vatRateBp: 1000,
      depositKind: 'PERCENT',
      deposit: '12,5',
      bufferAfter: '10',
      onlineBookable: false,
    });
    expect(result.errors).toBeNull();
    expect(result.input).toEqual({
      categoryId: CATEGORY,
      name: 'Soin éclat',
      description: null,
      durationMinutes: 45,
      priceCents: 5550,
      vatRateBp: 1000,
      depositKind: 'PERCENT',
      depositValue: 1250,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      cabinTypeId: null,
      onlineBookable: false,
      active: true,
    });
  });

  it.each([
    ['name', { name: 'A' }, 'serviceNameLength'],
    ['duration', { duration: '4' }, 'durationTooShort'],
    ['duration', { duration: '721' }, 'durationTooLong'],
    ['duration', { duration: '1,5' }, 'durationInvalid'],
    ['price', { price: '' }, 'priceRequired'],
    ['price', { price: '12,345' }, 'priceInvalid'],
    ['price', { price: '-3' }, 'priceInvalid'],
    ['price', { price: '100001' }, 'priceTooHigh'],
    ['deposit', { depositKind: 'PERCENT', deposit: '0' }, 'depositPercentInvalid'],
    ['deposit', { depositKind: 'PERCENT', deposit: '101' }, 'depositPercentInvalid'],
    ['deposit', { depositKind: 'FIXED', deposit: '0' }, 'depositFixedInvalid'],
    ['bufferBefore', { bufferBefore: '241' }, 'bufferInvalid'],
    ['bufferAfter', { bufferAfter: '-1' }, 'bufferInvalid'],
  ] as const)('refuses a bad %s (%j) as the server would', (field, change, key) => {
    const result = validateService({ ...emptyServiceForm(CATEGORY), name: 'Soin', price: '40', ...change });
    expect(result.errors).toEqual({ [field]: key });
  });

  it('reads typed percentages', () => {
    expect(parsePercent('30')).toBe(3000);
    expect(parsePercent('12,5 %')).toBe(1250);
    expect(parsePercent('0,01')).toBe(1);
    expect(parsePercent('trente')).toBeNull();
  });

  it('puts the server’s messages on the form’s fields', () => {
    expect(
      serverServiceErrors({ priceCents: 'Le prix est trop élevé.', depositValue: 'X', other: 'Y' }),
    ).toEqual({
      price: 'Le prix est trop élevé.',
      deposit: 'X',
    });
  });
});

describe('category form', () => {
  it('checks the name and the colour', () => {
    expect(validateCategory({ name: ' Visage ', description: '', color: '#aa6677', active: true })).toEqual({
      input: { name: 'Visage', description: null, color: '#aa6677', active: true },
      errors: null,
    });
    expect(validateCategory({ name: 'V', description: '', color: 'rose', active: true }).errors).toEqual({
      name: 'categoryNameLength',
      color: 'colorInvalid',
    });
  });
});

describe('moved', () => {
  it('moves an item up, down, and to a dropped position', () => {
    expect(moved(['a', 'b', 'c'], 1, 0)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 2)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moved(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
  });
});
