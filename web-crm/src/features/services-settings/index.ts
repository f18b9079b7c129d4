export { ServicesSettingsPage } from './ServicesSettingsPage';
