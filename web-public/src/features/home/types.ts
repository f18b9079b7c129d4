import type { SiteInstitute } from '../../shared/site';

export type PublicInstitute = SiteInstitute;
