import Box from '@mui/material/Box';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PublicHomeDocument } from '../../gql/graphql';
import { FindUs } from './FindUs';
import { Hero } from './Hero';
import { HomeError } from './HomeError';
import { HomeSkeleton } from './HomeSkeleton';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import type { PublicInstitute } from './types';

export function InstituteHome({ institute }: { institute: PublicInstitute }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <title>{t('meta.title', { name: institute.name, city: institute.city })}</title>
      <SiteHeader name={institute.name} />
      <Box component="main">
        <Hero institute={institute} />
        <FindUs institute={institute} />
      </Box>
      <SiteFooter institute={institute} />
    </Box>
  );
}

/** The institute's home page: its identity and how to reach it, from `settings`. */
export function HomePage() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PublicHomeDocument });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const institute = data?.settings.institute;
  if (institute) return <InstituteHome institute={institute} />;
  if (error && !fetching) return <HomeError onRetry={retry} />;
  return <HomeSkeleton />;
}
