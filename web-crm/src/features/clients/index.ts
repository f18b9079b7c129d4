export { ClientFilePage, CLIENT_FILE_TABS, type ClientFileTab } from './ClientFilePage';
export { ClientsPage } from './ClientsPage';
