export { HomePage, InstituteHome } from './HomePage';
export type { PublicInstitute } from './types';
