import type { RouteObject } from 'react-router-dom';
import { withStrings } from './lazy';

/** "Réglages" (the hub and each settings page), the team and the user's own account. */
export const settingsRoutes: RouteObject[] = [
  {
    path: 'reglages',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/settings-hub'))).SettingsHubPage,
    }),
  },
  {
    path: 'reglages/prestations',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/services-settings'))).ServicesSettingsPage,
    }),
  },
  {
    path: 'equipe',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/accounts'))).TeamPage,
    }),
  },
  {
    path: 'mon-compte',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/accounts'))).MyAccountPage,
    }),
  },
  {
    path: 'reglages/notifications',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/notification-settings'))).NotificationSettingsPage,
    }),
  },
  {
    path: 'reglages/paiements',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/payment-settings'))).PaymentSettingsPage,
    }),
  },
  {
    path: 'reglages/horaires',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/availability-settings'))).WorkingHoursPage,
    }),
  },
  {
    path: 'reglages/fermetures',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/availability-settings'))).ClosuresPage,
    }),
  },
  {
    path: 'reglages/reservation',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/availability-settings'))).BookingPolicyPage,
    }),
  },
  {
    path: 'reglages/cabines',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/team-settings'))).CabinsPage,
    }),
  },
  {
    path: 'reglages/praticiennes',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/team-settings'))).PractitionersPage,
    }),
  },
  {
    path: 'reglages/caisse',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/till-settings'))).TillSettingsPage,
    }),
  },
  {
    path: 'reglages/fidelite',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/loyalty-settings'))).LoyaltySettingsPage,
    }),
  },
  {
    path: 'reglages/cartes-cadeaux',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/gift-card-settings'))).GiftCardSettingsPage,
    }),
  },
  {
    path: 'reglages/terminaux',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/terminals'))).ReadersPage,
    }),
  },
];
