export { BookingPage } from './BookingPage';
export { ConfirmationPage } from './ConfirmationPage';
