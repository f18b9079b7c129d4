import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const DEFAULT_LANGUAGE = 'fr';

/** An app's i18next instance: French first, resources bundled (no network), ready synchronously. */
export function createI18n(translation: Record<string, unknown>): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [DEFAULT_LANGUAGE],
    resources: { fr: { translation } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
