import { addMonths, expiryInstant, lastValidDate } from './expiry.js';

describe('gift-card expiry', () => {
  it.each([
    ['2026-12-06T10:00:00Z', 12, '2027-12-06'],
    // 23:30 UTC on 31 Dec is already 1 Jan in Paris.
    ['2026-12-31T23:30:00Z', 12, '2028-01-01'],
    ['2027-03-31T08:00:00Z', 1, '2027-04-30'],
    ['2028-02-29T08:00:00Z', 12, '2029-02-28'],
    ['2026-06-15T08:00:00Z', 6, '2026-12-15'],
  ])('issued %s, %i months → valid through %s (Paris)', (issued, months, expected) => {
    expect(lastValidDate(Date.parse(issued), months)).toBe(expected);
  });

  it('stops at midnight Paris after the last valid date, in winter and in summer time', () => {
    expect(new Date(expiryInstant('2027-12-06')).toISOString()).toBe('2027-12-06T23:00:00.000Z');
    expect(new Date(expiryInstant('2027-07-14')).toISOString()).toBe('2027-07-14T22:00:00.000Z');
    // Summer time starts on Sunday 28 March 2027 at 02:00.
    expect(new Date(expiryInstant('2027-03-27')).toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(new Date(expiryInstant('2027-03-28')).toISOString()).toBe('2027-03-28T22:00:00.000Z');
  });

  it('adds months across years', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 24)).toBe('2028-01-15');
  });

  it('refuses a validity that is not a positive whole number of months', () => {
    expect(() => lastValidDate(0, 0)).toThrow(RangeError);
  });
});
