import { createI18n, DEFAULT_LANGUAGE } from '@serenaia/shared/i18n';
import { core } from './locales/core';

export { DEFAULT_LANGUAGE } from '@serenaia/shared/i18n';

/**
 * The app's i18next instance: French, ready synchronously with the strings the entry needs (sign-in,
 * error pages); the screens' strings (50 kB of the 51) are added by {@link loadScreenStrings}.
 */
export const i18n = createI18n(core);

let screens: Promise<void> | null = null;

/** Adds the screens' strings (`locales/screens.ts`), once; every screen's route waits for it. */
export function loadScreenStrings(): Promise<void> {
  screens ??= import('./locales/screens').then(
    ({ screens: strings }) => {
      i18n.addResourceBundle(DEFAULT_LANGUAGE, 'translation', strings, true, true);
    },
    (error: unknown) => {
      screens = null; // a failed download is tried again by the next navigation
      throw error;
    },
  );
  return screens;
}
