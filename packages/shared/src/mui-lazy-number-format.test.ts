import { jest } from '@jest/globals';
import { muiLazyNumberFormat } from '../build/mui-lazy-number-format.mjs';

type Resolve = (source: string, importer: string | undefined) => string | null;
type Load = (id: string) => string | null;

const plugin = muiLazyNumberFormat();
const resolve = plugin.resolveId as unknown as Resolve;
const load = plugin.load as unknown as Load;
const LOCALES = '/app/node_modules/@mui/material/locale';

async function lazyBuildFormatNumber(): Promise<(locale: string) => (value: number) => string> {
  const code = load(resolve('./utils/buildFormatNumber.mjs', `${LOCALES}/frFR.mjs`) as string) as string;
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: (locale: string) => (value: number) => string;
  };
  return module.default;
}

describe('muiLazyNumberFormat', () => {
  it("replaces the number formatter MUI's locales import, and nothing else", () => {
    expect(resolve('./utils/buildFormatNumber.mjs', `${LOCALES}/frFR.mjs`)).toMatch(/^\0serenaia:/);
    expect(resolve('./utils/buildFormatNumber.mjs', '/app/src/theme.ts')).toBeNull();
    expect(resolve('./utils/other.mjs', `${LOCALES}/frFR.mjs`)).toBeNull();
    expect(resolve('./utils/buildFormatNumber.mjs', undefined)).toBeNull();
    expect(load('/app/src/theme.ts')).toBeNull();
  });

  it('makes no Intl object until the first number is formatted, then formats as Intl does', async () => {
    const build = await lazyBuildFormatNumber();
    const made = jest.spyOn(Intl, 'NumberFormat');
    try {
      const format = build('fr-FR');
      expect(made).not.toHaveBeenCalled();
      expect(format(1234567)).toBe(new Intl.NumberFormat('fr-FR').format(1234567));
      expect(format(25)).toBe('25');
      expect(format(Number.NaN)).toBe('NaN');
      // one formatter for the three calls (the expectation's own `new Intl.NumberFormat` is the second)
      expect(made).toHaveBeenCalledTimes(2);
    } finally {
      made.mockRestore();
    }
  });

  it('falls back to String when the runtime refuses the locale', async () => {
    const build = await lazyBuildFormatNumber();
    expect(build('not a locale!')(1234)).toBe('1234');
  });
});
