import { chosenValueCents, EMPTY_FORM, formProblems, parseEuros, toPurchaseInput } from './gift-card-form';

const BOUNDS = { minFreeAmountCents: 2000, maxFreeAmountCents: 50000 };
const SERVICES = [{ id: 's1', priceCents: 8500 }];

describe('gift-card form', () => {
  it.each([
    ['45', 4500],
    ['45,50', 4550],
    ['45.5', 4550],
    [' 60 € ', 6000],
    ['abc', null],
    ['12,345', null],
    ['', null],
  ])('reads %p euros as %p cents', (typed, cents) => {
    expect(parseEuros(typed)).toBe(cents);
  });

  it('knows the value chosen: a preset, a typed amount or a service’s price', () => {
    expect(chosenValueCents({ choice: 'amount:5000', freeAmount: '' }, SERVICES)).toBe(5000);
    expect(chosenValueCents({ choice: 'free', freeAmount: '75' }, SERVICES)).toBe(7500);
    expect(chosenValueCents({ choice: 'service:s1', freeAmount: '' }, SERVICES)).toBe(8500);
    expect(chosenValueCents({ choice: '', freeAmount: '' }, SERVICES)).toBeNull();
  });

  it('names each problem by the input’s field', () => {
    expect(Object.keys(formProblems(EMPTY_FORM, BOUNDS)).sort()).toEqual(
      ['amountCents', 'buyerEmail', 'buyerName', 'method', 'recipientEmail', 'recipientName'].sort(),
    );
    const free = { ...EMPTY_FORM, choice: 'free', freeAmount: '10' };
    expect(formProblems(free, BOUNDS).amountCents).toBe('Choisissez un montant entre 20 € et 500 €.');
    const toMe = { ...EMPTY_FORM, sendToBuyer: true };
    expect(formProblems(toMe, BOUNDS).recipientEmail).toBeUndefined();
  });

  it('builds the input: amount or service, "send to me" without a recipient address', () => {
    const form = {
      ...EMPTY_FORM,
      choice: 'free',
      freeAmount: '42',
      buyerName: ' Camille ',
      buyerEmail: 'camille@exemple.fr',
      recipientName: 'Léa',
      recipientEmail: 'ignored@exemple.fr',
      sendToBuyer: true,
      deliverOn: '2030-02-14',
      method: 'BANK_TRANSFER' as const,
    };
    expect(toPurchaseInput(form)).toEqual({
      amountCents: 4200,
      serviceId: null,
      buyerName: 'Camille',
      buyerEmail: 'camille@exemple.fr',
      buyerPhone: null,
      recipientName: 'Léa',
      recipientEmail: null,
      sendToBuyer: true,
      message: null,
      deliverOn: '2030-02-14',
      method: 'BANK_TRANSFER',
    });
    expect(toPurchaseInput({ ...form, choice: 'service:s1' })).toMatchObject({
      amountCents: null,
      serviceId: 's1',
    });
  });
});
