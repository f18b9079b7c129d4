import { muiWithoutCssVariables } from '../build/mui-without-css-variables.mjs';

type Resolve = (source: string, importer: string | undefined) => string | null;
type Load = (id: string) => string | null;

const plugin = muiWithoutCssVariables();
const resolve = plugin.resolveId as unknown as Resolve;
const load = plugin.load as unknown as Load;
const STYLES = '/app/node_modules/@mui/material/styles';

describe('muiWithoutCssVariables', () => {
  it("stubs the CSS-variables theme and provider when MUI's styles import them", () => {
    const theme = resolve('./createThemeWithVars.mjs', `${STYLES}/createTheme.mjs`);
    const provider = resolve('./ThemeProviderWithVars.mjs', `${STYLES}/ThemeProvider.mjs`);
    expect(theme).toMatch(/^\0serenaia:mui-without-css-variables:/);
    expect(provider).toMatch(/^\0serenaia:mui-without-css-variables:/);
    expect(load(provider as string)).toContain('export const CssVarsProvider');
    expect(load(provider as string)).toContain('export const useColorScheme');
  });

  it('leaves every other import alone', () => {
    expect(resolve('./createThemeNoVars.mjs', `${STYLES}/createTheme.mjs`)).toBeNull();
    expect(resolve('./createThemeWithVars.mjs', '/app/src/theme.ts')).toBeNull();
    expect(resolve('./createThemeWithVars.mjs', undefined)).toBeNull();
    expect(load('/app/src/theme.ts')).toBeNull();
  });

  it('makes a theme that asks for CSS variables fail loudly, naming the plugin', async () => {
    const code = load(resolve('./createThemeWithVars.mjs', `${STYLES}/createTheme.mjs`) as string) as string;
    const stub = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      default: () => unknown;
    };
    expect(() => stub.default()).toThrow(/mui-without-css-variables\.mjs/);
  });
});
