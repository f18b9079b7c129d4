import type { RouteObject } from 'react-router-dom';
import { withStrings } from './lazy';

/** "Stock": products, count, purchase orders, import, suppliers. */
export const stockRoutes: RouteObject[] = [
  {
    path: 'stock',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/stock'))).StockPage,
    }),
  },
  {
    path: 'stock/inventaire',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/stock'))).CountPage,
    }),
  },
  {
    path: 'stock/commandes',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/stock'))).OrdersPage,
    }),
  },
  {
    path: 'stock/import',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/stock'))).ImportPage,
    }),
  },
  {
    path: 'stock/fournisseurs',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/stock'))).SuppliersPage,
    }),
  },
  {
    path: 'stock/fournisseurs/:id',
    lazy: async () => ({
      Component: (await withStrings(import('../../features/stock'))).SupplierPage,
    }),
  },
];
