/**
 * The checkout test's own instant, set before `clock.ts` loads (import this first): Tuesday
 * 9 February 2027, 10:30 in Paris — a working morning with the demo till open since 09:00 — whatever
 * `E2E_NOW` the run was given, so the test never depends on the hour it runs at (23:59 included).
 */
export const CHECKOUT_NOW = '2027-02-09T09:30:00.000Z';
process.env.E2E_NOW = CHECKOUT_NOW;
