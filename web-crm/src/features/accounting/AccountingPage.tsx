import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { localDateOf, type LocalDate } from '@serenaia/shared/paris-time';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation, useOutletContext } from 'react-router-dom';
import { Page, PageHeader, PermissionGate } from '../../shared/page';
import { PrintStyles } from '../../shared/print';
import { useInstitute } from '../../shared/institute';

export const ACCOUNTING_PATH = '/comptabilite';

/** The section's tabs: each its own address under `/comptabilite`. */
const TABS = [
  { path: '', key: 'entries' },
  { path: '/balance', key: 'balance' },
  { path: '/grand-livre', key: 'ledger' },
  { path: '/tva', key: 'vat' },
  { path: '/fec', key: 'fec' },
  { path: '/periodes', key: 'periods' },
  { path: '/banque', key: 'bank' },
  { path: '/plan-comptable', key: 'chart' },
] as const;

/** What every tab gets from the section: today in Paris (the clock is the page's, tests fix it). */
export interface AccountingContext {
  today: LocalDate;
}

export function useAccountingContext(): AccountingContext {
  return useOutletContext<AccountingContext>();
}

/**
 * `/comptabilite` (ACCOUNTANT and ADMIN): the header, the tabs (entries, trial balance, general ledger,
 * FEC, periods, chart of accounts) and the open tab.
 */
export function AccountingPage({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const { institute } = useInstitute();
  const { pathname } = useLocation();
  const [today] = useState(() => localDateOf(now()));
  const current = TABS.find((tab) => tab.path !== '' && pathname.endsWith(tab.path)) ?? TABS[0];
  return (
    <Page maxWidth={1200} pageTitle={t('accounting.pageTitle')} institute={institute?.name}>
      <PrintStyles />
      <PageHeader title={t('accounting.title')} subtitle={t('accounting.subtitle')} />
      <PermissionGate operation="accountingEntries" denied={t('accounting.denied')}>
        <Tabs
          className="no-print"
          value={current.key}
          variant="scrollable"
          allowScrollButtonsMobile
          aria-label={t('accounting.tabsLabel')}
          sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }}
        >
          {TABS.map((tab) => (
            <Tab
              key={tab.key}
              value={tab.key}
              label={t(`accounting.tabs.${tab.key}`)}
              component={RouterLink}
              to={`${ACCOUNTING_PATH}${tab.path}`}
            />
          ))}
        </Tabs>
        <Outlet context={{ today } satisfies AccountingContext} />
      </PermissionGate>
    </Page>
  );
}
