import { createI18n } from '@serenaia/shared/i18n';
import { fr } from './locales/fr';

export { DEFAULT_LANGUAGE } from '@serenaia/shared/i18n';

/** The app's i18next instance: French first, resources bundled (no network), ready synchronously. */
export const i18n = createI18n(fr);
