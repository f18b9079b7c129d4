export { CabinsPage } from './CabinsPage';
export { PractitionersPage } from './PractitionersPage';
export { TEAM_SETTINGS_CARDS, type TeamSettingsCard } from './cards';
