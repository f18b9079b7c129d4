import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capitalize, formatLongDate } from '@serenaia/shared/format';
import { errorMessage } from '@serenaia/shared/graphql-errors';
import { useCurrentUser } from '../../shared/session';
import { useInstitute } from '../../shared/institute';
import { InstituteCard } from './InstituteCard';

export interface HomePageProps {
  /** The clock (tests pass a fixed instant). */
  now?: () => Date;
}

/** "Accueil": greets the signed-in user, today's date in the institute's time zone, the institute card. */
export function HomePage({ now = () => new Date() }: HomePageProps) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { institute, fetching, error, retry } = useInstitute();
  const [today] = useState(now);

  return (
    <Box sx={{ maxWidth: 960, mx: 'auto', pt: { xs: 3, md: 5 } }}>
      <title>
        {institute
          ? t('app.pageTitle', { page: t('home.pageTitle'), institute: institute.name })
          : t('home.pageTitle')}
      </title>
      <Box component="header" sx={{ mb: { xs: 3, md: 4 } }}>
        <Typography variant="h3" component="h1" sx={{ fontSize: { xs: '2rem', md: '2.6rem' } }}>
          {user ? t('home.greeting', { firstName: user.firstName }) : <Skeleton width="60%" />}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          {capitalize(formatLongDate(today, institute?.timeZone))}
        </Typography>
      </Box>
      {institute ? <InstituteCard institute={institute} /> : null}
      {!institute && fetching ? <Skeleton variant="rounded" height={280} /> : null}
      {!institute && error && !fetching ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={retry}>
              {t('errors.retry')}
            </Button>
          }
        >
          {errorMessage(error, { network: t('errors.network'), unexpected: t('errors.unexpected') })}
        </Alert>
      ) : null}
    </Box>
  );
}
