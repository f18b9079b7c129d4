export { SettingsHubPage } from './SettingsHubPage';
export { SETTINGS_OPERATIONS, SETTINGS_PAGES, type SettingsPage } from './settings-pages';
