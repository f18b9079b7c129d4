import { createSerenaiaTheme } from '@serenaia/shared/theme';

export { BRAND_COLOR } from '@serenaia/shared/theme';

export const theme = createSerenaiaTheme();
