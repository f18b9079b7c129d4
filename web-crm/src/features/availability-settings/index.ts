export { BookingPolicyPage } from './BookingPolicyPage';
export { ClosuresPage } from './ClosuresPage';
export { WorkingHoursPage } from './WorkingHoursPage';
export { AVAILABILITY_SETTINGS_CARDS, type SettingsCard } from './settings-cards';
