import { createBrowserRouter } from 'react-router-dom';
import { BOOKING_PATH, CONFIRMATION_PATH, MANAGE_PATH } from '../shared/site/paths';
import { PageFallback } from './PageFallback';
import { RouteError } from '@serenaia/shared/RouteError';

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
  ]);
}
