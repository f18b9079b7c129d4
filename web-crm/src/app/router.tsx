import { createBrowserRouter } from 'react-router-dom';
// Module paths, not the feature's index (see urql.ts).
import { RequireAuth } from '../shared/session/RequireAuth';
import {
  AGENDA_PATH,
  FORGOT_PASSWORD_PATH,
  LOGIN_PATH,
  SET_PASSWORD_PATH,
} from '../shared/session/return-path';
import { loadScreenStrings } from './i18n';
import { PageFallback } from '@serenaia/shared/PageFallback';
import { RouteError } from '@serenaia/shared/RouteError';

/** A layout route: its pages only for the roles that may run `operation`, the others to their landing page. */
async function gate(operation: string) {
  const { RequireOperation } = await import('./shell');
  return { element: <RequireOperation operation={operation} /> };
}

/** The CRM is served under /crm/ (vite.config.ts `base`). */
export const CRM_BASENAME = '/crm';

/** A screen's module, once the screens' strings are there too (downloaded in parallel). */
async function withStrings<M>(module: Promise<M>): Promise<M> {
  const [loaded] = await Promise.all([module, loadScreenStrings()]);
  return loaded;
}

export function createRouter() {
  return createBrowserRouter(
    [
      {
        errorElement: <RouteError />,
        hydrateFallbackElement: <PageFallback />,
        children: [
          // Lazy like every screen: its form fields (MUI's TextField brings Select, Menu, Popover and
          // Modal) are not in the entry chunk that a signed-in front desk loads first.
          {
            path: LOGIN_PATH,
            lazy: async () => ({ Component: (await import('../features/auth/LoginPage')).LoginPage }),
          },
          {
            path: FORGOT_PASSWORD_PATH,
            lazy: async () => ({
              Component: (await withStrings(import('../features/accounts'))).ForgotPasswordPage,
            }),
          },
          {
            path: SET_PASSWORD_PATH,
            lazy: async () => ({
              Component: (await withStrings(import('../features/accounts'))).SetPasswordPage,
            }),
          },
          {
            element: <RequireAuth />,
            children: [
              {
                // The receipt alone, without the app's frame: what the printer gets.
                path: 'caisse/ventes/:saleId/recu',
                lazy: async () => ({
                  Component: (await withStrings(import('../features/sales'))).ReceiptPrintPage,
                }),
              },
              {
                lazy: async () => ({ Component: (await withStrings(import('./shell'))).AppShell }),
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/home'))).HomePage,
                    }),
                  },
                  {
                    // A role without the agenda (the accountant) lands on its own page instead.
                    lazy: () => gate('agenda'),
                    children: [
                      {
                        path: AGENDA_PATH.slice(1),
                        lazy: async () => ({
                          Component: (await withStrings(import('./agenda-route'))).AgendaRoute,
                        }),
                      },
                    ],
                  },
                  {
                    lazy: () => gate('clients'),
                    children: [
                      {
                        path: 'clients',
                        lazy: async () => ({
                          Component: (await withStrings(import('../features/clients'))).ClientsPage,
                        }),
                      },
                      {
                        path: 'clients/:clientId',
                        lazy: async () => ({
                          Component: (await withStrings(import('../features/clients'))).ClientFilePage,
                        }),
                      },
                    ],
                  },
                  {
                    path: 'comptabilite',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/accounting'))).AccountingPage,
                    }),
                    children: [
                      {
                        index: true,
                        lazy: async () => ({
                          Component: (await import('../features/accounting')).EntriesPanel,
                        }),
                      },
                      {
                        path: 'balance',
                        lazy: async () => ({
                          Component: (await import('../features/accounting')).TrialBalancePanel,
                        }),
                      },
                      {
                        path: 'grand-livre',
                        lazy: async () => ({
                          Component: (await import('../features/accounting')).GeneralLedgerPanel,
                        }),
                      },
                      {
                        path: 'tva',
                        lazy: async () => ({
                          Component: (await import('../features/accounting')).VatReportPanel,
                        }),
                      },
                      {
                        path: 'fec',
                        lazy: async () => ({
                          Component: (await import('../features/accounting')).FecExportPanel,
                        }),
                      },
                      {
                        path: 'periodes',
                        lazy: async () => ({
                          Component: (await import('../features/accounting')).PeriodsPanel,
                        }),
                      },
                      {
                        path: 'banque',
                        lazy: async () => ({
                          Component: (await import('../features/accounting')).BankPanel,
                        }),
                      },
                      {
                        path: 'plan-comptable',
                        lazy: async () => ({
                          Component: (await import('../features/accounting')).ChartSettingsPanel,
                        }),
                      },
                    ],
                  },
                  {
                    // The touch checkout (or, for a role that only reads the till, its closures).
                    path: 'caisse',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/checkout'))).CheckoutPage,
                    }),
                  },
                  {
                    path: 'caisse/session',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/till'))).CashSessionPage,
                    }),
                  },
                  {
                    path: 'caisse/ventes',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/sales'))).SalesHistoryPage,
                    }),
                  },
                  {
                    path: 'caisse/ventes/:saleId',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/sales'))).SaleDetailPage,
                    }),
                  },
                  {
                    path: 'caisse/clotures',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/till'))).ClosuresPage,
                    }),
                  },
                  {
                    path: 'cartes-cadeaux',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/gift-cards'))).GiftCardsPage,
                    }),
                  },
                  {
                    path: 'cartes-cadeaux/:id',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/gift-cards'))).GiftCardDetailPage,
                    }),
                  },
                  {
                    path: 'paiements',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/payments'))).PaymentsPage,
                    }),
                  },
                  {
                    path: 'notifications',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/notifications'))).NotificationsPage,
                    }),
                  },
                  {
                    path: 'stock',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/stock'))).StockPage,
                    }),
                  },
                  {
                    path: 'stock/inventaire',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/stock'))).CountPage,
                    }),
                  },
                  {
                    path: 'stock/commandes',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/stock'))).OrdersPage,
                    }),
                  },
                  {
                    path: 'stock/import',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/stock'))).ImportPage,
                    }),
                  },
                  {
                    path: 'stock/fournisseurs',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/stock'))).SuppliersPage,
                    }),
                  },
                  {
                    path: 'stock/fournisseurs/:id',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/stock'))).SupplierPage,
                    }),
                  },
                  {
                    path: 'reglages',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/settings-hub'))).SettingsHubPage,
                    }),
                  },
                  {
                    path: 'reglages/prestations',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/services-settings')))
                        .ServicesSettingsPage,
                    }),
                  },
                  {
                    path: 'equipe',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/accounts'))).TeamPage,
                    }),
                  },
                  {
                    path: 'mon-compte',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/accounts'))).MyAccountPage,
                    }),
                  },
                  {
                    path: 'reglages/notifications',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/notification-settings')))
                        .NotificationSettingsPage,
                    }),
                  },
                  {
                    path: 'reglages/paiements',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/payment-settings')))
                        .PaymentSettingsPage,
                    }),
                  },
                  {
                    path: 'reglages/horaires',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/availability-settings')))
                        .WorkingHoursPage,
                    }),
                  },
                  {
                    path: 'reglages/fermetures',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/availability-settings')))
                        .ClosuresPage,
                    }),
                  },
                  {
                    path: 'reglages/reservation',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/availability-settings')))
                        .BookingPolicyPage,
                    }),
                  },
                  {
                    path: 'reglages/cabines',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/team-settings'))).CabinsPage,
                    }),
                  },
                  {
                    path: 'reglages/praticiennes',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/team-settings'))).PractitionersPage,
                    }),
                  },
                  {
                    path: 'reglages/caisse',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/till-settings'))).TillSettingsPage,
                    }),
                  },
                  {
                    path: 'reglages/fidelite',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/loyalty-settings')))
                        .LoyaltySettingsPage,
                    }),
                  },
                  {
                    path: 'reglages/cartes-cadeaux',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/gift-card-settings')))
                        .GiftCardSettingsPage,
                    }),
                  },
                  {
                    path: 'reglages/terminaux',
                    lazy: async () => ({
                      Component: (await withStrings(import('../features/terminals'))).ReadersPage,
                    }),
                  },
                  {
                    path: '*',
                    lazy: async () => ({
                      Component: (await withStrings(import('./NotFoundPage'))).NotFoundPage,
                    }),
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    { basename: CRM_BASENAME },
  );
}
