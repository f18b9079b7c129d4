export { AppShell } from './AppShell';
export { NAVIGATION, navigationFor, type NavigationEntry } from './navigation';
