import { monthOf, monthsBefore } from './list-window.js';

describe('monthsBefore', () => {
  it.each([
    ['2026-12-05', 1, '2026-11-05'],
    ['2026-12-05', 12, '2025-12-05'],
    ['2026-01-15', 2, '2025-11-15'],
    ['2026-05-31', 3, '2026-02-28'],
    ['2024-05-31', 3, '2024-02-29'],
    ['2026-03-31', 1, '2026-02-28'],
  ])('%s − %i months → %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });

  it('reads the month of a date', () => {
    expect(monthOf('2026-02-28')).toBe(2);
  });
});
