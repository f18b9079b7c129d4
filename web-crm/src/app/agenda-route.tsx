import { AgendaPage } from '../features/agenda';
import { BookingNotificationSection } from '../features/notifications';
import { BookingPaymentSection } from '../features/payments';
import { BookingSectionsProvider, type BookingSection } from '../shared/booking-sections';

/** What the booking drawer shows after the booking itself: its payments, then its messages. */
const SECTIONS: readonly BookingSection[] = [
  { key: 'payments', titleKey: 'payments.section.title', Component: BookingPaymentSection },
  { key: 'notifications', titleKey: 'notifications.section.title', Component: BookingNotificationSection },
];

/** The agenda page with the sections other features add to its booking drawer. */
export function AgendaRoute() {
  return (
    <BookingSectionsProvider value={SECTIONS}>
      <AgendaPage />
    </BookingSectionsProvider>
  );
}
