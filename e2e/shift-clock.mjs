/**
 * Shifts this realm's wall clock by `offsetMs`, so that it lives from the instant the browser tests
 * chose and time flows from there at its real pace (see `e2e/clock.ts`). Used by the server's preload
 * (`fake-clock.mjs`) and, serialised by Playwright, as every browser page's first script: one
 * mechanism on both sides. Never imported by production code.
 *
 * Only the wall clock moves: `Date.now()`, `new Date()` and `Date()` without arguments, and
 * `Intl.DateTimeFormat#format`/`formatToParts` without a date. Dates built from a value are untouched;
 * timers, `performance.now()` and `process.hrtime()` measure durations and stay real.
 *
 * Self-contained (no imports, no outer variables): Playwright sends its source to the browser.
 */
export function shiftClock(offsetMs) {
  if (!Number.isSafeInteger(offsetMs))
    throw new Error(`shiftClock needs integer milliseconds, got ${offsetMs}`);
  const RealDate = globalThis.Date;
  if (RealDate.shiftedByMs !== undefined) return;
  const now = () => RealDate.now() + offsetMs;

  const ShiftedDate = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget);
    },
    apply() {
      return new RealDate(now()).toString();
    },
    get(target, key) {
      if (key === 'now') return now;
      if (key === 'shiftedByMs') return offsetMs;
      return Reflect.get(target, key, target);
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
}
