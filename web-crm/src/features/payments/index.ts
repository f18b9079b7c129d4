export { BookingPaymentSection, type BookingPaymentSectionProps } from './BookingPaymentSection';
export { PaymentsPage } from './PaymentsPage';
