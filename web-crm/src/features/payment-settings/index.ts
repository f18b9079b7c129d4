export { PaymentSettingsPage } from './PaymentSettingsPage';
