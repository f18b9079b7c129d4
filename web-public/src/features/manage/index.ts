export { ManageBookingPage } from './ManageBookingPage';
