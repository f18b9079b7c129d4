export { SiteFooter } from './SiteFooter';
export { SiteHeader } from './SiteHeader';
export { SitePage } from './SitePage';
export { useSiteSettings, type SiteBookingSettings, type SiteInstitute } from './useSiteSettings';
export * from './paths';
