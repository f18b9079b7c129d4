/**
 * Preload for the server under browser test, never imported by production code:
 * `node --import ./e2e/fake-clock.mjs server/dist/main.js` with `E2E_CLOCK_OFFSET_MS` set by the
 * harness (see `e2e/clock.ts`): the server's wall clock starts at the instant the tests chose.
 */
import { shiftClock } from './shift-clock.mjs';

const value = process.env.E2E_CLOCK_OFFSET_MS;
if (value === undefined || !/^-?\d+$/.test(value)) {
  throw new Error(`fake-clock.mjs needs E2E_CLOCK_OFFSET_MS (integer milliseconds), got "${value}"`);
}
shiftClock(Number(value));
