import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './locales/fr';

export const DEFAULT_LANGUAGE = 'fr';

/** The app's i18next instance: French first, resources bundled (no network), ready synchronously. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [DEFAULT_LANGUAGE],
  resources: { fr: { translation: fr } },
  initAsync: false,
  interpolation: { escapeValue: false },
});
