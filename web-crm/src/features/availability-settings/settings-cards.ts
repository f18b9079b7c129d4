/**
 * The entries this feature gives the `/reglages` hub: where, what (French, from the locale), and the
 * GraphQL operation whose role rule decides who sees the card (all three are ADMIN mutations).
 */
import { availabilitySettings } from '../../app/locales/availability-settings';

export interface SettingsCard {
  to: string;
  label: string;
  description: string;
  /** The operation the page exists for: the hub shows the card to whoever may call it. */
  operation: string;
}

export const AVAILABILITY_SETTINGS_CARDS: readonly SettingsCard[] = [
  { to: '/reglages/horaires', ...availabilitySettings.cards.hours, operation: 'setWorkingHours' },
  { to: '/reglages/fermetures', ...availabilitySettings.cards.closures, operation: 'createClosures' },
  { to: '/reglages/reservation', ...availabilitySettings.cards.policy, operation: 'updateBookingSettings' },
];
