import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import type { ReactElement } from 'react';
import type { CrmResources } from '../../app/locales/fr';

export interface NavigationEntry {
  to: string;
  label: `shell.nav.${keyof CrmResources['shell']['nav']}`;
  icon: ReactElement;
  /** Selected only on this exact path (the home page would otherwise match everything). */
  end?: boolean;
}

/** Pages that exist. A feature adds its entry here when its page ships, never before. */
export const NAVIGATION: NavigationEntry[] = [
  { to: '/agenda', label: 'shell.nav.agenda', icon: <CalendarMonthOutlined /> },
  { to: '/', label: 'shell.nav.home', icon: <HomeOutlined />, end: true },
];
