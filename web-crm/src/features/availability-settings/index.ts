export { BookingPolicyPage } from './BookingPolicyPage';
export { ClosuresPage } from './ClosuresPage';
export { WorkingHoursPage } from './WorkingHoursPage';
