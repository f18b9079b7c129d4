export { AgendaPage } from './AgendaPage';
