import { createBrowserRouter } from 'react-router-dom';
// Module paths, not the feature's index (see urql.ts).
import { RequireAuth } from '../shared/session/RequireAuth';
import { PageFallback } from '@serenaia/shared/PageFallback';
import { RouteError } from '@serenaia/shared/RouteError';
import { accountingRoutes } from './routes/accounting-routes';
import { frontDeskRoutes } from './routes/front-desk-routes';
import { withStrings } from './routes/lazy';
import { publicRoutes } from './routes/public-routes';
import { settingsRoutes } from './routes/settings-routes';
import { stockRoutes } from './routes/stock-routes';
import { receiptPrintRoute, tillRoutes } from './routes/till-routes';

/** The CRM is served under /crm/ (vite.config.ts `base`). */
export const CRM_BASENAME = '/crm';

/**
 * Every page is lazy (`routes/`: one table per section); the shell too. The sections' tables hold only
 * `lazy` functions, so importing them here adds no screen to the entry chunk.
 */
export function createRouter() {
  return createBrowserRouter(
    [
      {
        errorElement: <RouteError />,
        hydrateFallbackElement: <PageFallback />,
        children: [
          ...publicRoutes,
          {
            element: <RequireAuth />,
            children: [
              receiptPrintRoute,
              {
                lazy: async () => ({ Component: (await withStrings(import('./shell'))).AppShell }),
                children: [
                  ...frontDeskRoutes,
                  ...accountingRoutes,
                  ...tillRoutes,
                  ...stockRoutes,
                  ...settingsRoutes,
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
