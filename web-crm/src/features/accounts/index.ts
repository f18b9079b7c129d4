export { ForgotPasswordPage } from './ForgotPasswordPage';
export { MyAccountPage } from './MyAccountPage';
export { SetPasswordPage } from './SetPasswordPage';
export { TeamPage } from './TeamPage';

export const MY_ACCOUNT_PATH = '/mon-compte';
export const TEAM_PATH = '/equipe';

/** The Réglages hub's card for this page (placed by the hub; `operation` decides who sees it). */
export const TEAM_SETTINGS_CARD = {
  to: TEAM_PATH,
  label: 'Équipe et accès',
  description: 'Inviter l’équipe, rôles, praticien associé, désactiver un compte.',
  operation: 'staffAccounts',
} as const;
