// Jest `setupFiles` entry for this project (see src/testing/env.ts).
import './src/testing/env';

// The screens' strings load with the first screen in the app (app/routes/lazy.tsx); tests render screens
// directly: they get every string up front.
import { DEFAULT_LANGUAGE, i18n } from './src/app/i18n';
import { screens } from './src/app/locales/screens';

i18n.addResourceBundle(DEFAULT_LANGUAGE, 'translation', screens, true, true);
