/**
 * A Vite plugin for both SPAs: MUI's locale number formatter made on first use.
 *
 * Each of MUI's locales (`@mui/material/locale/frFR.mjs` for us, through `src/theme.ts`) calls
 * `buildFormatNumber('fr-FR')` at import, which makes an `Intl.NumberFormat` there and then. The first
 * `Intl` object of a page loads the locale's data: 30–55 ms on a desktop CPU, counted four times by
 * Lighthouse's phone, all of it inside the entry script's evaluation, one long task before anything
 * renders (bench/public-site). The formatter only serves the table pagination's "1–25 sur 300". This
 * plugin resolves `./utils/buildFormatNumber.mjs`, when a locale imports it, to a version that makes
 * the formatter at its first call, with the same output (and the same fallback to `String` when the
 * runtime has no `Intl` or refuses the locale).
 *
 * Plain JavaScript (not TypeScript): Vite loads it with the app's config, through Node.
 */
const ID = '\0serenaia:mui-lazy-number-format';
const LOCALE_IMPORTER = /[\\/]@mui[\\/]material[\\/]locale[\\/][^\\/]+\.m?js$/;

const LAZY_BUILD_FORMAT_NUMBER = `export default function buildFormatNumber(locale) {
  let formatter;
  return (value) => {
    if (!Number.isFinite(value)) return String(value);
    if (formatter === undefined) {
      formatter = null;
      try {
        if (typeof Intl !== 'undefined' && Intl.NumberFormat) formatter = new Intl.NumberFormat(locale);
      } catch {
        // the runtime refuses the locale: plain String below
      }
    }
    return formatter === null ? String(value) : formatter.format(value);
  };
}`;

/** @returns {import('vite').Plugin} */
export function muiLazyNumberFormat() {
  return {
    name: 'serenaia:mui-lazy-number-format',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === undefined || !LOCALE_IMPORTER.test(importer)) return null;
      return source === './utils/buildFormatNumber.mjs' ? ID : null;
    },
    load(id) {
      return id === ID ? LAZY_BUILD_FORMAT_NUMBER : null;
    },
  };
}
