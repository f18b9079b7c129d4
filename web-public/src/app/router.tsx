import { createBrowserRouter } from 'react-router-dom';
import {
  BOOKING_PATH,
  CONFIRMATION_PATH,
  GIFT_CARD_BALANCE_PATH,
  GIFT_CARD_ORDER_PATH,
  GIFT_CARDS_PATH,
  MANAGE_PATH,
} from '../shared/site/paths';
import { RouterSiteNav } from './RouterSiteNav';
import { PageFallback } from '@serenaia/shared/PageFallback';
import { RouteError } from '@serenaia/shared/RouteError';

/**
 * Every page loads when first visited, the home page too: arriving at `/`, the server sends it
 * rendered with its own entry (`home.html`, no router); this router shows it only when reached from
 * another page (or when the server could not render it), and it then loads its data itself. The
 * GraphQL client is shared by the other pages and loads with the first of them. The booking page and
 * its confirmation load apart (not through the feature's index): the confirmation's deposit payment
 * (card, PayPal, gift card, their form fields) is not code the first step of `/reserver` waits for.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageFallback />,
      Component: RouterSiteNav,
      children: [
        { index: true, lazy: async () => ({ Component: (await import('../features/home')).HomePage }) },
        {
          lazy: async () => ({ Component: (await import('./UrqlLayout')).UrqlLayout }),
          children: [
            {
              path: BOOKING_PATH,
              lazy: async () => ({
                Component: (await import('../features/booking/BookingPage')).BookingPage,
              }),
            },
            {
              path: CONFIRMATION_PATH,
              lazy: async () => ({
                Component: (await import('../features/booking/ConfirmationPage')).ConfirmationPage,
              }),
            },
            {
              path: MANAGE_PATH,
              lazy: async () => ({ Component: (await import('../features/manage')).ManageBookingPage }),
            },
            {
              path: GIFT_CARD_BALANCE_PATH,
              lazy: async () => ({ Component: (await import('../features/gift-cards')).GiftCardBalancePage }),
            },
            {
              path: GIFT_CARDS_PATH,
              lazy: async () => ({ Component: (await import('../features/gift-cards')).GiftCardsPage }),
            },
            {
              path: GIFT_CARD_ORDER_PATH,
              lazy: async () => ({ Component: (await import('../features/gift-cards')).GiftCardOrderPage }),
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
