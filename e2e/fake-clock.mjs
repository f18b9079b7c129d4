/**
 * Preload for the server under browser test, never imported by production code:
 * `node --import ./e2e/fake-clock.mjs server/dist/main.js` with `E2E_CLOCK_OFFSET_MS` set (see
 * `e2e/clock.ts`). It shifts the process clock by that offset, so the server lives from the instant
 * the tests chose and time flows from there at its real pace.
 *
 * Only the wall clock moves: `Date.now()`, `new Date()` and `Date()` without arguments, and
 * `Intl.DateTimeFormat#format`/`formatToParts` without a date. Dates built from a value are untouched;
 * timers, `performance.now()` and `process.hrtime()` measure durations and stay real.
 */
const offset = Number(process.env.E2E_CLOCK_OFFSET_MS);
if (process.env.E2E_CLOCK_OFFSET_MS === undefined || !Number.isSafeInteger(offset)) {
  throw new Error(
    `fake-clock.mjs needs E2E_CLOCK_OFFSET_MS (integer milliseconds), got "${process.env.E2E_CLOCK_OFFSET_MS}"`,
  );
}

const RealDate = globalThis.Date;
const now = () => RealDate.now() + offset;

const ShiftedDate = new Proxy(RealDate, {
  construct(target, args, newTarget) {
    return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget);
  },
  apply() {
    return new RealDate(now()).toString();
  },
  get(target, key) {
    return key === 'now' ? now : Reflect.get(target, key, target);
  },
});
// `date.constructor` and `Date` are the same function again (some libraries clone dates that way).
RealDate.prototype.constructor = ShiftedDate;
globalThis.Date = ShiftedDate;

const { format, formatToParts } = Object.getOwnPropertyDescriptors(Intl.DateTimeFormat.prototype);
Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
  ...format,
  get() {
    const real = format.get.call(this);
    return (date) => real(date === undefined ? now() : date);
  },
});
Object.defineProperty(Intl.DateTimeFormat.prototype, 'formatToParts', {
  ...formatToParts,
  value(date) {
    return formatToParts.value.call(this, date === undefined ? now() : date);
  },
});
