import type { SiteInstitute } from '../../shared/site/useSiteSettings';

export type PublicInstitute = SiteInstitute;
