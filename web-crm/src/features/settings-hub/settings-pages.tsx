import CardGiftcardOutlined from '@mui/icons-material/CardGiftcardOutlined';
import CategoryOutlined from '@mui/icons-material/CategoryOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import LoyaltyOutlined from '@mui/icons-material/LoyaltyOutlined';
import Face3Outlined from '@mui/icons-material/Face3Outlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import MeetingRoomOutlined from '@mui/icons-material/MeetingRoomOutlined';
import RuleOutlined from '@mui/icons-material/RuleOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import PointOfSaleOutlined from '@mui/icons-material/PointOfSaleOutlined';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import type { ParseKeys } from 'i18next';
import type { ReactElement } from 'react';
import type { Operation } from '../../shared/permissions';

export interface SettingsPage {
  /** The page's path, under /reglages. */
  to: string;
  label: ParseKeys;
  description: ParseKeys;
  icon: ReactElement;
  /** The operation the page needs: its card shows only to users the server lets run it. */
  operation: Operation;
}

/**
 * The cards of the "Réglages" hub, in the order they show. A settings page adds its entry here (and its
 * route in app/routes/settings-routes.tsx); the navigation's "Réglages" entry shows as soon as one of them is allowed.
 */
export const SETTINGS_PAGES: readonly SettingsPage[] = [
  {
    to: '/reglages/prestations',
    label: 'settingsHub.pages.services.label',
    description: 'settingsHub.pages.services.description',
    icon: <CategoryOutlined />,
    operation: 'upsertService',
  },
  {
    to: '/reglages/praticiennes',
    label: 'teamSettings.cards.practitionersLabel',
    description: 'teamSettings.cards.practitionersDescription',
    icon: <Face3Outlined />,
    operation: 'upsertPractitioner',
  },
  {
    to: '/reglages/horaires',
    label: 'availabilitySettings.cards.hours.label',
    description: 'availabilitySettings.cards.hours.description',
    icon: <ScheduleOutlined />,
    operation: 'setWorkingHours',
  },
  {
    to: '/reglages/fermetures',
    label: 'availabilitySettings.cards.closures.label',
    description: 'availabilitySettings.cards.closures.description',
    icon: <EventBusyOutlined />,
    operation: 'createClosures',
  },
  {
    to: '/reglages/reservation',
    label: 'availabilitySettings.cards.policy.label',
    description: 'availabilitySettings.cards.policy.description',
    icon: <RuleOutlined />,
    operation: 'updateBookingSettings',
  },
  {
    to: '/reglages/cabines',
    label: 'teamSettings.cards.cabinsLabel',
    description: 'teamSettings.cards.cabinsDescription',
    icon: <MeetingRoomOutlined />,
    operation: 'upsertCabin',
  },
  {
    to: '/equipe',
    label: 'settingsHub.pages.team.label',
    description: 'settingsHub.pages.team.description',
    icon: <GroupsOutlined />,
    operation: 'staffAccounts',
  },
  {
    to: '/reglages/paiements',
    label: 'settingsHub.pages.payments.label',
    description: 'settingsHub.pages.payments.description',
    icon: <TuneOutlined />,
    operation: 'updatePaymentSettings',
  },
  {
    to: '/reglages/caisse',
    label: 'tillSettings.card.label',
    description: 'tillSettings.card.description',
    icon: <StorefrontOutlined />,
    operation: 'updateSaleSettings',
  },
  {
    to: '/reglages/fidelite',
    label: 'loyaltySettings.card.label',
    description: 'loyaltySettings.card.description',
    icon: <LoyaltyOutlined />,
    operation: 'updateLoyaltyProgram',
  },
  {
    to: '/reglages/cartes-cadeaux',
    label: 'giftCardSettings.card.label',
    description: 'giftCardSettings.card.description',
    icon: <CardGiftcardOutlined />,
    operation: 'updateGiftCardShop',
  },
  {
    to: '/reglages/terminaux',
    label: 'settingsHub.pages.terminals.label',
    description: 'settingsHub.pages.terminals.description',
    icon: <PointOfSaleOutlined />,
    operation: 'pairReader',
  },
  {
    to: '/reglages/notifications',
    label: 'settingsHub.pages.notifications.label',
    description: 'settingsHub.pages.notifications.description',
    icon: <MarkEmailReadOutlined />,
    operation: 'updateNotificationSettings',
  },
];

/** The operations that make the "Réglages" entry worth showing. */
export const SETTINGS_OPERATIONS: readonly Operation[] = SETTINGS_PAGES.map((page) => page.operation);
