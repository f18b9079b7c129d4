import type { RouteObject } from 'react-router-dom';
import { AGENDA_PATH } from '../../shared/session/return-path';
import { gate, withStrings } from './lazy';

/** Daily use at the desk: home, agenda, clients, payments, notifications. */
export const frontDeskRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({
      Component: (await withStrings(import('../../features/home'))).HomePage,
    }),
  },
  {
    // A role without the agenda (the accountant) lands on its own page instead.
    lazy: () => gate('agenda'),
    children: [
      {
        path: AGENDA_PATH.slice(1),
        lazy: async () => ({
          Component: (await withStrings(import('../agenda-route'))).AgendaRoute,
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
          Component: (await withStrings(import('../../features/clients'))).ClientsPage,
        }),
      },
      {
        path: 'clients/:clientId',
        lazy: async () => ({
          Component: (await withStrings(import('../../features/clients'))).ClientFilePage,
        }),
      },
    ],
  },
  {
    path: 'paiements',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/payments'))).PaymentsPage,
    }),
  },
  {
    path: 'notifications',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/notifications'))).NotificationsPage,
    }),
  },
];
