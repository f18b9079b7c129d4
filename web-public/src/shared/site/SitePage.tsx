import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { useSiteSettings } from './useSiteSettings';

export interface SitePageProps {
  /** The document title's first part; the institute's name follows it. */
  title: string;
  bookingCta?: boolean;
  children: ReactNode;
}

/** A page of the site: header, main content, legal footer (once the institute's details are in). */
export function SitePage({ title, bookingCta = true, children }: SitePageProps) {
  const { institute } = useSiteSettings();
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <title>{institute ? `${title} · ${institute.name}` : title}</title>
      <SiteHeader name={institute?.name ?? null} bookingCta={bookingCta} />
      {/* At least one screen tall: the footer starts below the fold, so content arriving after it
          (the catalogue after the settings) never pushes it down in view (a layout shift). */}
      <Box
        component="main"
        sx={{ flexGrow: 1, minHeight: '100vh', display: 'flex', flexDirection: 'column' }}
      >
        {children}
      </Box>
      {institute ? <SiteFooter institute={institute} /> : null}
    </Box>
  );
}
