import type { Slot } from './compute-slots.js';
import { nearestSlots } from './nearest-slots.js';

describe('nearestSlots', () => {
  const at = (minutes: number): Slot => ({
    start: minutes,
    end: minutes + 1,
    practitionerId: 'p',
    items: [],
  });
  const slots = [0, 30, 60, 90, 120].map(at);
  it.each<[string, number, number, number[]]>([
    ['the closest three', 65, 3, [30, 60, 90]],
    ['ties go to the earlier', 45, 1, [30]],
    ['ties then both', 45, 2, [30, 60]],
    ['before all', -100, 2, [0, 30]],
    ['after all', 1000, 2, [90, 120]],
    ['more than there are', 60, 10, [0, 30, 60, 90, 120]],
    ['none', 60, 0, []],
  ])('%s', (_name, target, count, expected) => {
    expect(nearestSlots(slots, target, count).map((s) => s.start)).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const input = [...slots];
    nearestSlots(input, 100, 2);
    expect(input).toEqual(slots);
  });
});
