import { parseReaderCallback } from './sumup-callback.js';

const valid = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  event_type: 'solo.transaction.updated',
  payload: {
    client_transaction_id: 'c0ffee00-0000-4000-8000-000000000002',
    merchant_code: 'MFAKE001',
    status: 'successful',
    transaction_id: 'c0ffee00-0000-4000-8000-000000000003',
  },
  timestamp: '2030-01-07T09:00:00.000Z',
};

describe('parseReaderCallback', () => {
  it('reads a ReaderCheckoutStatusChange', () => {
    expect(parseReaderCallback(valid)).toEqual({
      eventId: valid.id,
      eventType: 'solo.transaction.updated',
      clientTransactionId: valid.payload.client_transaction_id,
      merchantCode: 'MFAKE001',
      claimedStatus: 'successful',
    });
  });

  it('accepts a callback without merchant code', () => {
    const { merchant_code: _m, ...payload } = valid.payload;
    expect(parseReaderCallback({ ...valid, payload })?.merchantCode).toBeNull();
  });

  it.each([
    ['null', null],
    ['an array', [valid]],
    ['a string', 'successful'],
    ['no payload', { ...valid, payload: undefined }],
    ['no id', { ...valid, id: undefined }],
    ['no event type', { ...valid, event_type: '' }],
    [
      'no client transaction id',
      { ...valid, payload: { ...valid.payload, client_transaction_id: undefined } },
    ],
    ['a numeric status', { ...valid, payload: { ...valid.payload, status: 1 } }],
    ['a huge id', { ...valid, payload: { ...valid.payload, client_transaction_id: 'x'.repeat(201) } }],
  ])('refuses %s', (_what, body) => {
    expect(parseReaderCallback(body)).toBeNull();
  });
});
