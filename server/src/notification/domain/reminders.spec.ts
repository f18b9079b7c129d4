import { reminderJobId, reminderTime } from './reminders.js';

const H = 3600_000;

describe('reminderTime', () => {
  const now = Date.parse('2026-03-27T10:00:00Z');
  it.each([
    [3 * H, null],
    [24 * H, null],
    [24 * H + 1, now + 1],
    [72 * H, now + 48 * H],
  ])('a booking %d ms ahead → %p', (ahead, expected) => {
    expect(reminderTime(now + ahead, now)).toBe(expected);
  });

  it('keys the job by booking', () => {
    expect(reminderJobId('b-1')).toBe('reminder:b-1');
  });
});
