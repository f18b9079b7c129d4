import type { RouteObject } from 'react-router-dom';
import { withStrings } from './lazy';

/** "Comptabilité": the page and its panels (entries, trial balance, ledger, VAT, FEC, periods, bank, chart). */
export const accountingRoutes: RouteObject[] = [
  {
    path: 'comptabilite',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/accounting'))).AccountingPage,
    }),
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('../../features/accounting')).EntriesPanel,
        }),
      },
      {
        path: 'balance',
        lazy: async () => ({
          Component: (await import('../../features/accounting')).TrialBalancePanel,
        }),
      },
      {
        path: 'grand-livre',
        lazy: async () => ({
          Component: (await import('../../features/accounting')).GeneralLedgerPanel,
        }),
      },
      {
        path: 'tva',
        lazy: async () => ({
          Component: (await import('../../features/accounting')).VatReportPanel,
        }),
      },
      {
        path: 'fec',
        lazy: async () => ({
          Component: (await import('../../features/accounting')).FecExportPanel,
        }),
      },
      {
        path: 'periodes',
        lazy: async () => ({
          Component: (await import('../../features/accounting')).PeriodsPanel,
        }),
      },
      {
        path: 'banque',
        lazy: async () => ({
          Component: (await import('../../features/accounting')).BankPanel,
        }),
      },
      {
        path: 'plan-comptable',
        lazy: async () => ({
          Component: (await import('../../features/accounting')).ChartSettingsPanel,
        }),
      },
    ],
  },
];
