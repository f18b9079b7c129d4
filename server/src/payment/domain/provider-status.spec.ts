import { convergeStatus, stripeIntentStatus } from './provider-status.js';

describe('stripeIntentStatus', () => {
  it.each([
    ['succeeded', false, 'SUCCEEDED'],
    ['canceled', false, 'CANCELLED'],
    ['requires_payment_method', true, 'FAILED'],
    ['requires_payment_method', false, 'PENDING'],
    ['processing', false, 'PENDING'],
    ['requires_action', false, 'PENDING'],
  ] as const)('%s (error: %s) → %s', (status, error, expected) => {
    expect(stripeIntentStatus(status, error)).toBe(expected);
  });
});

describe('convergeStatus', () => {
  it.each([
    ['PENDING', 'SUCCEEDED', 'SUCCEEDED'],
    ['PENDING', 'FAILED', 'FAILED'],
    ['FAILED', 'SUCCEEDED', 'SUCCEEDED'], // a retry with another card succeeded
    ['FAILED', 'PENDING', 'PENDING'],
    ['SUCCEEDED', 'FAILED', 'SUCCEEDED'], // a late failure event after success
    ['SUCCEEDED', 'PENDING', 'SUCCEEDED'], // 'created' arriving after 'succeeded'
    ['REFUNDED', 'SUCCEEDED', 'REFUNDED'],
    ['CANCELLED', 'FAILED', 'CANCELLED'],
    ['CANCELLED', 'SUCCEEDED', 'SUCCEEDED'],
  ] as const)('%s + reported %s → %s', (current, reported, expected) => {
    expect(convergeStatus(current, reported)).toBe(expected);
  });
});
