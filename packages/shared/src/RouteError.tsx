import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** Shown when a route fails to render or its code cannot be loaded (e.g. after a deployment). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Box
      component="main"
      role="alert"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', px: 2, textAlign: 'center' }}
    >
      <Box>
        <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
          {t('routeError.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 4 }}>
          {t('routeError.body')}
        </Typography>
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>
      </Box>
    </Box>
  );
}
