import 'i18next';
import type { PublicResources } from './locales/fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: PublicResources };
  }
}
