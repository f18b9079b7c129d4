export { HomePage, InstituteHome } from './HomePage';
export { HOME_QUERY, type HomeData } from './home-data';
export type { PublicInstitute } from './types';
