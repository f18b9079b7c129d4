import Box from '@mui/material/Box';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { SiteFooter, SiteHeader, useSiteSettings } from '../../shared/site';
import { FindUs } from './FindUs';
import { Hero } from './Hero';
import { HomeError } from './HomeError';
import { HomeSkeleton } from './HomeSkeleton';
import { ServicesPreview } from './ServicesPreview';
import type { PublicInstitute } from './types';

export function InstituteHome({ institute }: { institute: PublicInstitute }) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  // Arriving from another page at "/#nous-trouver": the section exists only now, scroll to it.
  useEffect(() => {
    const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target !== null && typeof target.scrollIntoView === 'function') target.scrollIntoView();
  }, [hash]);
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <title>{t('meta.title', { name: institute.name, city: institute.city })}</title>
      <SiteHeader name={institute.name} />
      <Box component="main">
        <Hero institute={institute} />
        <ServicesPreview />
        <FindUs institute={institute} />
      </Box>
      <SiteFooter institute={institute} />
    </Box>
  );
}

/** The institute's home page: its identity, a taste of its services and how to reach it. */
export function HomePage() {
  const { institute, fetching, error, retry } = useSiteSettings();
  if (institute) return <InstituteHome institute={institute} />;
  if (error && !fetching) return <HomeError onRetry={retry} />;
  return <HomeSkeleton />;
}
