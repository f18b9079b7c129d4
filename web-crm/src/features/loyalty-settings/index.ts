export { LoyaltySettingsPage } from './LoyaltySettingsPage';
