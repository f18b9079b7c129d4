import { alpha, createTheme, type Components, type Theme } from '@mui/material/styles';
import { frFR } from '@mui/material/locale';

/** The institute's brand colour (a muted plum), also stored in `settings.institute.brandColor`. */
export const BRAND_COLOR = '#8e5b6e';

// No web fonts: the server's CSP only allows 'self', and none is bundled. These stacks pick an elegant
// serif and a clean sans-serif from what each platform already has.
const serif =
  "'Iowan Old Style', 'Palatino Linotype', Palatino, 'Book Antiqua', Georgia, 'DejaVu Serif', serif";
const sans =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** The Sérénaia theme (French locale), with an app's own component overrides added to the common ones. */
export function createSerenaiaTheme(components: Components<Omit<Theme, 'components'>> = {}): Theme {
  return createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: BRAND_COLOR, light: '#b48797', dark: '#6b3f51', contrastText: '#ffffff' },
        secondary: { main: '#a88a63', contrastText: '#ffffff' },
        background: { default: '#faf6f3', paper: '#ffffff' },
        text: { primary: '#2e2428', secondary: '#6b5d63' },
        divider: alpha(BRAND_COLOR, 0.16),
      },
      shape: { borderRadius: 14 },
      typography: {
        fontFamily: sans,
        h1: { fontFamily: serif, fontWeight: 500, letterSpacing: '-0.01em', lineHeight: 1.1 },
        h2: { fontFamily: serif, fontWeight: 500, letterSpacing: '-0.005em', lineHeight: 1.15 },
        h3: { fontFamily: serif, fontWeight: 500, lineHeight: 1.2 },
        h4: { fontFamily: serif, fontWeight: 500 },
        h5: { fontFamily: serif, fontWeight: 500 },
        h6: { fontFamily: serif, fontWeight: 500, letterSpacing: '0.01em' },
        overline: { fontWeight: 600, letterSpacing: '0.18em', lineHeight: 2 },
        button: { textTransform: 'none', fontWeight: 600, letterSpacing: '0.02em' },
      },
      components: {
        MuiButton: {
          defaultProps: { disableElevation: true },
          styleOverrides: { root: { borderRadius: 999, paddingInline: 22 } },
        },
        MuiCard: {
          defaultProps: { variant: 'outlined' },
          styleOverrides: { root: { borderColor: alpha(BRAND_COLOR, 0.14) } },
        },
        MuiLink: { defaultProps: { underline: 'hover' } },
        ...components,
      },
    },
    frFR,
  );
}
