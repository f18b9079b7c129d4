import 'i18next';
import type { CrmResources } from './locales/fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: CrmResources };
  }
}
