/**
 * A Vite plugin for both SPAs: MUI without its CSS-theme-variables machinery.
 *
 * Sérénaia's theme (`src/theme.ts`) is a plain theme: no `cssVariables`, no `colorSchemes`. MUI's
 * `createTheme` and `ThemeProvider` (and every component, through the default theme) still import
 * `createThemeWithVars` and `ThemeProviderWithVars` statically and pick one at run time, so bundlers
 * cannot drop them: about 70 kB of source (the CSS-vars provider, color-scheme storage, init script)
 * parsed on every first load for nothing. This plugin resolves those two modules, when imported from
 * `@mui/material/styles/`, to stubs that fail loudly if a theme ever asks for CSS variables.
 *
 * Plain JavaScript (not TypeScript): Vite loads it with the app's config, through Node.
 */
const PREFIX = '\0serenaia:mui-without-css-variables:';
const STYLES_IMPORTER = /[\\/]@mui[\\/]material[\\/]styles[\\/][^\\/]+\.m?js$/;
const REFUSAL =
  'Sérénaia is built without MUI CSS theme variables (packages/shared/build/mui-without-css-variables.mjs): ' +
  'a theme with `cssVariables` or `colorSchemes` needs that plugin removed from vite.config.ts.';

const STUBS = {
  './createThemeWithVars.mjs': `export default function createThemeWithVars() { throw new Error(${JSON.stringify(REFUSAL)}); }`,
  './ThemeProviderWithVars.mjs': [
    `const refuse = () => { throw new Error(${JSON.stringify(REFUSAL)}); };`,
    'export const CssVarsProvider = refuse;',
    'export const Experimental_CssVarsProvider = refuse;',
    'export const useColorScheme = refuse;',
    'export const getInitColorSchemeScript = refuse;',
  ].join('\n'),
};

/** @returns {import('vite').Plugin} */
export function muiWithoutCssVariables() {
  return {
    name: 'serenaia:mui-without-css-variables',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === undefined || !STYLES_IMPORTER.test(importer)) return null;
      return Object.hasOwn(STUBS, source) ? PREFIX + source : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? STUBS[id.slice(PREFIX.length)] : null;
    },
  };
}
