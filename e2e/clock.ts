/**
 * The browser tests' clock. Each test file runs from one chosen instant, shared by three processes:
 * the server under test (its `Date` is shifted by the `fake-clock.mjs` preload, so the demo seed,
 * "today", lead times, tokens and delayed jobs follow it), every browser page (the same shift, as
 * `newContext`'s first script) and the test code itself (`testNow()`). Time still flows from there at
 * its real pace, so waits, timers and expiries behave as they would.
 *
 * The instant is `DEFAULT_E2E_NOW` unless `E2E_NOW` names another (an ISO 8601 instant with `Z` or an
 * offset): `scripts/e2e-dates.mjs` runs the suite at awkward ones (a Sunday, a public holiday, both DST
 * switches, New Year's Eve).
 *
 * Test code never reads the real clock (`Date.now()`, `new Date()`): lint refuses both in `e2e/`.
 */

/** Tuesday 9 February 2027, 10:00 in Paris: an ordinary working morning, far from holidays and DST. */
export const DEFAULT_E2E_NOW = '2027-02-09T09:00:00.000Z';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads `E2E_NOW` (or the default) as epoch milliseconds; a malformed value stops the run. */
export function e2eStartInstant(value: string | undefined = process.env.E2E_NOW): number {
  const text = value === undefined || value.trim() === '' ? DEFAULT_E2E_NOW : value.trim();
  const instant = Date.parse(text);
  if (!ISO_INSTANT.test(text) || !Number.isFinite(instant)) {
    throw new Error(
      `E2E_NOW must be an ISO 8601 instant with Z or an offset (e.g. 2027-02-09T10:00:00+01:00), got "${text}"`,
    );
  }
  return instant;
}

/**
 * Chosen instant minus the real time when this module loaded. Jest loads modules afresh for each
 * test file, so every file (and the server it starts) begins at the chosen instant.
 */
// eslint-disable-next-line no-restricted-syntax -- the one place that reads the real clock
export const CLOCK_OFFSET_MS = Math.round(e2eStartInstant() - Date.now());

/** The tests' "now", in epoch milliseconds: the same as the server's and the browsers'. */
export function testNow(): number {
  // eslint-disable-next-line no-restricted-syntax -- the one place that reads the real clock
  return Date.now() + CLOCK_OFFSET_MS;
}

/** `testNow()` as a Date. */
export function testDate(): Date {
  return new Date(testNow());
}
