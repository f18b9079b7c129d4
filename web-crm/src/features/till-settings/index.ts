export { TillSettingsPage } from './TillSettingsPage';
