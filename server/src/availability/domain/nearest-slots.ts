import type { Slot } from './compute-slots.js';

/** The `count` slots nearest to `target` (by |start - target|, ties → earlier), ascending by start. */
export function nearestSlots(slots: readonly Slot[], target: number, count: number): Slot[] {
  if (!(count > 0)) return [];
  return [...slots]
    .sort((a, b) => Math.abs(a.start - target) - Math.abs(b.start - target) || a.start - b.start)
    .slice(0, Math.floor(count))
    .sort((a, b) => a.start - b.start);
}
