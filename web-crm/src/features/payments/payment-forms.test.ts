import { validateRecord, validateRefund } from './payment-forms';

describe('validateRecord', () => {
  it.each([
    ['', 'amountRequired'],
    ['douze', 'amountInvalid'],
    ['0', 'amountPositive'],
    ['45,01', 'amountAboveRemaining'],
    ['200000', 'amountTooHigh'],
  ])('%j → %s', (amount, error) =>
    expect(validateRecord({ amount }, 4500)).toEqual({ amountCents: null, errors: { amount: error } }),
  );

  it('accepts the balance or less', () => {
    expect(validateRecord({ amount: '45' }, 4500)).toEqual({ amountCents: 4500, errors: null });
    expect(validateRecord({ amount: '20,5' }, 4500)).toEqual({ amountCents: 2050, errors: null });
  });
});

describe('validateRefund', () => {
  it('requires a reason, even for a full refund', () => {
    expect(validateRefund({ mode: 'full', amount: '', reason: '  ' }, 4500).errors).toEqual({
      reason: 'reasonRequired',
    });
  });

  it('refunds everything left with a null amount', () => {
    expect(validateRefund({ mode: 'full', amount: '12', reason: ' Geste commercial ' }, 4500)).toEqual({
      amountCents: null,
      reason: 'Geste commercial',
      errors: null,
    });
  });

  it.each([
    ['', 'amountRequired'],
    ['x', 'amountInvalid'],
    ['0', 'amountPositive'],
    ['30,01', 'amountAboveRefundable'],
  ])('partial %j → %s', (amount, error) =>
    expect(validateRefund({ mode: 'partial', amount, reason: 'Motif' }, 3000).errors).toEqual({
      amount: error,
    }),
  );

  it('reports every problem at once', () => {
    expect(validateRefund({ mode: 'partial', amount: '', reason: '' }, 3000).errors).toEqual({
      amount: 'amountRequired',
      reason: 'reasonRequired',
    });
    expect(validateRefund({ mode: 'full', amount: '', reason: 'x'.repeat(301) }, 3000).errors).toEqual({
      reason: 'reasonTooLong',
    });
  });

  it('accepts a partial amount up to what is left', () => {
    expect(validateRefund({ mode: 'partial', amount: '30', reason: 'Motif' }, 3000)).toEqual({
      amountCents: 3000,
      reason: 'Motif',
      errors: null,
    });
  });
});
