import { RETRY_BASE_MS, RETRY_MAX_MS, describeError, nextRetryDelayMs, outboxJobId } from './retry.js';

describe('nextRetryDelayMs', () => {
  const noJitter = () => 0;
  const fullJitter = () => 0.9999999;

  it('doubles from one second', () => {
    expect([1, 2, 3, 4, 5].map((n) => nextRetryDelayMs(n, noJitter))).toEqual([
      1000, 2000, 4000, 8000, 16000,
    ]);
  });

  it('is capped at five minutes, however many attempts', () => {
    expect(nextRetryDelayMs(9, noJitter)).toBe(256_000);
    expect(nextRetryDelayMs(10, noJitter)).toBe(RETRY_MAX_MS);
    expect(nextRetryDelayMs(1000, noJitter)).toBe(RETRY_MAX_MS);
  });

  it('takes off at most 20 % as jitter', () => {
    expect(nextRetryDelayMs(1, fullJitter)).toBe(Math.round(RETRY_BASE_MS * 0.8));
    for (let attempt = 1; attempt < 15; attempt++) {
      const delay = nextRetryDelayMs(attempt);
      const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
      expect(delay).toBeLessThanOrEqual(ceiling);
      expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling * 0.8));
    }
  });

  it('refuses nonsense attempt counts', () => {
    expect(() => nextRetryDelayMs(0)).toThrow(RangeError);
    expect(() => nextRetryDelayMs(1.5)).toThrow(RangeError);
  });
});

describe('outboxJobId', () => {
  it('derives a stable id from the row, or uses the row’s own', () => {
    expect(outboxJobId({ id: '42', jobId: null })).toBe('outbox:42');
    expect(outboxJobId({ id: '42', jobId: 'reminder:b-1:v2' })).toBe('reminder:b-1:v2');
  });
});

describe('describeError', () => {
  it('keeps one bounded line', () => {
    expect(describeError(new Error('Connection\n  refused'))).toBe('Error: Connection refused');
    expect(describeError('x'.repeat(900))).toHaveLength(500);
  });
});
