export {
  BookingNotificationSection,
  type BookingNotificationSectionProps,
} from './BookingNotificationSection';
export { NotificationsPage } from './NotificationsPage';
