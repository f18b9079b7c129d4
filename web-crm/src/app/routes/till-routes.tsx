import type { RouteObject } from 'react-router-dom';
import { withStrings } from './lazy';

/** The receipt alone, without the app's frame: what the printer gets. */
export const receiptPrintRoute: RouteObject = {
  path: 'caisse/ventes/:saleId/recu',
  lazy: async () => ({
    Component: (await withStrings(import('../../features/sales'))).ReceiptPrintPage,
  }),
};

/** "Caisse": checkout, cash session, sales history, closures, gift cards. */
export const tillRoutes: RouteObject[] = [
  {
    // The touch checkout (or, for a role that only reads the till, its closures).
    path: 'caisse',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/checkout'))).CheckoutPage,
    }),
  },
  {
    path: 'caisse/session',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/till'))).CashSessionPage,
    }),
  },
  {
    path: 'caisse/ventes',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/sales'))).SalesHistoryPage,
    }),
  },
  {
    path: 'caisse/ventes/:saleId',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/sales'))).SaleDetailPage,
    }),
  },
  {
    path: 'caisse/clotures',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/till'))).ClosuresPage,
    }),
  },
  {
    path: 'cartes-cadeaux',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/gift-cards'))).GiftCardsPage,
    }),
  },
  {
    path: 'cartes-cadeaux/:id',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/gift-cards'))).GiftCardDetailPage,
    }),
  },
];
