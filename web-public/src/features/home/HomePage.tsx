import Box from '@mui/material/Box';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
// Not the `shared/site` index: it also exports the urql-based hook, which the home page must not load.
import { SiteFooter } from '../../shared/site/SiteFooter';
import { SiteHeader } from '../../shared/site/SiteHeader';
import { useSiteNav } from '../../shared/site/site-nav';
import { FindUs } from './FindUs';
import { Hero } from './Hero';
import type { HomeData } from './home-data';
import { HomeError } from './HomeError';
import { HomeSkeleton } from './HomeSkeleton';
import { ServicesPreview } from './ServicesPreview';
import { useHomeData, type HomeDataLoader } from './useHomeData';

/**
 * The page itself, from its data. The server renders it into the HTML (`src/ssr/home.tsx`), which a
 * first visit shows as it is, without any script: everything here must work as plain HTML (links,
 * anchors; no behaviour that needs JavaScript), and render nothing that depends on the time.
 */
export function InstituteHome({ data }: { data: HomeData }) {
  const { t } = useTranslation();
  const { hash } = useSiteNav();
  const institute = data.settings.institute;
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
        <ServicesPreview categories={data.serviceCategories} />
        <FindUs institute={institute} />
      </Box>
      <SiteFooter institute={institute} />
    </Box>
  );
}

/** The institute's home page: its identity, a taste of its services and how to reach it. */
export function HomePage({ load }: { load?: HomeDataLoader }) {
  const { data, error, retry } = useHomeData(load);
  if (data) return <InstituteHome data={data} />;
  if (error) return <HomeError onRetry={retry} />;
  return <HomeSkeleton />;
}
