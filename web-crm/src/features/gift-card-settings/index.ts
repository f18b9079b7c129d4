export { GiftCardSettingsPage } from './GiftCardSettingsPage';
