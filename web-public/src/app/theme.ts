import { BRAND_COLOR, createSerenaiaTheme } from '@serenaia/shared/theme';

export { BRAND_COLOR } from '@serenaia/shared/theme';

export const theme = createSerenaiaTheme({
  // The sticky header must not hide what the browser scrolls to (anchors, a focused field).
  MuiCssBaseline: { styleOverrides: { html: { scrollPaddingTop: 88 } } },
  // MUI draws a button's keyboard focus from a class its script sets; the home page runs no script,
  // so the ring comes from CSS alone.
  MuiButtonBase: {
    styleOverrides: {
      root: { '&:focus-visible': { outline: `2px solid ${BRAND_COLOR}`, outlineOffset: 2 } },
    },
  },
});
