export { AppShell } from './AppShell';
export { NAVIGATION, type NavigationEntry } from './navigation';
