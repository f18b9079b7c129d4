import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import CardGiftcardOutlined from '@mui/icons-material/CardGiftcardOutlined';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import PaymentsOutlined from '@mui/icons-material/PaymentsOutlined';
import PointOfSaleOutlined from '@mui/icons-material/PointOfSaleOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import type { ReactElement } from 'react';
import type { CrmResources } from '../locales/fr';
import type { Operation } from '../../shared/permissions';
import { SETTINGS_OPERATIONS } from '../../features/settings-hub';

export interface NavigationEntry {
  to: string;
  label: `shell.nav.${keyof CrmResources['shell']['nav']}`;
  icon: ReactElement;
  /** Selected only on this exact path (the home page would otherwise match everything). */
  end?: boolean;
  /** Shown when the server lets the user run at least one of these operations (what its page needs). */
  operations: readonly Operation[];
}

/**
 * Pages that exist, by daily use: the day's work first, the settings last and grouped under one
 * entry. A feature adds its entry here when its page ships, never before.
 */
export const NAVIGATION: NavigationEntry[] = [
  { to: '/agenda', label: 'shell.nav.agenda', icon: <CalendarMonthOutlined />, operations: ['agenda'] },
  { to: '/clients', label: 'shell.nav.clients', icon: <PeopleAltOutlined />, operations: ['clients'] },
  {
    to: '/caisse',
    label: 'shell.nav.till',
    icon: <PointOfSaleOutlined />,
    // The front desk runs the cash session; the accountant reads the closures and the journal.
    operations: ['cashSession', 'closures'],
  },
  {
    to: '/cartes-cadeaux',
    label: 'shell.nav.giftCards',
    icon: <CardGiftcardOutlined />,
    operations: ['giftCards'],
  },
  { to: '/paiements', label: 'shell.nav.payments', icon: <PaymentsOutlined />, operations: ['payments'] },
  {
    to: '/comptabilite',
    label: 'shell.nav.accounting',
    icon: <AccountBalanceOutlined />,
    operations: ['accountingEntries'],
  },
  { to: '/stock', label: 'shell.nav.stock', icon: <Inventory2Outlined />, operations: ['products'] },
  {
    to: '/notifications',
    label: 'shell.nav.messages',
    icon: <ForumOutlined />,
    operations: ['notifications'],
  },
  { to: '/', label: 'shell.nav.home', icon: <HomeOutlined />, end: true, operations: ['me'] },
  {
    to: '/reglages',
    label: 'shell.nav.settings',
    icon: <SettingsOutlined />,
    operations: SETTINGS_OPERATIONS,
  },
];

/** The entries a user sees, given what the server lets them run (none until it has answered). */
export function navigationFor(canAny: (operations: readonly Operation[]) => boolean): NavigationEntry[] {
  return NAVIGATION.filter((entry) => canAny(entry.operations));
}

/** Where a user lands (after signing in, or on a page their role may not use): their first working page. */
const LANDINGS: readonly { to: string; operation: Operation }[] = [
  { to: '/agenda', operation: 'agenda' },
  { to: '/comptabilite', operation: 'accountingEntries' },
];

/** The landing page of a user, given what the server lets them run: the agenda, the accounts, else home. */
export function landingFor(can: (operation: Operation) => boolean): string {
  return LANDINGS.find((landing) => can(landing.operation))?.to ?? '/';
}
