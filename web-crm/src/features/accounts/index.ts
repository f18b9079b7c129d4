export { ForgotPasswordPage } from './ForgotPasswordPage';
export { MyAccountPage } from './MyAccountPage';
export { SetPasswordPage } from './SetPasswordPage';
export { TeamPage } from './TeamPage';

export const MY_ACCOUNT_PATH = '/mon-compte';
export const TEAM_PATH = '/equipe';
