import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Grid from '@mui/material/Grid';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '@serenaia/shared/a11y';

/** Placeholder with the page's shape while the institute's details load. */
export function HomeSkeleton() {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-busy="true" aria-live="polite" sx={{ minHeight: '100vh' }}>
      <Typography sx={visuallyHidden}>{t('loading')}</Typography>
      <Container maxWidth="lg">
        <Box sx={{ height: { xs: 60, md: 72 }, display: 'flex', alignItems: 'center' }}>
          <Skeleton variant="text" width={180} sx={{ fontSize: '1.4rem' }} />
        </Box>
      </Container>
      <Box sx={{ py: { xs: 9, md: 16 }, bgcolor: '#f4e9ec' }}>
        <Container maxWidth="md">
          <Stack spacing={2} sx={{ alignItems: 'center' }}>
            <Skeleton variant="text" width={200} />
            <Skeleton variant="text" sx={{ fontSize: { xs: '2.75rem', md: '4.75rem' }, width: '80%' }} />
            <Skeleton variant="text" width="60%" />
            <Skeleton variant="rounded" width={200} height={48} sx={{ borderRadius: 999, mt: 3 }} />
          </Stack>
        </Container>
      </Box>
      <Container maxWidth="lg" sx={{ py: { xs: 8, md: 12 } }}>
        <Skeleton variant="text" width={240} sx={{ fontSize: '2.5rem', mb: 4 }} />
        <Grid container spacing={3}>
          {[0, 1, 2].map((i) => (
            <Grid key={i} size={{ xs: 12, md: 4 }}>
              <Skeleton variant="rounded" height={180} />
            </Grid>
          ))}
        </Grid>
      </Container>
    </Box>
  );
}
