import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', px: 2, textAlign: 'center' }}
    >
      <Box>
        <title>{t('notFound.title')}</title>
        <Typography variant="h3" component="h1" sx={{ mb: 2 }}>
          {t('notFound.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 4 }}>
          {t('notFound.body')}
        </Typography>
        <Button variant="contained" href="/">
          {t('notFound.home')}
        </Button>
      </Box>
    </Box>
  );
}
