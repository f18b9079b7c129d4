/** See shift-clock.mjs. */
export function shiftClock(offsetMs: number): void;
