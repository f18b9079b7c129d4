import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import PaymentsOutlined from '@mui/icons-material/PaymentsOutlined';
import PointOfSaleOutlined from '@mui/icons-material/PointOfSaleOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import type { ReactElement } from 'react';
import type { CrmResources } from '../../app/locales/fr';
import type { Role } from '../../gql/graphql';

export interface NavigationEntry {
  to: string;
  label: `shell.nav.${keyof CrmResources['shell']['nav']}`;
  icon: ReactElement;
  /** Selected only on this exact path (the home page would otherwise match everything). */
  end?: boolean;
  /** Shown only to these roles (every signed-in user when absent). */
  roles?: readonly Role[];
}

/** Pages that exist. A feature adds its entry here when its page ships, never before. */
export const NAVIGATION: NavigationEntry[] = [
  { to: '/agenda', label: 'shell.nav.agenda', icon: <CalendarMonthOutlined /> },
  { to: '/clients', label: 'shell.nav.clients', icon: <PeopleAltOutlined /> },
  { to: '/paiements', label: 'shell.nav.payments', icon: <PaymentsOutlined /> },
  { to: '/notifications', label: 'shell.nav.messages', icon: <ForumOutlined /> },
  { to: '/stock', label: 'shell.nav.stock', icon: <Inventory2Outlined /> },
  { to: '/', label: 'shell.nav.home', icon: <HomeOutlined />, end: true },
  {
    to: '/reglages/paiements',
    label: 'shell.nav.paymentSettings',
    icon: <TuneOutlined />,
    roles: ['ADMIN'],
  },
  {
    to: '/reglages/terminaux',
    label: 'shell.nav.terminals',
    icon: <PointOfSaleOutlined />,
    roles: ['ADMIN'],
  },
  {
    to: '/reglages/notifications',
    label: 'shell.nav.notificationSettings',
    icon: <MarkEmailReadOutlined />,
    roles: ['ADMIN'],
  },
];

/** The entries a user with this role sees (none restricted while the role is not known yet). */
export function navigationFor(role: Role | undefined): NavigationEntry[] {
  return NAVIGATION.filter(
    (entry) => entry.roles === undefined || (role !== undefined && entry.roles.includes(role)),
  );
}
