import { signReceiptLink, verifyReceiptLink } from './receipt-link.js';

const key = Buffer.alloc(32, 7);
const other = Buffer.alloc(32, 8);
const sale = '6f1c1d1e-0000-4000-8000-000000000001';
const at = Date.UTC(2026, 11, 6, 14, 0, 0);

describe('signed receipt links', () => {
  const token = signReceiptLink(key, sale, 'RECEIPT', at + 60_000);

  it.each([
    ['valid before expiry', key, sale, 'RECEIPT', token, at, 'ok'],
    ['valid at the expiry instant', key, sale, 'RECEIPT', token, at + 60_000, 'ok'],
    ['expired after', key, sale, 'RECEIPT', token, at + 60_001, 'expired'],
    ['another key', other, sale, 'RECEIPT', token, at, 'invalid'],
    ['another sale', key, sale.replace('1', '2'), 'RECEIPT', token, at, 'invalid'],
    ['another format', key, sale, 'NOTE', token, at, 'invalid'],
    [
      'a later expiry written in',
      key,
      sale,
      'RECEIPT',
      token.replace(/^\d+/, String(at + 999_999)),
      at,
      'invalid',
    ],
    ['garbage', key, sale, 'RECEIPT', 'abc', at, 'invalid'],
  ] as const)('%s', (_name, k, id, format, t, now, outcome) =>
    expect(verifyReceiptLink(k, id, format, t, now)).toBe(outcome),
  );
});
