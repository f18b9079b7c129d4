export { AppShell } from './AppShell';
export { landingFor, NAVIGATION, navigationFor, type NavigationEntry } from './navigation';
export { RequireOperation } from './RequireOperation';
