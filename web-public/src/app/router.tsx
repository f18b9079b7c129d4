import { createBrowserRouter } from 'react-router-dom';
import { HomePage } from '../features/home';
import { BOOKING_PATH, CONFIRMATION_PATH, MANAGE_PATH } from '../shared/site/paths';
import { PageFallback } from './PageFallback';
import { RouteError } from '@serenaia/shared/RouteError';

/**
 * The home page is in the entry chunk (the server renders it into the HTML and the browser hydrates
 * it at once: no second request before it works). Every other page, and the GraphQL client they
 * share, load when first visited.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageFallback />,
      children: [
        { index: true, Component: HomePage },
        {
          lazy: async () => ({ Component: (await import('./UrqlLayout')).UrqlLayout }),
          children: [
            {
              path: BOOKING_PATH,
              lazy: async () => ({ Component: (await import('../features/booking')).BookingPage }),
            },
            {
              path: CONFIRMATION_PATH,
              lazy: async () => ({ Component: (await import('../features/booking')).ConfirmationPage }),
            },
            {
              path: MANAGE_PATH,
              lazy: async () => ({ Component: (await import('../features/manage')).ManageBookingPage }),
            },
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }),
            },
          ],
        },
      ],
    },
  ]);
}
