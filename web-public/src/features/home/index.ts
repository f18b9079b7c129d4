export { HomePage, InstituteHome } from './HomePage';
export { HOME_DATA_ID, HOME_QUERY, readEmbeddedHomeData, type HomeData } from './home-data';
export type { PublicInstitute } from './types';
