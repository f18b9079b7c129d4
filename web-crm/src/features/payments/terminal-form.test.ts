import { defaultReaderId, validateTerminal, type ReaderChoice } from './terminal-form';

const online = (id: string, busy = false): ReaderChoice => ({ id, status: 'ONLINE', busy });
const offline = (id: string): ReaderChoice => ({ id, status: 'OFFLINE', busy: false });

describe('validateTerminal', () => {
  const readers = [online('r1'), offline('r2')];
  it.each([
    [
      { readerId: 'r1', amount: '45' },
      { readerId: 'r1', amountCents: 4500, errors: null },
    ],
    [
      { readerId: 'r2', amount: '12,50' },
      { readerId: 'r2', amountCents: 1250, errors: null },
    ],
    [
      { readerId: '', amount: '45' },
      { readerId: null, amountCents: null, errors: { reader: 'readerRequired' } },
    ],
    [
      { readerId: 'gone', amount: '45' },
      { readerId: null, amountCents: null, errors: { reader: 'readerRequired' } },
    ],
    [
      { readerId: 'r1', amount: '' },
      { readerId: null, amountCents: null, errors: { amount: 'amountRequired' } },
    ],
    [
      { readerId: 'r1', amount: '4,555' },
      { readerId: null, amountCents: null, errors: { amount: 'amountInvalid' } },
    ],
    [
      { readerId: 'r1', amount: '0' },
      { readerId: null, amountCents: null, errors: { amount: 'amountPositive' } },
    ],
    [
      { readerId: 'r1', amount: '45,01' },
      { readerId: null, amountCents: null, errors: { amount: 'amountAboveRemaining' } },
    ],
    [
      { readerId: '', amount: 'abc' },
      { readerId: null, amountCents: null, errors: { reader: 'readerRequired', amount: 'amountInvalid' } },
    ],
  ])('%j', (form, expected) => {
    expect(validateTerminal(form, 4500, readers)).toEqual(expected);
  });
});

describe('defaultReaderId', () => {
  it('proposes the only reader, even offline (the server says why it cannot be used)', () => {
    expect(defaultReaderId([offline('r1')])).toBe('r1');
  });
  it('proposes the only reader online and free among several', () => {
    expect(defaultReaderId([offline('r1'), online('r2'), online('r3', true)])).toBe('r2');
  });
  it('lets the desk choose when several are ready, or none', () => {
    expect(defaultReaderId([online('r1'), online('r2')])).toBe('');
    expect(defaultReaderId([offline('r1'), offline('r2')])).toBe('');
    expect(defaultReaderId([])).toBe('');
  });
});
