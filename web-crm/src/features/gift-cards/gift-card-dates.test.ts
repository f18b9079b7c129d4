import { lastValidDate, lastValidInstant } from './gift-card-dates';
import { formatShortDate } from '../../shared/date-format';

describe('a card’s last valid day', () => {
  it.each([
    // Midnight Paris in winter (UTC+1) and in summer (UTC+2).
    ['2027-12-01T23:00:00.000Z', '2027-12-01', '01/12/2027'],
    ['2027-07-14T22:00:00.000Z', '2027-07-14', '14/07/2027'],
  ])('%s → %s', (expiresAt, day, shown) => {
    expect(lastValidDate(expiresAt)).toBe(day);
    expect(formatShortDate(lastValidInstant(expiresAt))).toBe(shown);
  });
});
