import type { CrmResources } from '../../app/locales/fr';

type CardKey = keyof CrmResources['teamSettings']['cards'];

export interface TeamSettingsCard {
  /** Route of the page (inside the CRM's basename). */
  to: string;
  /** i18n key of the card's title. */
  label: `teamSettings.cards.${CardKey}`;
  /** i18n key of the card's one-line description. */
  description: `teamSettings.cards.${CardKey}`;
  /** The GraphQL operation the page needs (ADMIN on the server): show the card to whom may call it. */
  operation: 'upsertCabin' | 'upsertPractitioner';
}

/** The team settings pages, for the "Réglages" hub. */
export const TEAM_SETTINGS_CARDS: readonly TeamSettingsCard[] = [
  {
    to: '/reglages/praticiennes',
    label: 'teamSettings.cards.practitionersLabel',
    description: 'teamSettings.cards.practitionersDescription',
    operation: 'upsertPractitioner',
  },
  {
    to: '/reglages/cabines',
    label: 'teamSettings.cards.cabinsLabel',
    description: 'teamSettings.cards.cabinsDescription',
    operation: 'upsertCabin',
  },
];
