import { createSerenaiaTheme } from '@serenaia/shared/theme';

export { BRAND_COLOR } from '@serenaia/shared/theme';

export const theme = createSerenaiaTheme({
  // The sticky header must not hide what the browser scrolls to (anchors, a focused field).
  MuiCssBaseline: { styleOverrides: { html: { scrollPaddingTop: 88 } } },
});
