export { CabinsPage } from './CabinsPage';
export { PractitionersPage } from './PractitionersPage';
