import { createBrowserRouter } from 'react-router-dom';
import { PageFallback } from './PageFallback';
import { RouteError } from './RouteError';

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageFallback />,
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('../features/home')).HomePage }),
        },
        {
          path: '*',
          lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }),
        },
      ],
    },
  ]);
}
