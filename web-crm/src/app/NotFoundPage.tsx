import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';

/** Unknown address inside the signed-in CRM. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Box sx={{ maxWidth: 960, mx: 'auto', pt: { xs: 3, md: 5 } }}>
      <title>{t('notFound.pageTitle')}</title>
      <Typography variant="h3" component="h1" sx={{ fontSize: { xs: '2rem', md: '2.6rem' }, mb: 2 }}>
        {t('notFound.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('notFound.body')}
      </Typography>
      <Button variant="contained" component={RouterLink} to="/">
        {t('notFound.home')}
      </Button>
    </Box>
  );
}
